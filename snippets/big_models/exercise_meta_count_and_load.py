import os
import tempfile

import torch
from torch import nn


def stack(width, depth):
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(width, width), nn.ReLU()]
    return nn.Sequential(*layers)


with torch.device("meta"):
    big = stack(8192, 24)
n = sum(p.numel() for p in big.parameters())
print(n, 24 * (8192 * 8192 + 8192))
#> 1610809344 1610809344
print(f"{n * 4 / 2**30:.1f} GiB in float32, {n * 2 / 2**30:.1f} GiB in bfloat16")
#> 6.0 GiB in float32, 3.0 GiB in bfloat16

torch.manual_seed(0)
trained = stack(16, 3)
X = torch.rand(2, 16)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "stack.pt")
    torch.save(trained.state_dict(), path)
    with torch.device("meta"):
        small = stack(16, 3)
    small.load_state_dict(torch.load(path, mmap=True), assign=True)
    tensors = [*small.parameters(), *small.buffers()]
    print(any(t.is_meta for t in tensors), torch.equal(small(X), trained(X)))
    #> False True
