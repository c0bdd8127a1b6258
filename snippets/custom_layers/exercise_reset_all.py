import torch
from torch import nn


class OldStyle(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.scale = nn.Parameter(torch.randn(size))

    def forward(self, X):
        return X * self.scale


def reset_all(net):
    missed = []
    for name, m in net.named_modules():
        if hasattr(m, "reset_parameters"):
            m.reset_parameters()
        elif list(m.parameters(recurse=False)):
            missed.append(name)
    return missed


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 4), OldStyle(4), nn.Sequential(nn.Linear(4, 2)))
before = {k: v.clone() for k, v in net.state_dict().items()}
print(reset_all(net))
#> ['1']
print([k for k, v in net.state_dict().items() if torch.equal(v, before[k])])
#> ['1.scale']
print(reset_all(nn.TransformerEncoderLayer(d_model=8, nhead=2)))
#> ['self_attn']
