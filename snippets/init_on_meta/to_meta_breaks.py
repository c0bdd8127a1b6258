import torch
from torch import nn

layer = nn.LazyLinear(4)
layer.to("meta")
print(layer)
#> LazyLinear(in_features=0, out_features=4, bias=True)
print(type(layer.weight).__name__, layer.weight.shape, layer.weight.device)
#> Parameter torch.Size([0]) meta
try:
    layer(torch.rand(2, 3, device="meta"))
except AssertionError as e:
    print(type(e).__name__ + ":", e)
    #> AssertionError: The in_features inferred from input: 3 is not equal to in_features from self.weight: 0
