import pickle
import re
import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 64)
        self.out = nn.Linear(64, 10)

    def forward(self, X):
        return self.out(F.relu(self.hidden(X)))


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "whole_mlp.pt"

torch.manual_seed(0)
net = MLP()
torch.save(net, path)

try:
    torch.load(path)
except pickle.UnpicklingError as e:
    print(type(e).__name__ + ":", str(e).split(".")[0])
    #> UnpicklingError: Weights only load failed
    print(re.search(r"Unsupported global: GLOBAL \S+", str(e))[0])
    #> Unsupported global: GLOBAL __main__.MLP

print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))
#> ['__main__.MLP', 'torch.nn.modules.linear.Linear']
tmp.cleanup()
