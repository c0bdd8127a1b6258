import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 4)
X = torch.randn(2, 4)
store = []

handle = layer.register_forward_hook(lambda m, args, out: store.append(out))
layer(X)
handle.remove()
print(store[-1].requires_grad, type(store[-1].grad_fn).__name__)
#> True AddmmBackward0

with layer.register_forward_hook(lambda m, args, out: store.append(out.detach())):
    layer(X)
print(store[-1].requires_grad, type(store[-1].grad_fn).__name__)
#> False NoneType

layer(X)
print(len(store))
#> 2
