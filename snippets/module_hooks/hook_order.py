import torch
from torch import nn

log = []


def tag(text):
    def hook(module, *args):
        log.append(text)

    return hook


net = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
net.register_forward_pre_hook(tag("net pre"))
net.register_forward_hook(tag("net"))
net[0].register_forward_pre_hook(tag("0 pre"))
net[0].register_forward_hook(tag("0 A"))
net[0].register_forward_hook(tag("0 B"))
net[0].register_forward_hook(tag("0 prepended"), prepend=True)
net[1].register_forward_hook(tag("1"))

net(torch.ones(1, 2))
for line in log:
    print(line)
    #> net pre
    #> 0 pre
    #> 0 prepended
    #> 0 A
    #> 0 B
    #> 1
    #> net
