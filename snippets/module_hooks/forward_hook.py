import torch
from torch import nn


def zero_negatives(module, args, output):
    print(type(module).__name__, tuple(args[0].shape), "->", tuple(output.shape))
    #> Linear (4, 3) -> (4, 2)
    return output.clamp(min=0)


torch.manual_seed(0)
layer = nn.Linear(3, 2)
X = torch.randn(4, 3)

handle = layer.register_forward_hook(zero_negatives)
print(layer(X))
#> tensor([[0.0000, 1.2920],
#>         [0.0000, 0.1992],
#>         [0.4546, 0.5382],
#>         [0.0000, 0.2473]], grad_fn=<ClampBackward1>)

handle.remove()
print(layer(X))
#> tensor([[-0.6316,  1.2920],
#>         [-0.0462,  0.1992],
#>         [ 0.4546,  0.5382],
#>         [-0.4063,  0.2473]], grad_fn=<AddmmBackward0>)
