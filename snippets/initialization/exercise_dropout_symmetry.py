import torch
from torch import nn


def rows_equal(w):
    return torch.allclose(w, w[:1].expand_as(w))


def train(constant):
    torch.manual_seed(0)
    X, y = torch.randn(32, 4), torch.randn(32, 1)
    net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Dropout(0.5), nn.Linear(3, 1))
    if constant:
        nn.init.constant_(net[0].weight, 0.5)
        nn.init.zeros_(net[0].bias)
        nn.init.constant_(net[3].weight, 0.5)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(50):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(X), y).backward()
        optimizer.step()
    with torch.no_grad():
        hidden = net[1](net[0](X))
    return net, torch.corrcoef(hidden.T)


net, corr = train(constant=True)
print(rows_equal(net[0].weight))
#> False
print(corr)
#> tensor([[1.0000, 0.9850, 0.9992],
#>         [0.9850, 1.0000, 0.9809],
#>         [0.9992, 0.9809, 1.0000]])
net, corr = train(constant=False)
print(corr)
#> tensor([[ 1.0000,  0.1811, -0.1241],
#>         [ 0.1811,  1.0000, -0.0684],
#>         [-0.1241, -0.0684,  1.0000]])
