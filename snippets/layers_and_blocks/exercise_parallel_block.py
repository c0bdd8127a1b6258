import torch
from torch import nn


class Parallel(nn.Module):
    def __init__(self, net1, net2):
        super().__init__()
        self.net1 = net1
        self.net2 = net2

    def forward(self, X):
        return torch.cat((self.net1(X), self.net2(X)), dim=1)


torch.manual_seed(0)
net = Parallel(
    nn.Sequential(nn.Linear(10, 8), nn.ReLU()),
    nn.Linear(10, 4),
)
X = torch.rand(2, 10)
Y = net(X)
print(Y.shape)
#> torch.Size([2, 12])
print(torch.equal(Y[:, :8], net.net1(X)), torch.equal(Y[:, 8:], net.net2(X)))
#> True True
print(net)
#> Parallel(
#>   (net1): Sequential(
#>     (0): Linear(in_features=10, out_features=8, bias=True)
#>     (1): ReLU()
#>   )
#>   (net2): Linear(in_features=10, out_features=4, bias=True)
#> )
