import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 1))
X = torch.randn(3, 4)

print(net.training, torch.equal(net(X), net(X)))
#> True False
net.eval()
print(net.training, torch.equal(net(X), net(X)))
#> False True

Y = net(X)
print(Y.requires_grad, Y.grad_fn.name())
#> True AddmmBackward0

with torch.no_grad():
    Y = net(X)
print(Y.requires_grad, Y.grad_fn)
#> False None

with torch.inference_mode():
    Y = net(X)
print(Y.requires_grad, Y.is_inference())
#> False True
