import torch
from torch import nn

torch.manual_seed(0)
with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
old = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)  # uninitialized memory is filled with NaN
try:
    layer.to_empty(device="cpu")
finally:
    torch.use_deterministic_algorithms(old)


def nan_entries(layer):
    return [k for k, t in [*layer.named_parameters(), *layer.named_buffers()] if t.is_floating_point() and t.isnan().any()]


for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in layer.modules():
    if isinstance(m, nn.MultiheadAttention):
        m._reset_parameters()
print(nan_entries(layer), torch.all(layer.self_attn.out_proj.bias == 0).item())
#> [] True

torch.manual_seed(0)
ordinary = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
print([k for k, t in ordinary.state_dict().items() if not torch.equal(t, layer.state_dict()[k])])
#> ['self_attn.in_proj_weight', 'linear1.weight', 'linear1.bias', 'linear2.weight', 'linear2.bias']
