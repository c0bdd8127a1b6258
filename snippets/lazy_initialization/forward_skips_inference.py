import torch
from torch import nn

layer = nn.LazyLinear(4)
X = torch.rand(2, 20)
try:
    layer.forward(X)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(". ")[0])
    #> ValueError: Attempted to use an uninitialized parameter in <built-in function linear>
print(type(layer).__name__)
#> LazyLinear
layer(X)
print(type(layer).__name__, layer.in_features)
#> Linear 20
