from itertools import pairwise

import torch
from torch import nn


def shrink_per_layer(act, init=None):
    torch.manual_seed(0)
    layers = []
    for _ in range(5):
        layers += [nn.Linear(32, 32), act()]
    net = nn.Sequential(*layers, nn.Linear(32, 1))
    if init is not None:
        for module in net:
            if isinstance(module, nn.Linear):
                init(module.weight)
                nn.init.zeros_(module.bias)

    norms = []

    def record(module, grad_input, grad_output):
        norms.append(grad_output[0].norm().item())

    handles = [m.register_full_backward_hook(record) for m in net if isinstance(m, act)]
    net(torch.randn(64, 32)).pow(2).mean().backward()
    for handle in handles:
        handle.remove()
    # norms runs from the output back to the input.
    return [
        round(nearer_output / nearer_input, 1)
        for nearer_output, nearer_input in pairwise(norms)
    ]


def kaiming(weight):
    nn.init.kaiming_normal_(weight, nonlinearity="relu")


print("sigmoid:         ", shrink_per_layer(nn.Sigmoid))
#> sigmoid:          [6.7, 9.6, 7.4, 5.1]
print("relu:            ", shrink_per_layer(nn.ReLU))
#> relu:             [2.0, 2.8, 2.9, 2.4]
print("relu and kaiming:", shrink_per_layer(nn.ReLU, kaiming))
#> relu and kaiming: [1.1, 1.2, 1.1, 0.9]
