import math

import torch
from torch import nn

torch.manual_seed(0)
convs = {
    "Conv2d": nn.Conv2d(16, 32, kernel_size=3),
    "Conv2d groups=4": nn.Conv2d(16, 32, kernel_size=3, groups=4),
    "ConvTranspose2d": nn.ConvTranspose2d(16, 32, kernel_size=3),
}
for name, conv in convs.items():
    w = conv.weight
    fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(w)
    assert fan_in == w.size(1) * w[0, 0].numel()
    bound = 1 / math.sqrt(fan_in)
    max_w, max_b = w.abs().max().item(), conv.bias.abs().max().item()
    line = f"{name:15} {tuple(w.shape)} fan_in={fan_in:3} fan_out={fan_out} bound={bound:.4f}"
    print(line, f"max|w|={max_w:.4f} max|b|={max_b:.4f}")
    #> Conv2d          (32, 16, 3, 3) fan_in=144 fan_out=288 bound=0.0833 max|w|=0.0833 max|b|=0.0746
    #> Conv2d groups=4 (32, 4, 3, 3) fan_in= 36 fan_out=288 bound=0.1667 max|w|=0.1666 max|b|=0.1640
    #> ConvTranspose2d (16, 32, 3, 3) fan_in=288 fan_out=144 bound=0.0589 max|w|=0.0589 max|b|=0.0588
