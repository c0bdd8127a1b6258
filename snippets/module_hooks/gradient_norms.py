import torch
from torch import nn

torch.manual_seed(0)
layers = []
for _ in range(5):
    layers += [nn.Linear(32, 32), nn.Sigmoid()]
net = nn.Sequential(*layers, nn.Linear(32, 1))

grad_norms = {}


def record(name):
    def hook(module, grad_input, grad_output):
        grad_norms[name] = grad_output[0].norm().item()

    return hook


handles = [
    module.register_full_backward_hook(record(name))
    for name, module in net.named_modules()
    if isinstance(module, nn.Sigmoid)
]
X = torch.randn(64, 32)
net(X).pow(2).mean().backward()
for handle in handles:
    handle.remove()

for name, norm in grad_norms.items():
    print(f"{name}: {norm:.1e}")
    #> 9: 4.7e-03
    #> 7: 7.0e-04
    #> 5: 7.3e-05
    #> 3: 9.9e-06
    #> 1: 2.0e-06
