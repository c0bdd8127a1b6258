import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
compiled = torch.compile(net)
print(type(compiled).__name__, compiled._orig_mod is net)
#> OptimizedModule True
print(list(compiled.state_dict()))
#> ['_orig_mod.0.weight', '_orig_mod.0.bias', '_orig_mod.2.weight', '_orig_mod.2.bias']
print(list(net.state_dict()))
#> ['0.weight', '0.bias', '2.weight', '2.bias']

in_place = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
in_place.compile()
print(type(in_place).__name__, list(in_place.state_dict()))
#> Sequential ['0.weight', '0.bias', '2.weight', '2.bias']
