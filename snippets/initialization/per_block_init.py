import torch
from torch import nn


def init_normal(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


def init_42(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 42.0)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
net[0].apply(init_normal)
net[2].apply(init_42)
print(net[0].weight[0])
#> tensor([ 0.0087,  0.0106,  0.0018, -0.0023], grad_fn=<SelectBackward0>)
print(net[2].weight)
#> Parameter containing:
#> tensor([[42., 42., 42., 42., 42., 42., 42., 42.]], requires_grad=True)
