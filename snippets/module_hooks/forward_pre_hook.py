import torch
from torch import nn

layer = nn.Linear(12, 2)
X = torch.ones(5, 3, 4)
try:
    layer(X)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (15x4 and 12x2)


def flatten_input(module, args):
    print(type(args).__name__, len(args), tuple(args[0].shape))
    #> tuple 1 (5, 3, 4)
    return args[0].flatten(1)


handle = layer.register_forward_pre_hook(flatten_input)
print(layer(X).shape)
#> torch.Size([5, 2])
print(type(handle).__name__)
#> RemovableHandle

handle.remove()
try:
    layer(X)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (15x4 and 12x2)
