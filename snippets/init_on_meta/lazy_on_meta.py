import torch
from torch import nn

layer = nn.LazyLinear(4, device="meta")
print(type(layer.weight).__name__, layer.weight.device)
#> UninitializedParameter meta
try:
    layer.to_empty(device="cpu")
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" in <")[0])  # the message goes on (method, advice)
    #> ValueError: Attempted to use an uninitialized parameter
layer(torch.empty(2, 3, device="meta"))
print(layer, layer.weight.device)
#> Linear(in_features=3, out_features=4, bias=True) meta

with torch.device("meta"):
    net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
    net(torch.empty(2, 5))  # inside the block, the input is on meta too
print(net[0], net[2], net[2].weight.device)
#> Linear(in_features=5, out_features=8, bias=True) Linear(in_features=8, out_features=1, bias=True) meta

net.to_empty(device="cpu")
for m in net.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
print(net[0].weight.device, any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
#> cpu False
