import torch
from torch import nn


class GaussianNoise(nn.Module):
    def __init__(self, std=0.1):
        super().__init__()
        self.std = std

    def forward(self, X):
        if not self.training:
            return X
        return X + self.std * torch.randn_like(X)

    def extra_repr(self):
        return f"std={self.std}"


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), GaussianNoise(0.1))
X = torch.randn(1000, 3)
noise = net(X) - net[0](X)
print(net[1], abs(noise.std().item() - 0.1) < 0.01)
#> GaussianNoise(std=0.1) True

net.eval()
print(torch.equal(net(X), net[0](X)), net(X).requires_grad)
#> True True
