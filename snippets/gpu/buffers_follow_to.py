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


accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
net = Shifted().to(device=device, dtype=torch.float16)
print(net.linear.weight.device, net.linear.weight.dtype)
#> cpu torch.float16
print(net.shift.device, net.shift.dtype)
#> cpu torch.float16
print(net.plain.device, net.plain.dtype)
#> cpu torch.float32
X = torch.ones(2, 3, device=device, dtype=torch.float16)
try:
    print(net(X).dtype)
    #> torch.float32
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
