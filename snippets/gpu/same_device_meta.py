import torch
from torch import nn

net = nn.Linear(3, 2).to("meta")
X = torch.ones(4, 3)
try:
    net(X)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Tensor on device meta is not on the expected device cpu!
print(net(X.to("meta")).device)
#> meta
