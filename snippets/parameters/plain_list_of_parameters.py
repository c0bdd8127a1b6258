import torch
from torch import nn


class PlainList(nn.Module):
    def __init__(self):
        super().__init__()
        self.scales = [nn.Parameter(torch.ones(3)) for _ in range(2)]

    def forward(self, X):
        for scale in self.scales:
            X = X * scale
        return X


class WithParameterList(nn.Module):
    def __init__(self):
        super().__init__()
        self.scales = nn.ParameterList(nn.Parameter(torch.ones(3)) for _ in range(2))

    def forward(self, X):
        for scale in self.scales:
            X = X * scale
        return X


for net in (PlainList(), WithParameterList()):
    count = sum(p.numel() for p in net.parameters())
    keys = list(net.state_dict().keys())
    net.to(torch.float64)
    print(type(net).__name__, count, keys, net.scales[0].dtype)
    #> PlainList 0 [] torch.float32
    #> WithParameterList 6 ['scales.0', 'scales.1'] torch.float64

try:
    torch.optim.SGD(PlainList().parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
    #> ValueError: optimizer got an empty parameter list
