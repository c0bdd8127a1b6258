import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn


def make_mlp():
    return nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "mlp.safetensors"

torch.manual_seed(0)
net = make_mlp()
X = torch.randn(2, 20)
save_file(net.state_dict(), path, metadata={"epochs": "10"})

state = load_file(path)
print(type(state).__name__, list(state))
#> dict ['0.bias', '0.weight', '2.bias', '2.weight']
clone = make_mlp()
print(clone.load_state_dict(state))
#> <All keys matched successfully>
print(torch.equal(clone(X), net(X)))
#> True

loaded = torch.load(path)
print(type(loaded).__name__, torch.equal(loaded["0.weight"], net[0].weight))
#> dict True
tmp.cleanup()
