import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_mlp():
    return nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))


tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)

torch.manual_seed(0)
trained = torch.compile(make_mlp())
torch.save(trained.state_dict(), folder / "trained.pt")

state = torch.load(folder / "trained.pt", map_location="cpu")
print(next(iter(state)))
#> _orig_mod.0.weight
consume_prefix_in_state_dict_if_present(state, "_orig_mod.")
save_file(state, folder / "trained.safetensors")

plain = make_mlp()
print(plain.load_state_dict(load_file(folder / "trained.safetensors")))
#> <All keys matched successfully>
X = torch.randn(2, 20)
print(torch.equal(plain(X), trained._orig_mod(X)))
#> True
tmp.cleanup()
