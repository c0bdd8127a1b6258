import tempfile
import zipfile
from pathlib import Path

import torch
from torch import nn


# Writes a state dict whose storages are tagged cuda:0, without needing a GPU.
def fake_gpu_checkpoint(path):
    tag_as_gpu = True
    torch.serialization.register_package(
        0, lambda storage: "cuda:0" if tag_as_gpu else None, lambda storage, location: None
    )
    torch.save(nn.Linear(3, 2).state_dict(), path)
    tag_as_gpu = False


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "gpu_ckpt.pt"
torch.manual_seed(0)
fake_gpu_checkpoint(path)

with zipfile.ZipFile(path) as zf:
    print(b"cuda:0" in zf.read("gpu_ckpt/data.pkl"))
    #> True

try:
    torch.load(path)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.

for where in ["cpu", torch.device("cpu"), {"cuda:0": "cpu"}]:
    print(torch.load(path, map_location=where)["weight"].device)
    #> cpu
    #> cpu
    #> cpu

seen = []


def keep_on_cpu(storage, location):
    seen.append(location)
    return storage


state = torch.load(path, map_location=keep_on_cpu)
print(state["weight"].device, seen)
#> cpu ['cuda:0', 'cuda:0']
tmp.cleanup()
