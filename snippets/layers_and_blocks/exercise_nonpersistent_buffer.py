import torch
from torch import nn
from torch.nn import functional as F


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("rand_weight", torch.rand(20, 20), persistent=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(X @ self.rand_weight + 1)
        X = self.linear(X)
        while X.abs().sum() > 1:
            X = X / 2
        return X.sum()


net = FixedHiddenMLP()
print(list(net.state_dict()))
#> ['linear.weight', 'linear.bias']
print([name for name, _ in net.named_buffers()])
#> ['rand_weight']
net.to(torch.float64)
print(net.rand_weight.dtype, net(torch.rand(2, 20, dtype=torch.float64)).dtype)
#> torch.float64 torch.float64
