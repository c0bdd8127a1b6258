import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(1000, 500)
bound = 1 / math.sqrt(layer.in_features)
max_w, max_b = layer.weight.abs().max().item(), layer.bias.abs().max().item()
print(f"bound    {bound:.6f}")
#> bound    0.031623
print(f"max |w|  {max_w:.6f}  {max_w < bound}")
#> max |w|  0.031623  True
print(f"max |b|  {max_b:.6f}  {max_b < bound}")
#> max |b|  0.031599  True
std_w = layer.weight.std().item()
print(f"std(w)   {std_w:.6f}  bound/sqrt(3) = {bound / math.sqrt(3):.6f}")
#> std(w)   0.018262  bound/sqrt(3) = 0.018257
mean_b = layer.bias.abs().mean().item()
print(f"mean |b| {mean_b:.6f}  bound/2 = {bound / 2:.6f}")
#> mean |b| 0.015380  bound/2 = 0.015811
print((layer.bias == 0).sum().item())
#> 0
