import os
import resource
import sys
import tempfile

import torch
from torch import nn


def make():
    return nn.Sequential(*[nn.Linear(1024, 1024) for _ in range(64)])  # 256 MiB in float32


def peak_mib():  # the process's peak memory so far; ru_maxrss is in bytes on macOS, KiB on Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def load(path, meta, mmap):
    if meta:
        with torch.device("meta"):
            net = make()
    else:
        net = make()  # allocates and initializes the model's own copy
    net.load_state_dict(torch.load(path, mmap=mmap), assign=meta)
    return net


trained = make()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save(trained.state_dict(), path)
    start = peak_mib()
    for meta, mmap in [(True, True), (True, False), (False, False)]:
        net = load(path, meta, mmap)
        del net
        print(f"meta={meta}, mmap={mmap}: peak +{(peak_mib() - start) / 256:.1f} x the weights")
        #> meta=True, mmap=True: peak +0.0 x the weights
        #> meta=True, mmap=False: peak +1.0 x the weights
        #> meta=False, mmap=False: peak +2.0 x the weights
