import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(16 * 6 * 6, 10),
)


def print_shape(name):
    def hook(module, args, output):
        print(f"{name:>2} {type(module).__name__:<9} {tuple(output.shape)}")
        #>  0 Conv2d    (1, 8, 28, 28)
        #>  1 ReLU      (1, 8, 28, 28)
        #>  2 MaxPool2d (1, 8, 14, 14)
        #>  3 Conv2d    (1, 16, 12, 12)
        #>  4 ReLU      (1, 16, 12, 12)
        #>  5 MaxPool2d (1, 16, 6, 6)
        #>  6 Flatten   (1, 576)
        #>  7 Linear    (1, 10)

    return hook


handles = [
    module.register_forward_hook(print_shape(name))
    for name, module in net.named_modules()
    if not list(module.children())
]
with torch.no_grad():
    net(torch.zeros(1, 1, 28, 28))
for handle in handles:
    handle.remove()
