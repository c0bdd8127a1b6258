import os
import tempfile

import torch
from torch import nn


def try_gpu(i=0):
    if i < torch.accelerator.device_count():
        return torch.device(torch.accelerator.current_accelerator().type, i)
    return torch.device("cpu")


def make():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
trained = make()  # a float32 model, saved below as a bfloat16 checkpoint
device = try_gpu()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save({k: v.bfloat16() for k, v in trained.state_dict().items()}, path)

    # the assign=True way: take the loaded tensors, then copy them to the device
    with torch.device("meta"):
        net = make()
    net.load_state_dict(torch.load(path), assign=True)
    net.to(device)
    print(net[0].weight.dtype, all(p.device == device for p in net.parameters()))
    #> torch.bfloat16 True

    # the to_empty() way: allocate on the device first, then copy the loaded values in
    with torch.device("meta"):
        net = make()
    try:
        net.to(device)  # the usual move: a meta tensor has no values to copy
    except NotImplementedError as e:
        print(str(e).split(";")[0])
        #> Cannot copy out of meta tensor
    net.to_empty(device=device)
    net.load_state_dict(torch.load(path, map_location="cpu"))  # the checkpoint stays on the CPU
    print(net[0].weight.dtype, all(p.device == device for p in net.parameters()))
    #> torch.float32 True
