import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
out = nn.init.constant_(layer.weight, 0.1)
print(out is layer.weight)
#> True
print(layer.weight.requires_grad, layer.weight.grad_fn)
#> True None
print(layer.weight)
#> Parameter containing:
#> tensor([[0.1000, 0.1000, 0.1000],
#>         [0.1000, 0.1000, 0.1000]], requires_grad=True)
