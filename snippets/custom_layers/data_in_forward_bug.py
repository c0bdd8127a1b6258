# --8<-- [start:compare]
import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units) / in_units**0.5)
        self.bias = nn.Parameter(torch.zeros(units))

    def forward(self, X):
        return X @ self.weight + self.bias


class BadLinear(MyLinear):
    def forward(self, X):
        return X @ self.weight.data + self.bias  # (1)!


torch.manual_seed(0)
X = torch.randn(4, 5)
good, bad = MyLinear(5, 3), BadLinear(5, 3)
good(X).sum().backward()
bad(X).sum().backward()
print(good.weight.grad is None, good.bias.grad is None)
#> False False
print(bad.weight.grad is None, bad.bias.grad is None)
#> True False
# --8<-- [end:compare]
# --8<-- [start:train]
for layer in (good, bad):
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
    before = layer.weight.detach().clone()
    for _ in range(3):
        optimizer.zero_grad()
        layer(X).pow(2).sum().backward()
        optimizer.step()
    print(type(layer).__name__, torch.equal(layer.weight, before))
    #> MyLinear False
    #> BadLinear True
# --8<-- [end:train]
