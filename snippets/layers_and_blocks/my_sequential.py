import torch
from torch import nn


class MySequential(nn.Module):
    def __init__(self, *modules):
        super().__init__()
        for i, module in enumerate(modules):
            self.add_module(str(i), module)

    def forward(self, X):
        for module in self._modules.values():
            X = module(X)
        return X


torch.manual_seed(0)
net = MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
print(list(net._modules))
#> ['0', '1', '2']
print([name for name, _ in net.named_children()])
#> ['0', '1', '2']
print(net)
#> MySequential(
#>   (0): Linear(in_features=20, out_features=256, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=256, out_features=10, bias=True)
#> )

ref = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
ref.load_state_dict(net.state_dict())
X = torch.rand(2, 20)
print(torch.equal(net(X), ref(X)))
#> True

shared = nn.Linear(4, 4)
twice = MySequential(shared, shared)
print(len(twice._modules), len(list(twice.children())))
#> 2 1
x = torch.rand(1, 4)
print(torch.equal(twice(x), shared(shared(x))))
#> True
