import torch
from torch import nn

mlp = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
print(mlp(torch.rand(1, 5)).shape, mlp[0])
#> torch.Size([1, 1]) Linear(in_features=5, out_features=8, bias=True)

net = nn.Sequential(nn.LazyLinear(8), nn.LazyBatchNorm1d(), nn.ReLU(), nn.LazyLinear(1))
try:
    net(torch.rand(1, 5))
except ValueError as e:
    print(type(e).__name__ + ":", e)
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 8])
print(net)
#> Sequential(
#>   (0): Linear(in_features=5, out_features=8, bias=True)
#>   (1): BatchNorm1d(8, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#>   (3): LazyLinear(in_features=0, out_features=1, bias=True)
#> )
print(net[1].num_batches_tracked)
#> tensor(1)
# --8<-- [start:eval]
net = nn.Sequential(nn.LazyLinear(8), nn.LazyBatchNorm1d(), nn.ReLU(), nn.LazyLinear(1))
net.eval()
with torch.no_grad():
    net(torch.rand(1, 5))
net.train()
print(net)
#> Sequential(
#>   (0): Linear(in_features=5, out_features=8, bias=True)
#>   (1): BatchNorm1d(8, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#>   (3): Linear(in_features=8, out_features=1, bias=True)
#> )
print(net[1].num_batches_tracked, net[1].running_mean.abs().sum())
#> tensor(0) tensor(0.)
# --8<-- [end:eval]
