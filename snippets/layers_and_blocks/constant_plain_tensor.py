import torch
from torch import nn
from torch.nn import functional as F


class PlainConstant(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand(20, 20)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        return F.relu(self.linear(X) @ self.rand_weight + 1)


torch.manual_seed(0)
net = PlainConstant()
print(list(net.state_dict()))
#> ['linear.weight', 'linear.bias']

torch.manual_seed(1)
clone = PlainConstant()
clone.load_state_dict(net.state_dict())
X = torch.rand(2, 20)
print(torch.equal(net(X), clone(X)))
#> False

net.to(torch.float64)
print(net.linear.weight.dtype, net.rand_weight.dtype)
#> torch.float64 torch.float32
try:
    net(X.double())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: expected m1 and m2 to have the same dtype, but got: double != float
