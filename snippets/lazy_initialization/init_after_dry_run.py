# --8<-- [start:before]
import torch
from torch import nn
from torch.nn.parameter import is_lazy


def init_small(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
print(isinstance(net[0], nn.Linear), type(net[0]) is nn.Linear)
#> True False
print(is_lazy(net[0].weight), net[0].has_uninitialized_params())
#> True True
print(any(is_lazy(p) for p in net.parameters()))
#> True
try:
    net.apply(init_small)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" in <")[0])
    #> ValueError: Attempted to use an uninitialized parameter
# --8<-- [end:before]
# --8<-- [start:after]
torch.manual_seed(0)
net(torch.rand(2, 5))
print(isinstance(net[0], nn.Linear), type(net[0]) is nn.Linear)
#> True True
print(any(is_lazy(p) for p in net.parameters()))
#> False
net.apply(init_small)
print(net[0].bias)
#> Parameter containing:
#> tensor([0., 0., 0., 0., 0., 0., 0., 0.], requires_grad=True)
print(net[2].weight)
#> Parameter containing:
#> tensor([[ 0.0110, -0.0088,  0.0152,  0.0051,  0.0109, -0.0141, -0.0124, -0.0077]],
#>        requires_grad=True)
# --8<-- [end:after]
