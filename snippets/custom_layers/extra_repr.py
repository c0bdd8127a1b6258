import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, size, init=1.0):
        super().__init__()
        self.scale = nn.Parameter(torch.full((size,), init))

    def forward(self, X):
        return X * self.scale


class ScaleWithRepr(Scale):
    def extra_repr(self):
        return f"size={self.scale.numel()}"


print(nn.Sequential(nn.Linear(3, 3), Scale(3), ScaleWithRepr(3)))
#> Sequential(
#>   (0): Linear(in_features=3, out_features=3, bias=True)
#>   (1): Scale()
#>   (2): ScaleWithRepr(size=3)
#> )
