# --8<-- [start:second-layer]
import warnings

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
seen = {}


def keep_grads(module, grad_input, grad_output):
    seen["grad_input"] = grad_input
    seen["grad_output"] = grad_output


handle = net[2].register_full_backward_hook(keep_grads)
X = torch.randn(5, 4)
net(X).sum().backward()
handle.remove()

print(len(seen["grad_input"]), tuple(seen["grad_input"][0].shape))
#> 1 (5, 3)
print(len(seen["grad_output"]), tuple(seen["grad_output"][0].shape))
#> 1 (5, 2)
print(torch.allclose(seen["grad_input"][0], seen["grad_output"][0] @ net[2].weight))
#> True
# --8<-- [end:second-layer]
# --8<-- [start:first-layer]
net.zero_grad()
handle = net[0].register_full_backward_hook(keep_grads)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    net(X).sum().backward()
handle.remove()

print(seen["grad_input"])
#> (None,)
print(caught[0].category.__name__, "no inputs require gradients" in str(caught[0].message))
#> UserWarning True
print(net[0].weight.grad is not None)
#> True
# --8<-- [end:first-layer]
