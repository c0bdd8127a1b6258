# --8<-- [start:define]
import torch
from torch import nn


class MyDropout(nn.Module):
    def __init__(self, p=0.5):
        super().__init__()
        if not 0 <= p < 1:
            raise ValueError(f"p must be in [0, 1), got {p}")
        self.p = p

    def forward(self, X):
        if not self.training:
            return X
        mask = torch.empty_like(X).bernoulli_(1 - self.p) / (1 - self.p)
        return X * mask


net = nn.Sequential(nn.Linear(8, 8), nn.Sequential(MyDropout(0.5)))
drop = net[1][0]
X = torch.ones(2, 8)

torch.manual_seed(0)
print(drop.training, drop(X))
#> True tensor([[0., 0., 2., 0., 0., 0., 2., 2.],
#>         [0., 2., 2., 2., 2., 0., 2., 2.]])
print(torch.equal(drop(X), drop(X)))
#> False

net.eval()
print([m.training for m in net.modules()], torch.equal(drop(X), X))
#> [False, False, False, False] True
net.train()
print([m.training for m in net.modules()])
#> [True, True, True, True]
# --8<-- [end:define]
# --8<-- [start:match-builtin]
X = torch.randn(100, 100)
torch.manual_seed(0)
mine = MyDropout(0.3)(X)
torch.manual_seed(0)
builtin = nn.Dropout(0.3)(X)
print(torch.equal(mine, builtin))
#> True
# --8<-- [end:match-builtin]
