# --8<-- [start:missing]
import tempfile
from pathlib import Path

import torch
from torch import nn

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "small.pt"

torch.manual_seed(0)
small = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
torch.save(small.state_dict(), path)

big = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
state = torch.load(path)
try:
    big.load_state_dict(state)
except RuntimeError as e:
    first, *details = str(e).splitlines()
    print(type(e).__name__ + ":", first)
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    print(details[0].strip())
    #> Missing key(s) in state_dict: "2.weight", "2.bias".

result = big.load_state_dict(state, strict=False)
print(result)
#> _IncompatibleKeys(missing_keys=['2.weight', '2.bias'], unexpected_keys=[])
print(result.missing_keys, result.unexpected_keys)
#> ['2.weight', '2.bias'] []
assert not result.unexpected_keys and set(result.missing_keys) == {"2.weight", "2.bias"}
print(torch.equal(big[0].weight, small[0].weight))
#> True
# --8<-- [end:missing]
# --8<-- [start:unexpected]
result = small.load_state_dict(big.state_dict(), strict=False)
print(result.missing_keys, result.unexpected_keys)
#> [] ['2.weight', '2.bias']
# --8<-- [end:unexpected]
# --8<-- [start:shape]
wide = nn.Sequential(nn.Linear(4, 16), nn.ReLU())
try:
    wide.load_state_dict(state, strict=False)
except RuntimeError as e:
    first, *details = str(e).splitlines()
    print(type(e).__name__ + ":", first)
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    print(details[0].strip())
    #> size mismatch for 0.weight: copying a param with shape torch.Size([8, 4]) from checkpoint, the shape in current model is torch.Size([16, 4]).
# --8<-- [end:shape]
tmp.cleanup()
