import torch
from torch import nn


def block():
    return nn.Sequential(nn.Linear(16, 16), nn.ReLU())


def stack(make_block, n):
    return nn.Sequential(*(make_block() for _ in range(n)))


net = stack(block, 3)
print(len(net), sum(p.numel() for p in net.parameters()))
#> 3 816
print(net(torch.rand(2, 16)).shape)
#> torch.Size([2, 16])
print(net[0] is net[1])
#> False

shared = nn.Sequential(*[block()] * 3)
print(len(shared), sum(p.numel() for p in shared.parameters()))
#> 3 272
print(shared[0] is shared[1])
#> True
b = shared[0]
x = torch.rand(2, 16)
print(torch.equal(shared(x), b(b(b(x)))))
#> True
