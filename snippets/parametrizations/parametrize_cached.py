import torch
from torch import nn
from torch.nn.utils import parametrize


class CountedSymmetric(nn.Module):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def forward(self, A):
        self.calls += 1
        return A.triu() + A.triu(1).T


torch.manual_seed(0)
layer = nn.Linear(3, 3)
sym = CountedSymmetric()
parametrize.register_parametrization(layer, "weight", sym)
X = torch.rand(2, 3)

sym.calls = 0
for _ in range(4):
    X = layer(X)
print(sym.calls)
#> 4

sym.calls = 0
with parametrize.cached():
    for _ in range(4):
        X = layer(X)
    print(layer.weight is layer.weight)
    #> True
print(sym.calls)
#> 1
