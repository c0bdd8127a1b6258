import torch
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(0)
layer = nn.Linear(4, 3)
before = layer.weight.detach().clone()
layer = weight_norm(layer)
for name, t in layer.state_dict().items():
    print(name, tuple(t.shape))
    #> bias (3,)
    #> parametrizations.weight.original0 (3, 1)
    #> parametrizations.weight.original1 (3, 4)

g = layer.parametrizations.weight.original0
v = layer.parametrizations.weight.original1
print(torch.allclose(layer.weight, g * v / v.norm(dim=1, keepdim=True)))
#> True
print(torch.allclose(layer.weight, before))
#> True
