import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(6, 3)

torch.manual_seed(0)
w = torch.empty(3, 6)
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
b = torch.empty(3)
nn.init.uniform_(b, -1 / math.sqrt(6), 1 / math.sqrt(6))
print(torch.equal(layer.weight, w), torch.equal(layer.bias, b))
#> True True
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
print(f"{gain:.6f} {gain * math.sqrt(3 / 6):.6f} {1 / math.sqrt(6):.6f}")
#> 0.577350 0.408248 0.408248
