import torch
from torch import nn


def empty_layer():
    with torch.device("meta"):
        layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
    torch.use_deterministic_algorithms(True)  # uninitialized memory is filled with NaN
    layer.to_empty(device="cpu")
    torch.use_deterministic_algorithms(False)
    return layer


# the private call inside the loop
layer = empty_layer()
for m in layer.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
    elif hasattr(m, "_reset_parameters"):
        m._reset_parameters()
print(torch.all(layer.self_attn.out_proj.bias == 0).item())
#> False

# the private call after the loop, compared with an ordinary build
torch.manual_seed(0)
fixed = empty_layer()
for m in fixed.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in fixed.modules():
    if hasattr(m, "_reset_parameters"):
        m._reset_parameters()

torch.manual_seed(0)
ordinary = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32)
print([k for k, t in ordinary.state_dict().items() if not torch.equal(t, fixed.state_dict()[k])])
#> ['self_attn.in_proj_weight', 'linear1.weight', 'linear1.bias', 'linear2.weight', 'linear2.bias']
