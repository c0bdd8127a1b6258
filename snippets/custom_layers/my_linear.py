# --8<-- [start:define]
import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units) / in_units**0.5)
        self.bias = nn.Parameter(torch.zeros(units))

    def forward(self, X):
        return X @ self.weight + self.bias


torch.manual_seed(0)
layer = MyLinear(5, 3)
print([(name, p.shape) for name, p in layer.named_parameters()])
#> [('weight', torch.Size([5, 3])), ('bias', torch.Size([3]))]
print(list(layer.state_dict()))
#> ['weight', 'bias']
Y = layer(torch.randn(2, 5))
print(Y)
#> tensor([[ 0.7470, -0.1064,  0.7650],
#>         [ 0.5818, -0.5151, -1.6030]], grad_fn=<AddBackward0>)
# --8<-- [end:define]
# --8<-- [start:backward]
Y.sum().backward()
print(layer.weight.grad.shape, layer.bias.grad.shape)
#> torch.Size([5, 3]) torch.Size([3])
# --8<-- [end:backward]
# --8<-- [start:sequential]
net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
print(net(torch.randn(2, 64)).shape)
#> torch.Size([2, 1])
print([name for name, _ in net.named_parameters()])
#> ['0.weight', '0.bias', '1.weight', '1.bias']
# --8<-- [end:sequential]
