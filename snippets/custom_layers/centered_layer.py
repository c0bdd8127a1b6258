import torch
from torch import nn


class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean(dim=-1, keepdim=True)


layer = CenteredLayer()
X = torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0], [10.0, 20.0, 30.0, 40.0, 50.0]])
print(layer(X))
#> tensor([[ -2.,  -1.,   0.,   1.,   2.],
#>         [-20., -10.,   0.,  10.,  20.]])
print(len(list(layer.parameters())))
#> 0
