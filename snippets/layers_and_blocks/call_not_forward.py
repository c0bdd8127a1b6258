import torch
from torch import nn

net = nn.Linear(4, 2)
calls = []
net.register_forward_hook(lambda module, args, output: calls.append(output.shape))

X = torch.ones(3, 4)
net(X)
print(len(calls))
#> 1
net.forward(X)
print(len(calls))
#> 1
