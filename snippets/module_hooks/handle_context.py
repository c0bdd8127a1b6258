import gc

import torch
from torch import nn

layer = nn.Linear(2, 2)
calls = []
layer.register_forward_hook(lambda m, args, out: calls.append("no handle"))
gc.collect()

with layer.register_forward_hook(lambda m, args, out: calls.append("with")):
    layer(torch.ones(1, 2))
layer(torch.ones(1, 2))
print(calls)
#> ['no handle', 'with', 'no handle']
