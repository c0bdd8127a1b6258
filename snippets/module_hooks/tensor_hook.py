import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
X = torch.randn(4, 3)
norms = {}

handle = layer.weight.register_hook(lambda grad: norms.update(weight=grad.norm().item()))
Y = layer(X)
Y.register_hook(lambda grad: norms.update(Y=grad.norm().item()))
Y.sum().backward()
handle.remove()

print({name: round(norm, 4) for name, norm in norms.items()})
#> {'Y': 2.8284, 'weight': 4.3925}
print(norms["weight"] == layer.weight.grad.norm().item())
#> True
