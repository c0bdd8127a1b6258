import torch
from torch import nn

net = nn.Sequential(
    nn.LazyConv2d(4, kernel_size=3),
    nn.LazyBatchNorm2d(),
    nn.ReLU(),
    nn.Flatten(),
    nn.LazyLinear(10),
)
print(net)
#> Sequential(
#>   (0): LazyConv2d(0, 4, kernel_size=(3, 3), stride=(1, 1))
#>   (1): LazyBatchNorm2d(0, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#>   (3): Flatten(start_dim=1, end_dim=-1)
#>   (4): LazyLinear(in_features=0, out_features=10, bias=True)
#> )
X = torch.rand(2, 1, 8, 8)
print(net(X).shape)
#> torch.Size([2, 10])
print(net[1].num_batches_tracked)
#> tensor(1)
print(net)
#> Sequential(
#>   (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1))
#>   (1): BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#>   (3): Flatten(start_dim=1, end_dim=-1)
#>   (4): Linear(in_features=144, out_features=10, bias=True)
#> )
