import torch
from torch import nn


def freeze_batchnorm_stats(net):
    for module in net.modules():
        if isinstance(module, nn.modules.batchnorm._BatchNorm):
            module.eval()


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
net.requires_grad_(False)
print(net[1].running_mean)
#> tensor([0., 0., 0.])
X = torch.rand(8, 4)
net(X)
print(net[1].running_mean)
#> tensor([-0.0788, -0.0166, -0.0307])

net.train()
freeze_batchnorm_stats(net)
print(net.training, net[1].training)
#> True False
net(X)
print(net[1].running_mean)
#> tensor([-0.0788, -0.0166, -0.0307])
