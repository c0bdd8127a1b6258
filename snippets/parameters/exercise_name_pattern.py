import fnmatch

from torch import nn


def small_mlp():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU())


def two_mlps():
    net = nn.Sequential()
    for i in range(2):
        net.add_module(f"block{i}", small_mlp())
    return net


rgnet = nn.Sequential(two_mlps(), nn.Linear(4, 1))
biases = [name for name, _ in rgnet.named_parameters() if name.endswith(".bias")]
print(biases)
#> ['0.block0.0.bias', '0.block0.2.bias', '0.block1.0.bias', '0.block1.2.bias', '1.bias']
in_block1 = [name for name, _ in rgnet.named_parameters()
             if fnmatch.fnmatch(name, "0.block1.*.weight")]
print(in_block1)
#> ['0.block1.0.weight', '0.block1.2.weight']
block1_params = [p for name, p in rgnet.named_parameters()
                 if name.startswith("0.block1.")]
print(sum(p.numel() for p in block1_params))
#> 76
