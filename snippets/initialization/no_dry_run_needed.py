import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 2)
print(layer.weight)
#> Parameter containing:
#> tensor([[-0.0037,  0.2682, -0.4115, -0.3680],
#>         [-0.1926,  0.1341, -0.0099,  0.3964]], requires_grad=True)
lazy = nn.LazyLinear(2)
print(type(lazy.weight).__name__)
#> UninitializedParameter
