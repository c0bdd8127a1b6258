import torch
from torch import nn


class Scaled(nn.Module):  # a parameter and a buffer that no reset_parameters() sets
    def __init__(self, n):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(n))
        self.register_buffer("scale", torch.tensor(n**-0.5), persistent=False)

    def forward(self, X):
        return X * self.gain * self.scale


def mark(module):  # fill each float and integer tensor with a value no initialization writes
    with torch.no_grad():  # fill_ on a parameter that requires grad raises otherwise
        for t in [*module.parameters(), *module.buffers()]:
            if t.is_floating_point():
                t.fill_(float("nan"))
            elif t.dtype != torch.bool:  # a bool tensor has no such value: check it yourself
                t.fill_(torch.iinfo(t.dtype).max)


def is_marked(t):  # does t still hold the mark somewhere?
    if t.is_floating_point():
        return t.isnan().any().item()
    return t.dtype != torch.bool and (t == torch.iinfo(t.dtype).max).any().item()


def missed(module):  # names of the tensors that still hold the mark
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if is_marked(t)]


with torch.device("meta"):
    net = nn.Sequential(nn.Linear(5, 8), nn.BatchNorm1d(8), Scaled(8))
net.to_empty(device="cpu")
mark(net)
print(net[0].weight.isnan().all().item(), net[1].num_batches_tracked.item() == torch.iinfo(torch.int64).max)
#> True True
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(missed(net))  # named_buffers() lists the non-persistent buffers too
#> ['2.gain', '2.scale']
