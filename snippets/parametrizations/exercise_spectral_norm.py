import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm


def singular_values(W):
    return [round(s, 3) for s in torch.linalg.svdvals(W.detach()).tolist()]


torch.manual_seed(0)
layer = nn.Linear(2, 2)
print("before:", singular_values(layer.weight))
#> before: [0.825, 0.271]
spectral_norm(layer)
print("after:", singular_values(layer.weight))
#> after: [1.0, 0.329]
print(list(layer.state_dict().keys()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0._u', 'parametrizations.weight.0._v']

X = torch.randn(256, 2)
print(f"mean of x1^2: {X[:, 0].pow(2).mean():.3f}")
#> mean of x1^2: 0.837
Y = X * torch.tensor([3.0, 0.5])
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
for step in range(201):
    optimizer.zero_grad()
    loss = F.mse_loss(layer(X), Y)
    loss.backward()
    optimizer.step()
    if step % 100 == 0:
        print(f"step {step}: loss={loss.item():.3f}", singular_values(layer.weight))
        #> step 0: loss=4.846 [1.0, 0.096]
        #> step 100: loss=1.667 [1.0, 0.502]
        #> step 200: loss=1.667 [1.0, 0.502]
print(layer.weight.detach().round(decimals=2))
#> tensor([[ 1.0000,  0.0700],
#>         [-0.0300,  0.5000]])
