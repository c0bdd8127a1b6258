from itertools import pairwise

import torch
from torch import nn


class TaskMLP(nn.Module):
    def __init__(self, dims, tasks):
        super().__init__()
        self.weights = nn.ParameterList()
        for d_in, d_out in pairwise(dims):
            self.weights.append(torch.randn(d_in, d_out) / d_in**0.5)
        self.offsets = nn.ParameterDict({task: torch.zeros(dims[-1]) for task in tasks})

    def forward(self, X, task):
        for W in self.weights:
            X = torch.relu(X @ W)
        return X + self.offsets[task]


torch.manual_seed(0)
net = TaskMLP([4, 8, 2], ["cls", "reg"])
print(net)
#> TaskMLP(
#>   (weights): ParameterList(
#>       (0): Parameter containing: [torch.float32 of size 4x8]
#>       (1): Parameter containing: [torch.float32 of size 8x2]
#>   )
#>   (offsets): ParameterDict(
#>       (cls): Parameter containing: [torch.FloatTensor of size 2]
#>       (reg): Parameter containing: [torch.FloatTensor of size 2]
#>   )
#> )
print([name for name, _ in net.named_parameters()])
#> ['weights.0', 'weights.1', 'offsets.cls', 'offsets.reg']
print(type(net.weights[0]).__name__, net.weights[0].requires_grad)
#> Parameter True
print(net(torch.ones(3, 4), "reg").shape)
#> torch.Size([3, 2])
