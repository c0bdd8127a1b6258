import torch
from torch import nn


def make():
    return nn.Sequential(nn.LazyLinear(4), nn.LazyBatchNorm1d(), nn.ReLU(), nn.LazyLinear(1))


X = torch.zeros(2, 5)  # a dummy batch, not real data

net = make()
net(X)
print(net[1].num_batches_tracked, net[1].running_var)
#> tensor(1) tensor([0.9000, 0.9000, 0.9000, 0.9000])

net = make()
net.eval()
with torch.no_grad():
    net(X)
net.train()
print(net[1].num_batches_tracked, net[1].running_var)
#> tensor(0) tensor([1., 1., 1., 1.])
