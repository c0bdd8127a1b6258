# --8<-- [start:define]
import math

import torch
from torch import nn
from torch.nn import functional as F


class ResettableLinear(nn.Module):
    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        if bias:
            self.bias = nn.Parameter(torch.empty(out_features))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        nn.init.normal_(self.weight, std=1 / math.sqrt(self.weight.shape[1]))
        if self.bias is not None:
            nn.init.zeros_(self.bias)

    def forward(self, X):
        return F.linear(X, self.weight, self.bias)
# --8<-- [end:define]
# --8<-- [start:reset]
torch.manual_seed(0)
net = nn.Sequential(ResettableLinear(4, 8), nn.ReLU(), nn.Linear(8, 2))
initial = {k: v.clone() for k, v in net.state_dict().items()}

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
net(torch.randn(16, 4)).pow(2).sum().backward()
optimizer.step()
print(torch.equal(net[0].weight, initial["0.weight"]))
#> False

torch.manual_seed(0)
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print([type(m).__name__ for m in net.modules() if hasattr(m, "reset_parameters")])
#> ['ResettableLinear', 'Linear']
print(all(torch.equal(v, initial[k]) for k, v in net.state_dict().items()))
#> True
# --8<-- [end:reset]
# --8<-- [start:no-bias]
no_bias = ResettableLinear(4, 8, bias=False)
print(no_bias.bias, [name for name, _ in no_bias.named_parameters()])
#> None ['weight']
print(no_bias(torch.randn(2, 4)).shape)
#> torch.Size([2, 8])
# --8<-- [end:no-bias]
