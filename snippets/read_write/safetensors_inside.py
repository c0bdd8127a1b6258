import json
import tempfile
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save_file
from torch import nn

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "mlp.safetensors"

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
save_file(net.state_dict(), path, metadata={"epochs": "10"})

with open(path, "rb") as f:  # reads the header only
    n = int.from_bytes(f.read(8), "little")
    header = json.loads(f.read(n))
print(header["__metadata__"])
#> {'epochs': '10'}
print(header["0.weight"])
#> {'dtype': 'F32', 'shape': [64, 20], 'data_offsets': [256, 5376]}

with safe_open(path, framework="pt", device="cpu") as f:
    print(f.metadata(), list(f.keys()))
    #> {'epochs': '10'} ['0.bias', '0.weight', '2.bias', '2.weight']
    w = f.get_slice("0.weight")
    print(w.get_shape(), w[:2].shape)
    #> [64, 20] torch.Size([2, 20])
    print(torch.equal(w[:2], net[0].weight[:2]))
    #> True
tmp.cleanup()
