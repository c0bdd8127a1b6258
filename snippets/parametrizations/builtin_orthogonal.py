import torch
from torch import nn
from torch.nn.utils.parametrizations import orthogonal

torch.manual_seed(0)
layer = orthogonal(nn.Linear(4, 4))
print(list(layer.state_dict().keys()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0.base']
print([name for name, _ in layer.named_parameters()])
#> ['bias', 'parametrizations.weight.original']


def is_orthogonal(W):
    return torch.allclose(W @ W.T, torch.eye(4), atol=1e-5)


print(is_orthogonal(layer.weight))
#> True
before = layer.weight.detach().clone()

optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
X, Y = torch.rand(16, 4), torch.rand(16, 4)
for _ in range(5):
    optimizer.zero_grad()
    nn.functional.mse_loss(layer(X), Y).backward()
    optimizer.step()
print(is_orthogonal(layer.weight))
#> True
print(torch.allclose(layer.weight, before))
#> False
