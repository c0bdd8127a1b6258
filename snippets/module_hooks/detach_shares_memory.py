import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 4), nn.ReLU(inplace=True))
X = torch.randn(8, 4)
saved = {}
net[0].register_forward_hook(lambda m, args, out: saved.update(detached=out.detach(), cloned=out.detach().clone()))

net(X)
print((saved["detached"] < 0).any().item())
#> False
print((saved["cloned"] < 0).any().item())
#> True
