from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
X = torch.rand(2, 20)
print(net(X).shape)
#> torch.Size([2, 10])
print(len(net))
#> 3
print(net[0])
#> Linear(in_features=20, out_features=256, bias=True)
print(net[-1].weight.shape)
#> torch.Size([10, 256])
print(net[:2](X).shape)
#> torch.Size([2, 256])

named = nn.Sequential(
    OrderedDict(hidden=nn.Linear(20, 256), act=nn.ReLU(), out=nn.Linear(256, 10))
)
print(named.hidden)
#> Linear(in_features=20, out_features=256, bias=True)
print(named[2] is named.out)
#> True

try:
    nn.Sequential({"hidden": nn.Linear(20, 256), "out": nn.Linear(256, 10)})
except TypeError as e:
    print(type(e).__name__ + ":", e)
    #> TypeError: dict is not a Module subclass
