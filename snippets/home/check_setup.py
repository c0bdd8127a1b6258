import torch
from torch import nn

print(torch.__version__.split("+")[0])
#> 2.13.0
print(torch.accelerator.current_accelerator(check_available=True))
#> None

net = nn.Linear(3, 2)
X = torch.ones(4, 3)
print(net(X).shape)
#> torch.Size([4, 2])
print(torch.ones(2, 3) @ torch.ones(3, 2))
#> tensor([[3., 3.],
#>         [3., 3.]])
