import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
X = torch.randn(5, 4)
net(X).sum().backward()
before = {i: net[i].weight.grad.clone() for i in (0, 2)}
net.zero_grad()


def halve(module, grad_output):
    return (grad_output[0] * 0.5,)


handle = net[2].register_full_backward_pre_hook(halve)
net(X).sum().backward()
handle.remove()
print([torch.allclose(net[i].weight.grad, g / 2) for i, g in before.items()])
#> [True, True]
