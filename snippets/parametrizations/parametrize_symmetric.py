import torch
from torch import nn
from torch.nn.utils import parametrize


class Symmetric(nn.Module):
    def forward(self, A):
        return A.triu() + A.triu(1).T


torch.manual_seed(0)
layer = nn.Linear(3, 3)
before = layer.weight.detach().clone()
parametrize.register_parametrization(layer, "weight", Symmetric())

W = layer.weight
print(torch.equal(W, W.T), type(W).__name__, W.grad_fn is not None)
#> True Tensor True
print(type(layer).__name__, isinstance(layer, nn.Linear), type(layer) is nn.Linear)
#> ParametrizedLinear True False
print([name for name, _ in layer.named_parameters()])
#> ['bias', 'parametrizations.weight.original']
print(list(layer.state_dict().keys()))
#> ['bias', 'parametrizations.weight.original']
original = layer.parametrizations.weight.original
print(torch.equal(original, before), torch.equal(layer.weight, before))
#> True False
print(layer.weight is layer.weight)
#> False

layer(torch.rand(2, 3)).sum().backward()
print(original.grad.shape)
#> torch.Size([3, 3])
print(torch.equal(original.grad.tril(-1), torch.zeros(3, 3)))
#> True
