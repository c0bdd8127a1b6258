import torch
from torch import nn


class ScaledHeads(nn.Module):
    def __init__(self, dims, tasks):
        super().__init__()
        self.gains = nn.ParameterList()
        for d in dims:
            self.gains.append(torch.ones(d))
        self.offsets = nn.ParameterDict({task: torch.zeros(dims[-1]) for task in tasks})

    def forward(self, X, task):
        for gain in self.gains:
            X = X * gain
        return X + self.offsets[task]


net = ScaledHeads([4, 4], ["cls", "reg"])
print(net)
#> ScaledHeads(
#>   (gains): ParameterList(
#>       (0): Parameter containing: [torch.float32 of size 4]
#>       (1): Parameter containing: [torch.float32 of size 4]
#>   )
#>   (offsets): ParameterDict(
#>       (cls): Parameter containing: [torch.FloatTensor of size 4]
#>       (reg): Parameter containing: [torch.FloatTensor of size 4]
#>   )
#> )
print([name for name, _ in net.named_parameters()])
#> ['gains.0', 'gains.1', 'offsets.cls', 'offsets.reg']
print(type(net.gains[0]).__name__, net.gains[0].requires_grad)
#> Parameter True
print(net(torch.ones(2, 4), "reg").shape)
#> torch.Size([2, 4])
