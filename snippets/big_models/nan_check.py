import torch
from torch import nn


class Scaled(nn.Module):  # a parameter and a buffer that no reset_parameters() sets
    def __init__(self, n):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(n))
        self.register_buffer("scale", torch.tensor(n**-0.5), persistent=False)

    def forward(self, X):
        return X * self.gain * self.scale


with torch.device("meta"):
    net = nn.Sequential(nn.Linear(5, 8), nn.BatchNorm1d(8), Scaled(8))
old = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)  # uninitialized memory is filled
try:
    net.to_empty(device="cpu")
finally:  # the setting applies to the whole process: restore it even if to_empty() raises
    torch.use_deterministic_algorithms(old)
print(net[0].weight.isnan().all().item(), net[1].num_batches_tracked.item() == torch.iinfo(torch.int64).max)
#> True True


def is_fill(t):  # does t still hold deterministic mode's fill value somewhere?
    if t.dtype == torch.bool:  # filled with True, a value real masks hold too: check these yourself
        return False
    if t.is_floating_point() or t.is_complex():
        return t.isnan().any().item()
    return (t == torch.iinfo(t.dtype).max).any().item()  # integers: the type's largest value


def missed(module):  # names of the parameters and buffers that still hold a fill value
    return [k for k, t in [*module.named_parameters(), *module.named_buffers()] if is_fill(t)]


for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(missed(net))  # named_buffers() lists the non-persistent buffers too
#> ['2.gain', '2.scale']
