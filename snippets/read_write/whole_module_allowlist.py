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
X = torch.randn(2, 20)
torch.save(net, path)

with torch.serialization.safe_globals([MLP, nn.Linear]):
    net2 = torch.load(path)
print(type(net2).__name__, torch.equal(net2(X), net(X)))
#> MLP True

net3 = torch.load(path, weights_only=False)
print(type(net3).__name__, torch.equal(net3(X), net(X)))
#> MLP True

del MLP
try:
    torch.load(path, weights_only=False)
except AttributeError as e:
    print(type(e).__name__ + ":", str(e).split(" on ")[0])
    #> AttributeError: Can't get attribute 'MLP'
tmp.cleanup()
