import tempfile
from pathlib import Path

import torch
from torch import nn

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "unknown.pt"

torch.manual_seed(0)
mystery = nn.Sequential(nn.Linear(20, 64), nn.BatchNorm1d(64), nn.ReLU(), nn.Linear(64, 10))
torch.save(mystery.state_dict(), path)
del mystery

state = torch.load(path, map_location="cpu")
print(type(state).__name__, len(state))
#> OrderedDict 9
for name, tensor in state.items():
    print(name, tuple(tensor.shape), tensor.dtype)
    #> 0.weight (64, 20) torch.float32
    #> 0.bias (64,) torch.float32
    #> 1.weight (64,) torch.float32
    #> 1.bias (64,) torch.float32
    #> 1.running_mean (64,) torch.float32
    #> 1.running_var (64,) torch.float32
    #> 1.num_batches_tracked () torch.int64
    #> 3.weight (10, 64) torch.float32
    #> 3.bias (10,) torch.float32
print(sum(t.numel() for t in state.values()))
#> 2251
print(state["0.weight"].shape[1], state["3.weight"].shape[0])
#> 20 10
tmp.cleanup()
