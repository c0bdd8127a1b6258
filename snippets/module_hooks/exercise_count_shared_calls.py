import torch
from torch import nn


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.shared = nn.Linear(8, 8)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        for _ in range(3):
            x = torch.relu(self.shared(x))
        return self.out(x)


net = Tied()
calls = {}


def count(name):
    def hook(module, args, output):
        calls[name] = calls.get(name, 0) + 1

    return hook


for name, module in net.named_children():
    module.register_forward_hook(count(name))

X = torch.ones(2, 8)
net(X)
print(calls)
#> {'shared': 3, 'out': 1}
net(X)
print(calls)
#> {'shared': 6, 'out': 2}

net.register_forward_pre_hook(lambda m, args: calls.clear())
net(X)
print(calls)
#> {'shared': 3, 'out': 1}
