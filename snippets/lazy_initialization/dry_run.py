import torch
from torch import nn

layer = nn.LazyLinear(4)
print(type(layer))
#> <class 'torch.nn.modules.linear.LazyLinear'>
X = torch.rand(2, 20)
Y = layer(X)
print(type(layer))
#> <class 'torch.nn.modules.linear.Linear'>
print(layer)
#> Linear(in_features=20, out_features=4, bias=True)
print(type(layer.weight).__name__, layer.weight.shape, layer.in_features)
#> Parameter torch.Size([4, 20]) 20
print(Y.shape)
#> torch.Size([2, 4])
