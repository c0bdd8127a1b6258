import torch
from torch import nn


class TensorReduction(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, in_units, units) / in_units)

    def forward(self, X):
        return torch.einsum("bi,ijk,bj->bk", X, self.weight, X)


torch.manual_seed(0)
layer = TensorReduction(4, 2)
X = torch.randn(3, 4)
Y = layer(X)
print(Y.shape)
#> torch.Size([3, 2])
# --8<-- [start:check-loop]
W = layer.weight.detach()
expected = torch.zeros(3, 2)
for b in range(3):
    for k in range(2):
        for i in range(4):
            for j in range(4):
                expected[b, k] += W[i, j, k] * X[b, i] * X[b, j]
print(torch.allclose(Y, expected, atol=1e-6))
#> True
# --8<-- [end:check-loop]
# --8<-- [start:check-identity]
with torch.no_grad():
    layer.weight.zero_()
    layer.weight[:, :, 0] = torch.eye(4)
print(torch.allclose(layer(X)[:, 0], (X**2).sum(dim=1)))
#> True
print(sum(p.numel() for p in layer.parameters()))
#> 32
# --8<-- [end:check-identity]
