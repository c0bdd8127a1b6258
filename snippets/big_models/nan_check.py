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


def missed(module):  # names of the tensors that still hold a fill value: NaN, or an integer type's largest value
    tensors = [*module.named_parameters(), *module.named_buffers()]
    return [k for k, t in tensors if (t.isnan() if t.is_floating_point() else t == torch.iinfo(t.dtype).max).any()]


for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(missed(net))  # named_buffers() lists the non-persistent buffers too
#> ['2.gain', '2.scale']
