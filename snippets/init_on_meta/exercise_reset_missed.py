import torch
from torch import nn


def mark(module):  # as in private_reset.py
    with torch.no_grad():
        for t in [*module.parameters(), *module.buffers()]:
            t.fill_(float("nan"))


def missed(module):
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if t.isnan().any()]


torch.manual_seed(0)
with torch.device("meta"):
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
layer.to_empty(device="cpu")
mark(layer)
for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in layer.modules():
    if isinstance(m, nn.MultiheadAttention):
        m._reset_parameters()
print(missed(layer), torch.all(layer.self_attn.out_proj.bias == 0).item())
#> [] True

torch.manual_seed(0)
ordinary = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32).state_dict()
print([k for k, t in layer.state_dict().items() if not torch.equal(t, ordinary[k])])
#> ['self_attn.in_proj_weight', 'linear1.weight', 'linear1.bias', 'linear2.weight', 'linear2.bias']
