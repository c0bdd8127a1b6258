# --8<-- [start:freeze]
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
net[0].requires_grad_(False)
print([(name, p.requires_grad) for name, p in net.named_parameters()])
#> [('0.weight', False), ('0.bias', False), ('2.weight', True), ('2.bias', True)]

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
before0, before2 = net[0].weight.clone(), net[2].weight.clone()
X, y = torch.rand(16, 4), torch.rand(16, 1)
loss = nn.functional.mse_loss(net(X), y)
loss.backward()
print(net[0].weight.grad is None, net[2].weight.grad is not None)
#> True True
optimizer.step()
print(torch.equal(net[0].weight, before0), torch.equal(net[2].weight, before2))
#> True False
# --8<-- [end:freeze]
# --8<-- [start:trainable]
trainable = [p for p in net.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(trainable, lr=0.1)
print(len(trainable), sum(p.numel() for p in trainable))
#> 2 9
# --8<-- [end:trainable]
