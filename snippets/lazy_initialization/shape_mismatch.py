# --8<-- [start:mismatch]
import torch
from torch import nn

net = nn.Sequential(
    nn.LazyConv2d(4, kernel_size=3),
    nn.Flatten(),
    nn.LazyLinear(2),
)
net(torch.rand(2, 3, 8, 8))
print(net)
#> Sequential(
#>   (0): Conv2d(3, 4, kernel_size=(3, 3), stride=(1, 1))
#>   (1): Flatten(start_dim=1, end_dim=-1)
#>   (2): Linear(in_features=144, out_features=2, bias=True)
#> )
try:
    net(torch.rand(2, 1, 8, 8))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Given groups=1, weight of size [4, 3, 3, 3], expected input[2, 1, 8, 8] to have 3 channels, but got 1 channels instead
try:
    net(torch.rand(2, 3, 10, 10))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x256 and 144x2)
# --8<-- [end:mismatch]
# --8<-- [start:pool]
pooled = nn.Sequential(
    nn.LazyConv2d(4, kernel_size=3),
    nn.AdaptiveAvgPool2d(6),
    nn.Flatten(),
    nn.LazyLinear(2),
)
pooled(torch.rand(2, 3, 8, 8))
print(pooled[3])
#> Linear(in_features=144, out_features=2, bias=True)
print(pooled(torch.rand(2, 3, 10, 10)).shape, pooled(torch.rand(2, 3, 32, 32)).shape)
#> torch.Size([2, 2]) torch.Size([2, 2])
# --8<-- [end:pool]
