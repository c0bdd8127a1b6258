import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
X = torch.randn(4, 3)
grads = {}

handle = layer.weight.register_hook(lambda grad: grads.update(weight=grad))
Y = layer(X)
Y.register_hook(lambda grad: grads.update(Y=grad))
Y.sum().backward()
handle.remove()

print({name: round(grad.norm().item(), 4) for name, grad in grads.items()})
#> {'Y': 2.8284, 'weight': 4.3925}
print(torch.equal(grads["weight"], layer.weight.grad))
#> True
