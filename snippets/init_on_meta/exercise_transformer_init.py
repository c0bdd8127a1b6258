import torch
from torch import nn


def make():
    return nn.Transformer(8, 2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16, batch_first=True)


torch.manual_seed(0)
with torch.device("meta"):
    net = make()
net.to_empty(device="cpu")
with torch.no_grad():  # the NaN check's mark(): nn.Transformer has no buffers
    for p in net.parameters():
        p.fill_(float("nan"))
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in net.modules():
    if isinstance(m, nn.MultiheadAttention):
        m._reset_parameters()
print([k for k, p in net.named_parameters() if p.isnan().any()])
#> []

w = net.encoder.layers[0].linear2.weight
bound = 1 / w.shape[1] ** 0.5  # nn.Linear's default: uniform in (-bound, bound)
print(w.shape, round(bound, 2), (w.abs() > bound).sum().item())
#> torch.Size([8, 16]) 0.25 0
net._reset_parameters()  # nn.Transformer's own, last: it overwrites the layers' defaults
print((w.abs() > bound).sum().item())
#> 62

torch.manual_seed(0)  # again, so that both builds draw from the same numbers
ordinary = make()
print((ordinary.encoder.layers[0].linear2.weight.abs() > bound).sum().item())
#> 62
ref = ordinary.state_dict()
print([k for k, t in net.state_dict().items() if not torch.equal(t, ref[k])])
#> ['encoder.layers.0.linear1.bias', 'encoder.layers.0.linear2.bias', 'decoder.layers.0.linear1.bias', 'decoder.layers.0.linear2.bias']
