from torch import nn

net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
print(sum(p.numel() for p in net.parameters()))
#> 1994
print(20 * 64 + 64 + 64 * 10 + 10)
#> 1994
net[0].requires_grad_(False)
print(sum(p.numel() for p in net.parameters() if p.requires_grad))
#> 650
