# --8<-- [start:all-zero]
import torch
from torch import nn


def make_net():
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Linear(4, 8), nn.ReLU(),
        nn.Linear(8, 8), nn.ReLU(),
        nn.Linear(8, 1),
    )


def zero_init(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.weight)
        nn.init.zeros_(m.bias)


def train_and_report(net, steps=3):
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    rows = []
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(X), y).backward()
        rows.append([round(p.grad.norm().item(), 3) for p in net.parameters()])
        optimizer.step()
    return rows


torch.manual_seed(1)
X, y = torch.randn(16, 4), torch.randn(16, 1)
print([name for name, _ in make_net().named_parameters()])
#> ['0.weight', '0.bias', '2.weight', '2.bias', '4.weight', '4.bias']

net = make_net().apply(zero_init)
print(net(X).abs().max().item())
#> 0.0
for row in train_and_report(net):
    print(row)
    #> [0.0, 0.0, 0.0, 0.0, 0.0, 0.689]
    #> [0.0, 0.0, 0.0, 0.0, 0.0, 0.551]
    #> [0.0, 0.0, 0.0, 0.0, 0.0, 0.441]
# --8<-- [end:all-zero]
# --8<-- [start:last-only]
net = make_net()
net[4].apply(zero_init)
print(net(X).abs().max().item())
#> 0.0
for row in train_and_report(net):
    print(row)
    #> [0.0, 0.0, 0.0, 0.0, 0.171, 0.689]
    #> [0.003, 0.002, 0.007, 0.009, 0.123, 0.54]
    #> [0.005, 0.003, 0.011, 0.012, 0.09, 0.424]
# --8<-- [end:last-only]
