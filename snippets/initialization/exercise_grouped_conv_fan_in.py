import math

import torch
from torch import nn

cases = [
    (nn.Conv2d, 12, 24, (3, 5), 3),
    (nn.Conv2d, 32, 32, (3, 3), 32),
    (nn.ConvTranspose2d, 12, 24, (3, 5), 3),
]
for cls, in_ch, out_ch, k, groups in cases:
    per_group = out_ch if cls is nn.ConvTranspose2d else in_ch
    fan_in = per_group // groups * math.prod(k)
    torch.manual_seed(0)
    conv = cls(in_ch, out_ch, k, groups=groups)
    helper, _ = nn.init._calculate_fan_in_and_fan_out(conv.weight)
    bound = 1 / math.sqrt(fan_in)
    torch.manual_seed(0)
    w = torch.empty_like(conv.weight).uniform_(-bound, bound)
    b = torch.empty_like(conv.bias).uniform_(-bound, bound)
    same = torch.allclose(w, conv.weight) and torch.allclose(b, conv.bias)
    print(f"{cls.__name__:15} groups={groups:2} fan_in={fan_in:3} helper={helper:3} "
    #> Conv2d          groups= 3 fan_in= 60 helper= 60 bound=0.1291 same=True
    #> Conv2d          groups=32 fan_in=  9 helper=  9 bound=0.3333 same=True
    #> ConvTranspose2d groups= 3 fan_in=120 helper=120 bound=0.0913 same=True
          f"bound={bound:.4f} same={same}")
