from torch import nn

shared = nn.Linear(8, 8)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared)
print([name for name, _ in net.named_parameters()])
#> ['0.weight', '0.bias', '2.weight', '2.bias']
print([name for name, _ in net.named_parameters(remove_duplicate=False)])
#> ['0.weight', '0.bias', '2.weight', '2.bias', '4.weight', '4.bias']
print([name for name, _ in net.named_modules()])
#> ['', '0', '1', '2', '3']
print(len(net), len(list(net.children())))
#> 5 4
print(list(net.state_dict().keys()))
#> ['0.weight', '0.bias', '2.weight', '2.bias', '4.weight', '4.bias']
print(sum(p.numel() for p in net.parameters()))
#> 112
print(sum(t.numel() for t in net.state_dict().values()))
#> 184
