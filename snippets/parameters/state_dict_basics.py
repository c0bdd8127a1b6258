# --8<-- [start:keys]
import copy

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
for name, tensor in net[2].state_dict().items():
    print(name, tensor)
    #> weight tensor([[ 0.0186, -0.1813,  0.0598, -0.3301, -0.2555, -0.1823,  0.2231,  0.2073]])
    #> bias tensor([-0.1568])
print(list(net.state_dict().keys()))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
# --8<-- [end:keys]
# --8<-- [start:reference]
sd = net.state_dict()
bias = sd["2.bias"]
snapshot = copy.deepcopy(sd)
print(bias.requires_grad, bias.grad_fn)
#> False None
print(bias.data_ptr() == net[2].bias.data_ptr())
#> True
try:
    net[2].bias.fill_(0.5)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():
    net[2].bias.fill_(0.5)
print(bias)
#> tensor([0.5000])
print(snapshot["2.bias"])
#> tensor([-0.1568])
sd["2.bias"].fill_(0)
print(net[2].bias)
#> Parameter containing:
#> tensor([0.], requires_grad=True)
# --8<-- [end:reference]
