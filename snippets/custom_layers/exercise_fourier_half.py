import math

import torch
from torch import nn


class FourierHalf(nn.Module):
    def forward(self, X):
        n = X.shape[-1]
        return torch.fft.fft(X, dim=-1)[..., : n // 2]


n = 8
t = torch.arange(n)
X = torch.stack([torch.cos(2 * math.pi * 3 * t / n), torch.ones(n)])
Y = FourierHalf()(X)
print(Y.shape, Y.dtype)
#> torch.Size([2, 4]) torch.complex64
print(Y.abs().round(decimals=4))
#> tensor([[0., 0., 0., 4.],
#>         [8., 0., 0., 0.]])
print(torch.allclose(Y, torch.fft.rfft(X)[..., : n // 2]))
#> True
