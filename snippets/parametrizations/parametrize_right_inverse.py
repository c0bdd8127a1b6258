import torch
from torch import nn
from torch.nn.utils import parametrize


class Symmetric(nn.Module):
    def forward(self, A):
        return A.triu() + A.triu(1).T


class SymmetricPart(Symmetric):
    def right_inverse(self, W):
        return (W + W.T) / 2


torch.manual_seed(0)
plain = nn.Linear(3, 3)
parametrize.register_parametrization(plain, "weight", Symmetric())
try:
    plain.weight = torch.eye(3)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: parametrization Symmetric does not implement right_inverse.

layer = nn.Linear(3, 3)
W0 = layer.weight.detach().clone()
parametrize.register_parametrization(layer, "weight", SymmetricPart())
print(torch.allclose(layer.weight, (W0 + W0.T) / 2))
#> True

S = torch.tensor([[2.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 2.0]])
layer.weight = S
print(torch.equal(layer.weight, S), torch.equal(layer.parametrizations.weight.original, S))
#> True True
