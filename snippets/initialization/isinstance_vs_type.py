# --8<-- [start:subclass]
import torch
from torch import nn


class ScaledLinear(nn.Linear):
    def forward(self, X):
        return 2 * super().forward(X)


net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), ScaledLinear(8, 1))


def zero_if_type(m):
    if type(m) is nn.Linear:
        nn.init.zeros_(m.weight)


def zero_if_isinstance(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.weight)


net.apply(zero_if_type)
print([bool(torch.all(m.weight == 0)) for m in (net[0], net[2])])
#> [True, False]
net.apply(zero_if_isinstance)
print([bool(torch.all(m.weight == 0)) for m in (net[0], net[2])])
#> [True, True]
out_proj = nn.MultiheadAttention(8, 2).out_proj
print(type(out_proj).__name__, isinstance(out_proj, nn.Linear), type(out_proj) is nn.Linear)
#> NonDynamicallyQuantizableLinear True False
# --8<-- [end:subclass]
