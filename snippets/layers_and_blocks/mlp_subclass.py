import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.out = nn.Linear(256, 10)

    def forward(self, X):
        return self.out(F.relu(self.hidden(X)))


torch.manual_seed(0)
net = MLP()
X = torch.rand(2, 20)
Y = net(X)
print(Y.shape)
#> torch.Size([2, 10])
print(Y.grad_fn.name())
#> AddmmBackward0
print(net)
#> MLP(
#>   (hidden): Linear(in_features=20, out_features=256, bias=True)
#>   (out): Linear(in_features=256, out_features=10, bias=True)
#> )
