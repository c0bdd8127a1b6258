import torch
from torch import nn
from torch.nn import functional as F


class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU()
        )
        self.linear = nn.Linear(32, 16)

    def forward(self, X):
        return self.linear(self.net(X))


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("rand_weight", torch.rand(20, 20))
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(X @ self.rand_weight + 1)
        X = self.linear(X)
        while X.abs().sum() > 1:
            X = X / 2
        return X.sum()


torch.manual_seed(0)
chimera = nn.Sequential(NestMLP(), nn.Linear(16, 20), FixedHiddenMLP())
X = torch.rand(2, 20)
print(chimera(X))
#> tensor(-0.1036, grad_fn=<SumBackward0>)
print(chimera)
#> Sequential(
#>   (0): NestMLP(
#>     (net): Sequential(
#>       (0): Linear(in_features=20, out_features=64, bias=True)
#>       (1): ReLU()
#>       (2): Linear(in_features=64, out_features=32, bias=True)
#>       (3): ReLU()
#>     )
#>     (linear): Linear(in_features=32, out_features=16, bias=True)
#>   )
#>   (1): Linear(in_features=16, out_features=20, bias=True)
#>   (2): FixedHiddenMLP(
#>     (linear): Linear(in_features=20, out_features=20, bias=True)
#>   )
#> )
print(chimera[0].net[2])
#> Linear(in_features=64, out_features=32, bias=True)
print(sum(p.numel() for p in chimera.parameters()))
#> 4712
print([name for name, _ in chimera.named_buffers()])
#> ['2.rand_weight']
