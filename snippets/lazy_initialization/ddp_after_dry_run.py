import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# A group of one process on the CPU is enough to see the check.
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
try:
    DDP(net)
except RuntimeError as e:
    print(e)
    #> Modules with uninitialized parameters can't be used with `DistributedDataParallel`. Run a dummy forward pass to correctly initialize the modules
net(torch.zeros(2, 5))  # dry run
ddp_net = DDP(net)
print(ddp_net.module[0])
#> Linear(in_features=5, out_features=8, bias=True)
dist.destroy_process_group()
