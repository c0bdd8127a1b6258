import torch
from torch import nn


# mark(), is_marked() and missed() as in nan_check.py
def mark(module):  # fill each float and integer tensor with a value no initialization writes
    for t in [*module.parameters(), *module.buffers()]:
        if t.is_floating_point():
            t.detach().fill_(float("nan"))
        elif t.dtype != torch.bool:  # a bool tensor has no such value: check it yourself
            t.detach().fill_(torch.iinfo(t.dtype).max)


def is_marked(t):  # does t still hold the mark somewhere?
    if t.is_floating_point():
        return t.isnan().any().item()
    return t.dtype != torch.bool and (t == torch.iinfo(t.dtype).max).any().item()


def missed(module):  # names of the tensors that still hold the mark
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if is_marked(t)]


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
ordinary = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
print([k for k, t in ordinary.state_dict().items() if not torch.equal(t, layer.state_dict()[k])])
#> ['self_attn.in_proj_weight', 'linear1.weight', 'linear1.bias', 'linear2.weight', 'linear2.bias']
