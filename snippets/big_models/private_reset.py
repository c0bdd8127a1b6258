import torch
from torch import nn

with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
layer.to_empty(device="cpu")
for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in layer.modules():  # a second loop, after the first has finished
    if hasattr(m, "_reset_parameters"):
        m._reset_parameters()
print(layer.self_attn.out_proj.bias.abs().max().item())
#> 0.0
