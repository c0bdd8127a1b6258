import torch
from torch import nn


def init_constant(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
net.apply(init_constant)
X, y = torch.randn(32, 4), torch.randn(32, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for _ in range(50):
    optimizer.zero_grad()
    nn.functional.mse_loss(net(X), y).backward()
    optimizer.step()
print(net[0].weight)
#> Parameter containing:
#> tensor([[0.4186, 0.4382, 0.4298, 0.3665],
#>         [0.4186, 0.4382, 0.4298, 0.3665],
#>         [0.4186, 0.4382, 0.4298, 0.3665]], requires_grad=True)
print(net[2].weight)
#> Parameter containing:
#> tensor([[-0.0734, -0.0734, -0.0734]], requires_grad=True)
