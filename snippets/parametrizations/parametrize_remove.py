import torch
from torch import nn
from torch.nn.utils import parametrize


class Symmetric(nn.Module):
    def forward(self, A):
        return A.triu() + A.triu(1).T


torch.manual_seed(0)
kept = nn.Linear(3, 3)
parametrize.register_parametrization(kept, "weight", Symmetric())
undone = nn.Linear(3, 3)
parametrize.register_parametrization(undone, "weight", Symmetric())

parametrize.remove_parametrizations(kept, "weight", leave_parametrized=True)
parametrize.remove_parametrizations(undone, "weight", leave_parametrized=False)
for layer in (kept, undone):
    W = layer.weight
    print(type(layer).__name__, type(W).__name__, list(layer.state_dict().keys()), torch.equal(W, W.T))
    #> Linear Parameter ['bias', 'weight'] True
    #> Linear Parameter ['bias', 'weight'] False
