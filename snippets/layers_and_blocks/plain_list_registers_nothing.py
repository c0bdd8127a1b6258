import torch
from torch import nn


class ListMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10)]

    def forward(self, X):
        for layer in self.layers:
            X = layer(X)
        return X


class ModuleListMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(
            [nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10)]
        )

    def forward(self, X):
        for layer in self.layers:
            X = layer(X)
        return X


X = torch.rand(2, 20)
for net in (ListMLP(), ModuleListMLP()):
    print(net(X).shape, sum(p.numel() for p in net.parameters()))
    #> torch.Size([2, 10]) 0
    #> torch.Size([2, 10]) 7946
print(list(ModuleListMLP().state_dict()))
#> ['layers.0.weight', 'layers.0.bias', 'layers.2.weight', 'layers.2.bias']
print(ListMLP())
#> ListMLP()
print(ModuleListMLP())
#> ModuleListMLP(
#>   (layers): ModuleList(
#>     (0): Linear(in_features=20, out_features=256, bias=True)
#>     (1): ReLU()
#>     (2): Linear(in_features=256, out_features=10, bias=True)
#>   )
#> )
