import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
returned = net.to(device)
print(returned is net)
#> True
print(net[0].weight.device, net[2].bias.device)
#> cpu cpu
print(next(net.parameters()).device)
#> cpu
X = torch.ones(2, 3, device=device)
print(net(X).device)
#> cpu
