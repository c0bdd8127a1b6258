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


trained = make()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save(trained.state_dict(), path)
    for mmap in (True, False):
        before = peak_mib()
        with torch.device("meta"):
            net = make()
        net.load_state_dict(torch.load(path, mmap=mmap), assign=True)
        print(f"mmap={mmap}: the peak grew by {(peak_mib() - before) / 256:.1f} x the weights")
        #> mmap=True: the peak grew by 0.0 x the weights
        #> mmap=False: the peak grew by 1.0 x the weights
