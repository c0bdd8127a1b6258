import torch
from torch import nn
from torch.nn import functional as F


class BufferConstant(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("rand_weight", torch.rand(20, 20))
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        return F.relu(self.linear(X) @ self.rand_weight + 1)


torch.manual_seed(0)
net = BufferConstant()
print(list(net.state_dict()))
#> ['rand_weight', 'linear.weight', 'linear.bias']
print([name for name, _ in net.named_parameters()], net.rand_weight.requires_grad)
#> ['linear.weight', 'linear.bias'] False

torch.manual_seed(1)
clone = BufferConstant()
clone.load_state_dict(net.state_dict())
X = torch.rand(2, 20)
print(torch.equal(net(X), clone(X)))
#> True

net.to(torch.float64)
print(net.linear.weight.dtype, net.rand_weight.dtype)
#> torch.float64 torch.float64
print(net(X.double()).dtype)
#> torch.float64
