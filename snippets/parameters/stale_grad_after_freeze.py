import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
X = torch.rand(16, 4)
net(X).sum().backward()

net[0].requires_grad_(False)
before = net[0].weight.clone()
optimizer.step()
print(torch.equal(net[0].weight, before))
#> False
optimizer.zero_grad()
print(net[0].weight.grad is None)
#> True
