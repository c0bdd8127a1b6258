import torch
from torch import nn


def mark(module):  # the NaN check of nan_check.py, for a layer whose tensors are all float
    with torch.no_grad():
        for t in [*module.parameters(), *module.buffers()]:
            t.fill_(float("nan"))


def missed(module):
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if t.isnan().any()]


with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
layer.to_empty(device="cpu")
mark(layer)
for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(missed(layer))
#> ['self_attn.in_proj_weight', 'self_attn.in_proj_bias']
for m in layer.modules():  # a second loop, after the first has finished
    if isinstance(m, nn.MultiheadAttention):  # only types whose _reset_parameters() you have read
        m._reset_parameters()
print(missed(layer), layer.self_attn.out_proj.bias.abs().max().item())
#> [] 0.0
