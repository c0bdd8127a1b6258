# --8<-- [start:fan]
import torch
from torch import nn

torch.manual_seed(0)
for fan_in, fan_out in [(100, 100), (784, 256), (64, 1024)]:
    w = torch.empty(fan_out, fan_in)
    target = 2 / (fan_in + fan_out)
    nn.init.xavier_uniform_(w)
    var_u = w.var().item()
    nn.init.xavier_normal_(w)
    var_n = w.var().item()
    shape = f"{fan_in:4} -> {fan_out:4}"
    print(f"{shape}  target {target:.6f}  uniform {var_u:.6f}  normal {var_n:.6f}")
    #>  100 ->  100  target 0.010000  uniform 0.009949  normal 0.010148
    #>  784 ->  256  target 0.001923  uniform 0.001924  normal 0.001927
    #>   64 -> 1024  target 0.001838  uniform 0.001841  normal 0.001831
# --8<-- [end:fan]
# --8<-- [start:forward]
torch.manual_seed(0)
X = torch.randn(2000, 512)
inits = {
    "xavier": nn.init.xavier_uniform_,
    "normal(0.01)": lambda w: nn.init.normal_(w, std=0.01),
}
for name, init in inits.items():
    h = X
    for _ in range(5):
        layer = nn.Linear(512, 512, bias=False)
        init(layer.weight)
        with torch.no_grad():
            h = layer(h)
    print(f"{name:13} var after 5 layers: {h.var():.4g}")
    #> xavier        var after 5 layers: 0.9997
    #> normal(0.01)  var after 5 layers: 3.512e-07
# --8<-- [end:forward]
