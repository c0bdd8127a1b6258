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
path = Path(tmp.name) / "mlp.pt"

torch.manual_seed(0)
net = MLP()
X = torch.randn(2, 20)
Y = net(X)
torch.save(net.state_dict(), path)

clone = MLP()
print(torch.equal(clone(X), Y))
#> False
state = torch.load(path)
print(list(state.keys()))
#> ['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
print(clone.load_state_dict(state))
#> <All keys matched successfully>
clone.eval()
Y_clone = clone(X)
print(torch.equal(Y_clone, Y))
#> True
print(Y_clone.requires_grad, Y_clone.grad_fn.name())
#> True AddmmBackward0
tmp.cleanup()
