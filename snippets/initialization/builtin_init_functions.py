# --8<-- [start:functions]
import math

import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(256, 512)
fan_out, fan_in = w.shape

nn.init.normal_(w, mean=0.0, std=0.01)
print(f"normal_          std {w.std():.4f}  expected {0.01:.4f}")
#> normal_          std 0.0100  expected 0.0100
nn.init.zeros_(w)
print(f"zeros_           {w.abs().max().item()}")
#> zeros_           0.0
nn.init.constant_(w, 0.5)
print(f"constant_        {w.unique().tolist()}")
#> constant_        [0.5]
nn.init.xavier_uniform_(w)
expected = math.sqrt(2 / (fan_in + fan_out))
print(f"xavier_uniform_  std {w.std():.4f}  expected {expected:.4f}")
#> xavier_uniform_  std 0.0511  expected 0.0510
nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")
expected = math.sqrt(2 / fan_in)
print(f"kaiming_normal_  std {w.std():.4f}  expected {expected:.4f}")
#> kaiming_normal_  std 0.0626  expected 0.0625
nn.init.kaiming_uniform_(w, mode="fan_out", nonlinearity="relu")
expected = math.sqrt(2 / fan_out)
print(f"kaiming_uniform_ std {w.std():.4f}  expected {expected:.4f}")
#> kaiming_uniform_ std 0.0885  expected 0.0884
# --8<-- [end:functions]
# --8<-- [start:gain]
for name in ["linear", "tanh", "relu"]:
    print(f"{name:6} {nn.init.calculate_gain(name):.4f}")
    #> linear 1.0000
    #> tanh   1.6667
    #> relu   1.4142
# --8<-- [end:gain]
