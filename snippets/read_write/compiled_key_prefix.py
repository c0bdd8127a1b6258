import torch
from torch import nn

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
compiled = torch.compile(net, backend=counting_backend)
print(type(compiled).__name__, compiled._orig_mod is net)
#> OptimizedModule True
print(list(compiled.state_dict()))
#> ['_orig_mod.0.weight', '_orig_mod.0.bias', '_orig_mod.2.weight', '_orig_mod.2.bias']
print(len(graphs))
#> 0

X = torch.randn(3, 4)
print(torch.equal(compiled(X), net(X)), len(graphs))
#> True 1

in_place = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
in_place.compile(backend=counting_backend)
print(type(in_place).__name__, list(in_place.state_dict()))
#> Sequential ['0.weight', '0.bias', '2.weight', '2.bias']
