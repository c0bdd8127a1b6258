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
X = torch.randn(64, 128)
for gain in [1.0, nn.init.calculate_gain("tanh")]:
    h = X
    variances = []
    for depth in range(1, 51):
        W = torch.empty(128, 128)
        nn.init.xavier_uniform_(W, gain=gain)
        h = torch.tanh(h @ W.T)
        if depth in (1, 10, 50):
            variances.append(f"{h.var():.3f}")
    print(f"gain {gain:.3f}  variance after 1, 10, 50 layers:", ", ".join(variances))
    #> gain 1.000  variance after 1, 10, 50 layers: 0.388, 0.053, 0.008
    #> gain 1.667  variance after 1, 10, 50 layers: 0.574, 0.420, 0.429
# --8<-- [end:forward]
