import copy

import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(8, 8)
net = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(),
    shared, nn.ReLU(),
    shared, nn.ReLU(),
    nn.Linear(8, 1),
)
untied = copy.deepcopy(net)
print(untied[2] is untied[4])
#> True
untied[4] = copy.deepcopy(untied[2])
print(untied[2] is untied[4])
#> False

X = torch.rand(5, 4)
print(torch.equal(net(X), untied(X)))
#> True
net(X).sum().backward()
untied(X).sum().backward()

g_shared = net[2].weight.grad
g_first, g_second = untied[2].weight.grad, untied[4].weight.grad
print(torch.allclose(g_shared, g_first + g_second))
#> True
print(torch.allclose(g_shared, g_first), torch.allclose(g_shared, g_second))
#> False False
