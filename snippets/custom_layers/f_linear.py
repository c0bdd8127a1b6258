import torch
from torch import nn
from torch.nn import functional as F


class SimpleLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features) / in_features**0.5)
        self.bias = nn.Parameter(torch.zeros(out_features))

    def forward(self, X):
        return F.linear(X, self.weight, self.bias)


torch.manual_seed(0)
builtin = nn.Linear(5, 3)
mine = SimpleLinear(5, 3)
mine.load_state_dict(builtin.state_dict())
X = torch.randn(4, 5)
print(torch.equal(mine(X), builtin(X)))
#> True
print(torch.allclose(mine(X), X @ mine.weight.T + mine.bias))
#> True
