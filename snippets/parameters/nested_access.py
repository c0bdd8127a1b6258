# --8<-- [start:build]
import torch
from torch import nn


def small_mlp():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU())


def two_mlps():
    net = nn.Sequential()
    for i in range(2):
        net.add_module(f"block{i}", small_mlp())
    return net


torch.manual_seed(0)
rgnet = nn.Sequential(two_mlps(), nn.Linear(4, 1))
print(rgnet)
#> Sequential(
#>   (0): Sequential(
#>     (block0): Sequential(
#>       (0): Linear(in_features=4, out_features=8, bias=True)
#>       (1): ReLU()
#>       (2): Linear(in_features=8, out_features=4, bias=True)
#>       (3): ReLU()
#>     )
#>     (block1): Sequential(
#>       (0): Linear(in_features=4, out_features=8, bias=True)
#>       (1): ReLU()
#>       (2): Linear(in_features=8, out_features=4, bias=True)
#>       (3): ReLU()
#>     )
#>   )
#>   (1): Linear(in_features=4, out_features=1, bias=True)
#> )
# --8<-- [end:build]
# --8<-- [start:index]
print(rgnet[0][1][0].bias)
#> Parameter containing:
#> tensor([-0.0275,  0.0751, -0.2048,  0.2967, -0.3043,  0.4537,  0.3426, -0.4216],
#>        requires_grad=True)
print(rgnet[0].block1[0].bias is rgnet[0][1][0].bias)
#> True
print(rgnet.get_parameter("0.block1.0.bias") is rgnet[0][1][0].bias)
#> True
# --8<-- [end:index]
# --8<-- [start:modules]
for name, module in rgnet.named_modules():
    print(repr(name), type(module).__name__)
    #> '' Sequential
    #> '0' Sequential
    #> '0.block0' Sequential
    #> '0.block0.0' Linear
    #> '0.block0.1' ReLU
    #> '0.block0.2' Linear
    #> '0.block0.3' ReLU
    #> '0.block1' Sequential
    #> '0.block1.0' Linear
    #> '0.block1.1' ReLU
    #> '0.block1.2' Linear
    #> '0.block1.3' ReLU
    #> '1' Linear
print(rgnet.get_submodule("0.block1.0"))
#> Linear(in_features=4, out_features=8, bias=True)
# --8<-- [end:modules]
