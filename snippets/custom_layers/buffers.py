# --8<-- [start:define]
import torch
from torch import nn


class MaskedShift(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.register_buffer("offset", torch.zeros(3))
        self.register_buffer("mask", torch.tensor([True, False, True]), persistent=False)
        self.plain = torch.ones(3)

    def forward(self, X):
        return (X - self.offset) * self.mask * self.weight + self.plain


layer = MaskedShift()
print(layer(torch.tensor([[1.0, 2.0, 3.0]])))
#> tensor([[2., 1., 4.]], grad_fn=<AddBackward0>)
print([name for name, _ in layer.named_parameters()])
#> ['weight']
print([name for name, _ in layer.named_buffers()])
#> ['offset', 'mask']
print(list(layer.state_dict()))
#> ['weight', 'offset']
# --8<-- [end:define]
# --8<-- [start:to]
layer.to(torch.float64)
print(layer.weight.dtype, layer.offset.dtype, layer.mask.dtype, layer.plain.dtype)
#> torch.float64 torch.float64 torch.bool torch.float32
layer.to("meta")
print(layer.weight.device, layer.offset.device, layer.mask.device, layer.plain.device)
#> meta meta meta cpu
# --8<-- [end:to]
