# --8<-- [start:define]
import torch
from torch import nn


class MaskedShift(nn.Module):
    def __init__(self, offset):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.register_buffer("offset", offset.clone())
        self.register_buffer("mask", torch.tensor([True, False, True]), persistent=False)

    def forward(self, X):
        return (X - self.offset) * self.mask * self.weight


train_mean = torch.tensor([0.5, 1.0, 1.5])  # say, the mean of the training data
layer = MaskedShift(train_mean)
print(layer(torch.tensor([[1.0, 2.0, 3.0]])))
#> tensor([[0.5000, 0.0000, 1.5000]], grad_fn=<MulBackward0>)
print([name for name, _ in layer.named_parameters()])
#> ['weight']
print([name for name, _ in layer.named_buffers()])
#> ['offset', 'mask']
print(list(layer.state_dict()))
#> ['weight', 'offset']

restored = MaskedShift(torch.zeros(3))  # placeholder offset, same shape
restored.load_state_dict(layer.state_dict())
print(restored.offset)
#> tensor([0.5000, 1.0000, 1.5000])
# --8<-- [end:define]
# --8<-- [start:to]
layer.to(torch.float64)
print(layer.weight.dtype, layer.offset.dtype, layer.mask.dtype)
#> torch.float64 torch.float64 torch.bool
layer.to("meta")
print(layer.weight.device, layer.offset.device, layer.mask.device)
#> meta meta meta
# --8<-- [end:to]
