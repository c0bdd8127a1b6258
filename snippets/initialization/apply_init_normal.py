import torch
from torch import nn


def init_normal(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, mean=0.0, std=0.01)
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(net.apply(init_normal) is net)
#> True
print(net[0].weight[0])
#> tensor([ 0.0087,  0.0106,  0.0018, -0.0023], grad_fn=<SelectBackward0>)
print(net[0].bias.abs().max().item(), net[2].bias.abs().max().item())
#> 0.0 0.0
