import torch
from torch import nn


def init_weights(net):  # the model's own initialization, on top of the layers' defaults
    nn.init.zeros_(net[-1].bias)


def make():
    net = nn.Sequential(nn.Linear(5, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
    init_weights(net)
    return net


torch.manual_seed(0)  # any point before the loop: a build on meta draws no random numbers
with torch.device("meta"):
    net = make()
old = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)  # uninitialized memory is filled with NaN
try:
    net.to_empty(device="cpu")
finally:  # the setting applies to the whole process: restore it even if to_empty() raises
    torch.use_deterministic_algorithms(old)
print(net[0].weight.device, net[0].weight.isnan().all().item(), net[1].running_var.isnan().all().item())
#> cpu True True
print(net[1].num_batches_tracked.item() == torch.iinfo(torch.int64).max)  # integers: the type's largest value
#> True

for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
init_weights(net)  # after the loop, which gave the bias Linear's defaults
print([type(m).__name__ for m in net.modules() if hasattr(m, "reset_parameters")])
#> ['Linear', 'BatchNorm1d', 'Linear']


def missed(t):  # still holds the fill value: NaN, or an integer type's largest value
    return (t.isnan() if t.is_floating_point() else t == torch.iinfo(t.dtype).max).any().item()


print(any(missed(t) for t in [*net.parameters(), *net.buffers()]))  # buffers() has the non-persistent ones too
#> False

torch.manual_seed(0)
ref = make().state_dict()
print(all(torch.equal(t, ref[k]) for k, t in net.state_dict().items()))
#> True
