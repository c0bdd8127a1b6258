import torch
from torch import nn


def rows_equal(w):
    return torch.allclose(w, w[:1].expand_as(w))


def train(net, X, y, steps):
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(X), y).backward()
        optimizer.step()


def run(constant_hidden, constant_output):
    torch.manual_seed(0)
    X, y = torch.randn(32, 4), torch.randn(32, 1)
    net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
    if constant_hidden:
        nn.init.constant_(net[0].weight, 0.5)
        nn.init.zeros_(net[0].bias)
    if constant_output:
        nn.init.constant_(net[2].weight, 0.5)
    equal = [rows_equal(net[0].weight)]
    train(net, X, y, steps=1)
    equal.append(rows_equal(net[0].weight))
    train(net, X, y, steps=49)
    equal.append(rows_equal(net[0].weight))
    with torch.no_grad():
        hidden = net[1](net[0](X))
    corr = torch.corrcoef(hidden.T)
    return net, equal, corr[[0, 0, 1], [1, 2, 2]]


net, equal, _ = run(constant_hidden=True, constant_output=True)
print("rows equal at steps 0, 1, 50:", equal)
#> rows equal at steps 0, 1, 50: [True, True, True]
print(net[0].weight.detach())
#> tensor([[0.4827, 0.3954, 0.3908, 0.3942],
#>         [0.4827, 0.3954, 0.3908, 0.3942],
#>         [0.4827, 0.3954, 0.3908, 0.3942]])
net, equal, pairs = run(constant_hidden=True, constant_output=False)
print("rows equal at steps 0, 1, 50:", equal)
#> rows equal at steps 0, 1, 50: [True, False, False]
print("correlations 0-1, 0-2, 1-2:", pairs)
#> correlations 0-1, 0-2, 1-2: tensor([0.9674, 0.8353, 0.8915])
_, _, pairs = run(constant_hidden=False, constant_output=False)
print("correlations 0-1, 0-2, 1-2:", pairs)
#> correlations 0-1, 0-2, 1-2: tensor([ 0.2538, -0.0868, -0.0707])
