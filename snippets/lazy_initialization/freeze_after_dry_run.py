import re

import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
try:
    net[0].requires_grad_(False)
except ValueError as e:
    print(type(e).__name__ + ":", re.sub(r" at 0x[0-9a-f]+", "", str(e)).split(". ")[0])
    #> ValueError: Attempted to use an uninitialized parameter in <method 'requires_grad_' of 'torch._C.TensorBase' objects>
net(torch.rand(2, 5))
net[0].requires_grad_(False)
print([(name, p.requires_grad) for name, p in net.named_parameters()])
#> [('0.weight', False), ('0.bias', False), ('2.weight', True), ('2.bias', True)]
