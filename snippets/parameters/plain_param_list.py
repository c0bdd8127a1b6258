import torch
from torch import nn


class PlainParams(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = [nn.Parameter(torch.randn(4, 8))]


print(len(list(PlainParams().parameters())))
#> 0
