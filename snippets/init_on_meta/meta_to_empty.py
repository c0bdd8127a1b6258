import torch
from torch import nn


def init_weights(net):  # the model's own initialization, on top of the layers' defaults
    nn.init.zeros_(net[-1].bias)


def make():
    net = nn.Sequential(nn.Linear(5, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
    init_weights(net)
    return net


torch.manual_seed(0)  # any point before the loop
with torch.device("meta"):
    net = make()
net.to_empty(device="cpu")
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
init_weights(net)  # after the loop, which gave the bias Linear's defaults
print([type(m).__name__ for m in net.modules() if hasattr(m, "reset_parameters")])
#> ['Linear', 'BatchNorm1d', 'Linear']

torch.manual_seed(0)
ref = make().state_dict()
print(all(torch.equal(t, ref[k]) for k, t in net.state_dict().items()))
#> True
