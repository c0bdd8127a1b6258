import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(4, 2))
images = torch.randint(0, 256, (3, 2, 2), dtype=torch.uint8)
try:
    net(images)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Byte and Float


def to_unit_float(module, args):
    x = args[0]
    if x.dtype == torch.uint8:
        x = x.float() / 255
    return (x, *args[1:])


handle = net.register_forward_pre_hook(to_unit_float)
Y = net(images)
print(Y.dtype, tuple(Y.shape))
#> torch.float32 (3, 2)
print(torch.allclose(Y, net(images.float() / 255)))
#> True
handle.remove()
