import torch
from torch import nn


class Shifted(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 3)
        self.plain = torch.ones(3)
        self.register_buffer("shift", torch.ones(3))

    def forward(self, X):
        return self.linear(X) + self.shift + self.plain


net = Shifted().to("meta")
print(net.linear.weight.device, net.shift.device, net.plain.device)
#> meta meta cpu
X = torch.ones(2, 3, device="meta")
try:
    net(X)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Tensor on device cpu is not on the expected device meta!
