import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
with torch.no_grad():
    net[0].weight += 1
    net[0].weight[0, 0] = 42
print(net[0].weight[0])
#> tensor([42.0000,  1.2682,  0.5885,  0.6320], grad_fn=<SelectBackward0>)
print(net[0].weight.requires_grad, net[0].weight.is_leaf)
#> True True
