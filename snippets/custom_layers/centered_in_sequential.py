import torch
from torch import nn


class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean()


torch.manual_seed(1)
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
Y = net(torch.rand(4, 8))
print(Y.shape)
#> torch.Size([4, 128])
print(Y.mean())
#> tensor(-3.7253e-09, grad_fn=<MeanBackward0>)
print(torch.allclose(Y.mean(), torch.tensor(0.0), atol=1e-6))
#> True
print(Y.mean(dim=1))
#> tensor([ 0.0114,  0.0001,  0.0062, -0.0177], grad_fn=<MeanBackward1>)
print(net)
#> Sequential(
#>   (0): Linear(in_features=8, out_features=128, bias=True)
#>   (1): CenteredLayer()
#> )
