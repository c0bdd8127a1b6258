import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import parametrize


class Positive(nn.Module):
    def forward(self, A):
        return F.softplus(A)


torch.manual_seed(0)
layer = nn.Linear(3, 1)
parametrize.register_parametrization(layer, "weight", Positive())
print(list(layer.state_dict().keys()))
#> ['bias', 'parametrizations.weight.original']

X = torch.rand(64, 3)
Y = X @ torch.tensor([[2.0], [-1.0], [0.0]])
optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
for step in range(301):
    optimizer.zero_grad()
    loss = F.mse_loss(layer(X), Y)
    loss.backward()
    optimizer.step()
    if step % 100 == 0:
        positive = bool((layer.weight > 0).all())
        print(f"step {step}: loss={loss.item():.3f} all_positive={positive}")
        #> step 0: loss=0.368 all_positive=True
        #> step 100: loss=0.109 all_positive=True
        #> step 200: loss=0.097 all_positive=True
        #> step 300: loss=0.092 all_positive=True
print(layer.weight.detach().round(decimals=2))
#> tensor([[1.7300, 0.0400, 0.1500]])
