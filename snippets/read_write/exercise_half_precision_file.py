import tempfile
from pathlib import Path

import torch
from torch import nn

tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)

torch.manual_seed(0)
net = nn.Linear(256, 256)
torch.save(net.state_dict(), folder / "fp32.pt")
half_state = {k: v.to(torch.float16) for k, v in net.state_dict().items()}
torch.save(half_state, folder / "fp16.pt")
print((folder / "fp32.pt").stat().st_size, (folder / "fp16.pt").stat().st_size)
#> 264909 133261

clone = nn.Linear(256, 256)
print(clone.load_state_dict(torch.load(folder / "fp16.pt")))
#> <All keys matched successfully>
print(clone.weight.dtype)
#> torch.float32
print((clone.weight - net.weight).abs().max().item() < 1e-4)
#> True

assigned = nn.Linear(256, 256)
assigned.load_state_dict(torch.load(folder / "fp16.pt"), assign=True)
print(assigned.weight.dtype, type(assigned.weight).__name__, assigned.weight.requires_grad)
#> torch.float16 Parameter True
try:
    assigned(torch.randn(1, 256))
except RuntimeError as e:
    print(e)
    #> mat1 and mat2 must have the same dtype, but got Float and Half
tmp.cleanup()
