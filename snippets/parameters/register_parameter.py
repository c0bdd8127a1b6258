import torch
from torch import nn

lin = nn.Linear(3, 2, bias=False)
print(lin.bias, "bias" in lin._parameters, list(lin.state_dict().keys()))
#> None True ['weight']


class Scale(nn.Module):
    def __init__(self, size, offset=True):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(size))
        if offset:
            self.offset = nn.Parameter(torch.zeros(size))
        else:
            self.register_parameter("offset", None)

    def forward(self, X):
        X = X * self.gain
        if self.offset is not None:
            X = X + self.offset
        return X


m = Scale(2, offset=False)
print([name for name, _ in m.named_parameters()], list(m.state_dict().keys()))
#> ['gain'] ['gain']
try:
    m.offset = torch.zeros(2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
    #> TypeError: cannot assign 'torch.FloatTensor' as parameter 'offset' (torch.nn.Parameter or None expected)
m.offset = nn.Parameter(torch.zeros(2))
print([name for name, _ in m.named_parameters()])
#> ['gain', 'offset']
try:
    m.register_parameter("extra", torch.zeros(2))
except TypeError as e:
    print(type(e).__name__ + ":", e)
    #> TypeError: cannot assign 'torch.FloatTensor' object to parameter 'extra' (torch.nn.Parameter or None required)
