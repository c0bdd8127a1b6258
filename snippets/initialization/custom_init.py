# --8<-- [start:init]
import torch
from torch import nn


def my_init(m):
    if isinstance(m, nn.Linear):
        nn.init.uniform_(m.weight, -10, 10)
        with torch.no_grad():
            m.weight[m.weight.abs() < 5] = 0


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
net.apply(my_init)
print(net[0].weight[:2])
#> tensor([[ 0.0000,  6.3956,  9.9413,  0.0000],
#>         [ 0.0000,  6.7049, -5.8880,  0.0000]], grad_fn=<SliceBackward0>)
# --8<-- [end:init]
# --8<-- [start:check]
torch.manual_seed(0)
big = nn.Linear(1000, 1000).apply(my_init)
w = big.weight.detach()
nonzero = w[w != 0]
zero_share = (w == 0).float().mean().item()
lo, hi = nonzero.abs().min().item(), nonzero.abs().max().item()
print(f"zero {zero_share:.3f}  min|w| {lo:.3f}  max|w| {hi:.3f}")
#> zero 0.500  min|w| 5.000  max|w| 10.000
print(f"w >= 5: {(w >= 5).float().mean():.3f}  w <= -5: {(w <= -5).float().mean():.3f}")
#> w >= 5: 0.250  w <= -5: 0.250
# --8<-- [end:check]
