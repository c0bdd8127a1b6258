import torch
from torch import nn


class ScaledNormalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(()))
        self.register_buffer("mean", torch.as_tensor(mean).clone())
        self.register_buffer("std", torch.as_tensor(std).clone())

    def forward(self, X):
        return self.scale * (X - self.mean) / self.std

    def extra_repr(self):
        return f"features={self.mean.numel()}"


layer = ScaledNormalize([1.0, 2.0], [0.5, 4.0])
print(layer)
#> ScaledNormalize(features=2)
Y = layer(torch.tensor([[2.0, 6.0], [1.0, 2.0]]))
print(Y)
#> tensor([[2., 1.],
#>         [0., 0.]], grad_fn=<DivBackward0>)
Y.sum().backward()
print(layer.scale.grad)
#> tensor(3.)
print(list(layer.state_dict()), [name for name, _ in layer.named_parameters()])
#> ['scale', 'mean', 'std'] ['scale']
