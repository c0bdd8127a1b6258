import torch
from torch import nn

with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
old = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)  # for the NaN check
try:
    layer.to_empty(device="cpu")
finally:
    torch.use_deterministic_algorithms(old)


def nan_entries(module):  # the NaN check: tensors that still hold NaN
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if t.is_floating_point() and t.isnan().any()]


for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(nan_entries(layer))
#> ['self_attn.in_proj_weight', 'self_attn.in_proj_bias']
for m in layer.modules():  # a second loop, after the first has finished
    if isinstance(m, nn.MultiheadAttention):  # only types whose _reset_parameters() you have read
        m._reset_parameters()
print(nan_entries(layer), layer.self_attn.out_proj.bias.abs().max().item())
#> [] 0.0
