import os
import tempfile

import torch
from torch import nn


def make():
    return nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.Linear(8, 2))


def norms_in_float32(net):  # the model in bfloat16, its normalization layers in float32
    net.to(torch.bfloat16)
    for m in net.modules():
        if isinstance(m, nn.LayerNorm):
            m.to(torch.float32)


def dtypes(net):
    return [str(m.weight.dtype).removeprefix("torch.") for m in net]


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save({k: v.bfloat16() for k, v in make().state_dict().items()}, path)

    with torch.device("meta"):
        net = make()
    norms_in_float32(net)  # on meta: nothing is allocated yet
    net.to_empty(device="cpu")  # each tensor in the dtype it has on meta
    net.load_state_dict(torch.load(path, mmap=True))
    print(dtypes(net))
    #> ['bfloat16', 'float32', 'bfloat16']
    print(net(torch.randn(2, 4, dtype=torch.bfloat16)).dtype)  # the mix runs
    #> torch.bfloat16

    with torch.device("meta"):
        net = make()
    norms_in_float32(net)
    net.load_state_dict(torch.load(path, mmap=True), assign=True)
    print(dtypes(net))  # assign=True: the checkpoint's dtype everywhere
    #> ['bfloat16', 'bfloat16', 'bfloat16']
    norms_in_float32(net)  # so convert again
    print(dtypes(net))
    #> ['bfloat16', 'float32', 'bfloat16']
