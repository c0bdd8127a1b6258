import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(type(net[2].weight).__name__)
#> Parameter
print(net[2].bias)
#> Parameter containing:
#> tensor([-0.1568], requires_grad=True)
print(net[2].weight.shape, net[2].weight.requires_grad)
#> torch.Size([1, 8]) True
print(net[2].weight.grad is None)
#> True
X = torch.rand(2, 4)
net(X).sum().backward()
print(net[2].bias.grad)
#> tensor([2.])
print(net[2].weight.grad.shape)
#> torch.Size([1, 8])
net(X).sum().backward()
print(net[2].bias.grad)
#> tensor([4.])
