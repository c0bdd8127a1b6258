import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
print([name for name, _ in net.named_parameters()])
#> ['0.weight', '0.bias', '1.weight', '1.bias']
print(list(net.state_dict().keys()))
#> ['0.weight', '0.bias', '1.weight', '1.bias', '1.running_mean', '1.running_var', '1.num_batches_tracked']
print([name for name, _ in net.named_buffers()])
#> ['1.running_mean', '1.running_var', '1.num_batches_tracked']
print(net.state_dict()["1.running_mean"])
#> tensor([0., 0., 0.])
X = torch.rand(8, 4)
net(X)
print(net.state_dict()["1.running_mean"])
#> tensor([-0.0788, -0.0166, -0.0307])
batch_mean = net[0](X).mean(dim=0)
print(torch.allclose(net[1].running_mean, 0.9 * torch.zeros(3) + 0.1 * batch_mean))
#> True
print(net.state_dict()["1.num_batches_tracked"])
#> tensor(1)
