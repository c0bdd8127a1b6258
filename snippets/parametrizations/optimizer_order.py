import torch
from torch import nn
from torch.nn.utils.parametrizations import orthogonal, weight_norm


def step_too_early(register):
    torch.manual_seed(0)
    layer = nn.Linear(3, 3)
    old = layer.weight
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
    register(layer)
    kept = any(p is old for p in layer.parameters())
    before = layer.weight.detach().clone()
    layer(torch.rand(8, 3)).pow(2).sum().backward()
    optimizer.step()
    moved = not torch.allclose(layer.weight, before)
    return f"{register.__name__}: old Parameter kept={kept}, weight moved={moved}"


print(step_too_early(orthogonal))
#> orthogonal: old Parameter kept=True, weight moved=True
print(step_too_early(weight_norm))
#> weight_norm: old Parameter kept=False, weight moved=False
