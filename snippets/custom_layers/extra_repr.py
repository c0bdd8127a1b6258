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


print(nn.Sequential(Scale(3), ScaleWithRepr(3)))
#> Sequential(
#>   (0): Scale()
#>   (1): ScaleWithRepr(size=3)
#> )
