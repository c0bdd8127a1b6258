import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(4, 4)
one_parent = nn.Sequential(shared, nn.ReLU(), shared)
two_parents = nn.Sequential(
    nn.Sequential(shared, nn.ReLU()),
    nn.Sequential(shared, nn.Tanh()),
)
for net in (one_parent, two_parents):
    visits = []
    net.apply(visits.append)
    print(visits.count(shared), list(net.modules()).count(shared))
    #> 1 1
    #> 2 1


def halve_weights(m):
    if isinstance(m, nn.Linear):
        with torch.no_grad():
            m.weight.mul_(0.5)


before = shared.weight.clone()
two_parents.apply(halve_weights)
print((shared.weight / before).unique().tolist())
#> [0.25]

before = shared.weight.clone()
for m in two_parents.modules():
    halve_weights(m)
print((shared.weight / before).unique().tolist())
#> [0.5]
