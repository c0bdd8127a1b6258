import torch
from torch import nn


def features():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, stride=2, padding=1), nn.ReLU(),
        nn.Conv2d(6, 16, kernel_size=3, stride=2), nn.ReLU(),
        nn.Flatten(),
    )


net = nn.Sequential(features(), nn.Linear(16 * 6 * 6, 10))
print(net(torch.rand(2, 1, 28, 28)).shape)
#> torch.Size([2, 10])
try:
    net(torch.rand(2, 1, 32, 32))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x784 and 576x10)

lazy = nn.Sequential(features(), nn.LazyLinear(10))
print(lazy(torch.rand(2, 1, 32, 32)).shape)
#> torch.Size([2, 10])
print(lazy[1])
#> Linear(in_features=784, out_features=10, bias=True)
