import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
out = nn.init.normal_(layer.weight, std=0.01)
print(out is layer.weight)
#> True
print(layer.weight.requires_grad, layer.weight.grad_fn)
#> True None
print(layer.weight)
#> Parameter containing:
#> tensor([[-0.0108, -0.0140,  0.0040],
#>         [ 0.0084, -0.0072, -0.0040]], requires_grad=True)
