import torch
from torch import nn

torch.manual_seed(0)
eager = nn.Sequential(nn.Linear(20, 4), nn.Linear(4, 2))

torch.manual_seed(0)
mixed = nn.Sequential(nn.LazyLinear(4), nn.Linear(4, 2))
mixed(torch.zeros(1, 20))
print(torch.equal(eager[0].weight, mixed[0].weight))
#> False
print(torch.equal(eager[1].weight, mixed[1].weight))
#> False

torch.manual_seed(0)
all_lazy = nn.Sequential(nn.LazyLinear(4), nn.LazyLinear(2))
all_lazy(torch.zeros(1, 20))
print(torch.equal(eager[0].weight, all_lazy[0].weight))
#> True
print(torch.equal(eager[1].weight, all_lazy[1].weight))
#> True
