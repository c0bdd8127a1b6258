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

restored = MLP()
print(torch.equal(restored(X), Y))
#> False
state = torch.load(path)
print(list(state.keys()))
#> ['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
print(restored.load_state_dict(state))
#> <All keys matched successfully>
restored.eval()
Y_restored = restored(X)
print(torch.equal(Y_restored, Y))
#> True
print(Y_restored.requires_grad, Y_restored.grad_fn.name())
#> True AddmmBackward0
tmp.cleanup()
