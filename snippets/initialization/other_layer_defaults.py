import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(16, 8, kernel_size=3)
fan_in = 16 * 3 * 3
bound = 1 / fan_in**0.5
max_w = conv.weight.abs().max().item()
print(f"{max_w:.4f} {bound:.4f} {max_w < bound}")
#> 0.0833 0.0833 True
emb = nn.Embedding(1000, 64)
print(f"{emb.weight.mean():.3f} {emb.weight.std():.3f}")
#> -0.004 1.001
ln = nn.LayerNorm(4)
print(ln.weight.tolist(), ln.bias.tolist())
#> [1.0, 1.0, 1.0, 1.0] [0.0, 0.0, 0.0, 0.0]
