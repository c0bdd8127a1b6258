# --8<-- [start:setup]
import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
net.to(torch.float64)
print(net[0].weight.dtype)
#> torch.float64
# --8<-- [end:setup]
# --8<-- [start:wrong-input]
try:
    net(torch.rand(2, 5))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Float and Double
print(net)
#> Sequential(
#>   (0): Linear(in_features=5, out_features=8, bias=True)
#>   (1): ReLU()
#>   (2): LazyLinear(in_features=0, out_features=1, bias=True)
#> )
# --8<-- [end:wrong-input]
# --8<-- [start:right-input]
Y = net(torch.rand(2, 5, dtype=torch.float64))
print(net[0].weight.dtype, net[2].weight.dtype, Y.dtype)
#> torch.float64 torch.float64 torch.float64
print(net)
#> Sequential(
#>   (0): Linear(in_features=5, out_features=8, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )
# --8<-- [end:right-input]
# --8<-- [start:after]
other = nn.Sequential(nn.LazyLinear(8))
other(torch.rand(2, 5))
other.to(torch.float64)
print(other[0].weight.dtype)
#> torch.float64
# --8<-- [end:after]
