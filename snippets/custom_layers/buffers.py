# --8<-- [start:define]
import torch
from torch import nn


class MaskedShift(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.register_buffer("running_mean", torch.zeros(3))
        self.register_buffer("mask", torch.tensor([1.0, 0.0, 1.0]), persistent=False)
        self.plain = torch.ones(3)

    def forward(self, X):
        return (X - self.running_mean) * self.mask * self.weight + self.plain


layer = MaskedShift()
print(layer(torch.tensor([[1.0, 2.0, 3.0]])))
#> tensor([[2., 1., 4.]], grad_fn=<AddBackward0>)
print([name for name, _ in layer.named_parameters()])
#> ['weight']
print([name for name, _ in layer.named_buffers()])
#> ['running_mean', 'mask']
print(list(layer.state_dict()))
#> ['weight', 'running_mean']
# --8<-- [end:define]
# --8<-- [start:to]
layer.to(torch.float64)
print(layer.weight.dtype, layer.running_mean.dtype, layer.mask.dtype)
#> torch.float64 torch.float64 torch.float64
print(layer.plain.dtype)
#> torch.float32
# --8<-- [end:to]
