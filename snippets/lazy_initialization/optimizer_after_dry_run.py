# --8<-- [start:adagrad]
import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(1))
try:
    torch.optim.Adagrad(net.parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" in <")[0])
    #> ValueError: Attempted to use an uninitialized parameter
# --8<-- [end:adagrad]
# --8<-- [start:recommended]
net = nn.Sequential(nn.LazyLinear(1))
net(torch.rand(2, 3))
optimizer = torch.optim.Adagrad(net.parameters(), lr=0.1)
print([p.shape for p in optimizer.param_groups[0]["params"]])
#> [torch.Size([1, 3]), torch.Size([1])]
# --8<-- [end:recommended]
# --8<-- [start:sgd]
net = nn.Sequential(nn.LazyLinear(1))
sgd = torch.optim.SGD(net.parameters(), lr=0.1)
net(torch.rand(2, 3))
print(sgd.param_groups[0]["params"][0] is net[0].weight)
#> True
print(sgd.param_groups[0]["params"][0].shape)
#> torch.Size([1, 3])
# --8<-- [end:sgd]
