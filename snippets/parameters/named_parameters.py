from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
for name, param in net.named_parameters():
    print(name, tuple(param.shape))
    #> 0.weight (8, 4)
    #> 0.bias (8,)
    #> 2.weight (1, 8)
    #> 2.bias (1,)
print(len(list(net.parameters())))
#> 4
print(net.get_parameter("2.bias") is net[2].bias)
#> True
