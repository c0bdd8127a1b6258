import torch
from torch import nn


class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean(dim=-1, keepdim=True)


torch.manual_seed(1)
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
Y = net(torch.rand(4, 8))
print(Y.shape)
#> torch.Size([4, 128])
print(Y.mean(dim=1))
#> tensor([ 3.7253e-09,  2.3283e-09, -3.7253e-09, -4.6566e-10],
#>        grad_fn=<MeanBackward1>)
print(torch.allclose(Y.mean(dim=1), torch.zeros(4), atol=1e-6))
#> True
print(net)
#> Sequential(
#>   (0): Linear(in_features=8, out_features=128, bias=True)
#>   (1): CenteredLayer()
#> )
