import tempfile
from pathlib import Path

import torch
from torch import nn

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "mlp.pt"

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
torch.save(net.state_dict(), path)

state = torch.load(path, map_location="cpu")
print(state["0.weight"].device)
#> cpu
state = torch.load(path, map_location=torch.device("cpu"))
print(state["0.weight"].device)
#> cpu
state = torch.load(path, map_location={"cuda:0": "cpu"})
print(state["0.weight"].device)
#> cpu

state = torch.load(path, map_location="meta")
print(state["0.weight"].device, state["0.weight"].shape)
#> meta torch.Size([64, 20])
tmp.cleanup()
