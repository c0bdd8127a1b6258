import torch
from torch import nn


def lazy_mlp(hidden, out):
    layers = []
    for h in hidden:
        layers += [nn.LazyLinear(h), nn.ReLU()]
    layers.append(nn.LazyLinear(out))
    return nn.Sequential(*layers)


net = lazy_mlp([64, 32], 10)
try:
    sum(p.numel() for p in net.parameters())
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" in <")[0])
    #> ValueError: Attempted to use an uninitialized parameter
net(torch.rand(2, 20))
print(sum(p.numel() for p in net.parameters()))
#> 3754
print((20 * 64 + 64) + (64 * 32 + 32) + (32 * 10 + 10))
#> 3754

other = lazy_mlp([64, 32], 10)
other(torch.rand(2, 100))
print(sum(p.numel() for p in other.parameters()))
#> 8874
