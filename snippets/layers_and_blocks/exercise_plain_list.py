import torch
from torch import nn


class ListMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)]

    def forward(self, X):
        for layer in self.layers:
            X = layer(X)
        return X


net = ListMLP()
try:
    torch.optim.SGD(net.parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
    #> ValueError: optimizer got an empty parameter list
print(net.state_dict())
#> OrderedDict()
net.eval()
print(net.training, net.layers[0].training)
#> False True
net.to(torch.float64)
print(net.layers[0].weight.dtype)
#> torch.float32
try:
    net(torch.rand(2, 4, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float

net = ListMLP()
net.layers = nn.ModuleList(net.layers)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
print(len(optimizer.param_groups[0]["params"]), list(net.state_dict()))
#> 4 ['layers.0.weight', 'layers.0.bias', 'layers.2.weight', 'layers.2.bias']
net.eval()
print(net.training, net.layers[0].training)
#> False False
net.to(torch.float64)
print(net(torch.rand(2, 4, dtype=torch.float64)).dtype)
#> torch.float64
