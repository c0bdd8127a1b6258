import os
import tempfile

import torch
from torch import nn


def stack(width, depth):
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(width, width), nn.ReLU()]
    return nn.Sequential(*layers)


def small():
    return nn.Sequential(stack(16, 3), nn.BatchNorm1d(16))


with torch.device("meta"):
    big = stack(8192, 24)
n = sum(p.numel() for p in big.parameters())
print(n, 24 * (8192 * 8192 + 8192))
#> 1610809344 1610809344
print(f"{n * 4 / 2**30:.1f} GiB in float32, {n * 2 / 2**30:.1f} GiB in bfloat16")
#> 6.0 GiB in float32, 3.0 GiB in bfloat16
# training with Adam: parameters, gradients and Adam's two moments, all float32
print(f"{4 * n * 4 / 2**30:.1f} GiB to train with Adam")
#> 24.0 GiB to train with Adam

torch.manual_seed(0)
trained = small()
trained(torch.rand(8, 16))  # one pass in training mode updates the running statistics
X = torch.rand(2, 16)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "stack.pt")
    torch.save(trained.state_dict(), path)
    with torch.device("meta"):
        net = small()
    net.load_state_dict(torch.load(path, mmap=True), assign=True)
    print([name for name, _ in net.named_buffers()])
    #> ['1.running_mean', '1.running_var', '1.num_batches_tracked']
    tensors = [*net.parameters(), *net.buffers()]
    net.eval()  # in eval mode, batch norm uses the loaded running statistics
    trained.eval()
    print(any(t.is_meta for t in tensors), torch.equal(net(X), trained(X)))
    #> False True
