import time

import torch
from torch import nn

start = time.perf_counter()
with torch.device("meta"):
    net = nn.Sequential(nn.Linear(50_000, 50_000), nn.ReLU(), nn.Linear(50_000, 10))
print(time.perf_counter() - start < 1)  # built in under a second
#> True
n = sum(p.numel() for p in net.parameters())
print(n, f"{n * 4 / 2**30:.1f} GiB in float32")
#> 2500550010 9.3 GiB in float32
print(net[0].weight.device, net[0].weight.shape)
#> meta torch.Size([50000, 50000])
Y = net(torch.empty(8, 50_000, device="meta"))
print(Y.shape, Y.device)
#> torch.Size([8, 10]) meta
try:
    if Y.sum() > 0:  # needs a value, and a meta tensor has none
        pass
except RuntimeError as e:
    print(e)
    #> Tensor.item() cannot be called on meta tensors

net = net.to(torch.bfloat16)  # on meta, changing the dtype allocates nothing
print(net[0].weight.dtype, net[0].weight.device, f"{n * 2 / 2**30:.1f} GiB in bfloat16")
#> torch.bfloat16 meta 4.7 GiB in bfloat16

with torch.device("meta"):
    print(torch.zeros(2).device, torch.zeros(2, device="cpu").device)  # an explicit device= wins over the block
    #> meta cpu
