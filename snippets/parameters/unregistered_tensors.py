# --8<-- [start:names]
import torch
from torch import nn


class Unregistered(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = torch.ones(3)
        self.layers = [nn.Linear(3, 3), nn.Linear(3, 3)]
        self.out = nn.Linear(3, 1)

    def forward(self, X):
        for layer in self.layers:
            X = layer(X) * self.scale
        return self.out(X)


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("scale", torch.ones(3))
        self.layers = nn.ModuleList([nn.Linear(3, 3), nn.Linear(3, 3)])
        self.out = nn.Linear(3, 1)

    def forward(self, X):
        for layer in self.layers:
            X = layer(X) * self.scale
        return self.out(X)


print([name for name, _ in Unregistered().named_parameters()])
#> ['out.weight', 'out.bias']
print(list(Unregistered().state_dict().keys()))
#> ['out.weight', 'out.bias']
print([name for name, _ in Registered().named_parameters()])
#> ['layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias', 'out.weight', 'out.bias']
print(list(Registered().state_dict().keys()))
#> ['scale', 'layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias', 'out.weight', 'out.bias']
# --8<-- [end:names]
# --8<-- [start:dtype]
def dtypes(net):
    return net.scale.dtype, net.layers[0].weight.dtype, net.out.weight.dtype


print(*dtypes(Unregistered().to(torch.float64)))
#> torch.float32 torch.float32 torch.float64
print(*dtypes(Registered().to(torch.float64)))
#> torch.float64 torch.float64 torch.float64
# --8<-- [end:dtype]
