import torch
from torch import nn

torch.manual_seed(0)
with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
old = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)  # uninitialized memory is filled
try:
    layer.to_empty(device="cpu")
finally:
    torch.use_deterministic_algorithms(old)


def is_fill(t):  # does t still hold deterministic mode's fill value somewhere?
    if t.dtype == torch.bool:  # filled with True, a value real masks hold too: check these yourself
        return False
    if t.is_floating_point() or t.is_complex():
        return t.isnan().any().item()
    return (t == torch.iinfo(t.dtype).max).any().item()  # integers: the type's largest value


def missed(module):  # names of the parameters and buffers that still hold a fill value
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if is_fill(t)]


for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in layer.modules():
    if isinstance(m, nn.MultiheadAttention):
        m._reset_parameters()
print(missed(layer), torch.all(layer.self_attn.out_proj.bias == 0).item())
#> [] True

torch.manual_seed(0)
ordinary = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
print([k for k, t in ordinary.state_dict().items() if not torch.equal(t, layer.state_dict()[k])])
#> ['self_attn.in_proj_weight', 'linear1.weight', 'linear1.bias', 'linear2.weight', 'linear2.bias']
