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
