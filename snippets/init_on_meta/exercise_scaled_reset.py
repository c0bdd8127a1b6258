import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.gain = nn.Parameter(torch.empty(n))
        self.register_buffer("scale", torch.empty(()), persistent=False)
        self.reset_parameters()

    def reset_parameters(self):  # every parameter and buffer this layer owns
        nn.init.ones_(self.gain)
        self.scale.fill_(self.gain.numel() ** -0.5)  # a buffer: no gradient, so no no_grad() needed

    def forward(self, X):
        return X * self.gain * self.scale


with torch.device("meta"):
    net = nn.Sequential(nn.Linear(5, 8), nn.BatchNorm1d(8), Scaled(8))
net.to_empty(device="cpu")
with torch.no_grad():  # mark the float tensors, as in nan_check.py
    for t in [*net.parameters(), *net.buffers()]:
        if t.is_floating_point():
            t.fill_(float("nan"))
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print([k for k, t in [*net.named_parameters(), *net.named_buffers()] if t.is_floating_point() and t.isnan().any()])
#> []
print(net[2].gain.tolist() == [1.0] * 8, round(net[2].scale.item(), 4))
#> True 0.3536
