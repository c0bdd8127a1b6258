import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Linear(16, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 10),
)
with torch.no_grad():
    net[2].bias[:16] = -100.0

activations = {}


def save_to(name):
    def hook(module, args, output):
        activations[name] = output.detach()

    return hook


handles = [
    module.register_forward_hook(save_to(name))
    for name, module in net.named_modules()
    if isinstance(module, nn.ReLU)
]
X = torch.randn(256, 16)
net(X)
for handle in handles:
    handle.remove()

print(list(activations))
#> ['1', '3']
for name, a in activations.items():
    zeros = (a == 0).float().mean().item()
    dead = (a == 0).all(dim=0).sum().item()
    print(f"{name}: zeros {zeros:.0%}, dead {dead}/{a.shape[1]}")
    #> 1: zeros 50%, dead 0/64
    #> 3: zeros 67%, dead 16/64
dead_in_3 = (activations["3"] == 0).all(dim=0)
print(dead_in_3.nonzero().flatten().tolist() == list(range(16)))
#> True
