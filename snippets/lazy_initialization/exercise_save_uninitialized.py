import os
import pickle
import re
import tempfile

import torch
from torch import nn

lazy = nn.Sequential(nn.LazyLinear(3))
print(lazy.state_dict())
#> OrderedDict([('0.weight', <UninitializedParameter>), ('0.bias', <UninitializedParameter>)])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lazy.pt")
    torch.save(lazy.state_dict(), path)
    print(os.path.exists(path))
    #> True
    try:
        torch.load(path)
    except pickle.UnpicklingError as e:
        print(type(e).__name__ + ":", re.search(r"Unsupported global: .*? by default", str(e))[0])
        #> UnpicklingError: Unsupported global: GLOBAL torch.nn.parameter.UninitializedParameter was not an allowed global by default
# --8<-- [start:load-into-linear]
linear = nn.Sequential(nn.Linear(2, 3))
try:
    linear.load_state_dict(lazy.state_dict())
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).split(". ")[0])
    #> RuntimeError: Can't access the shape of an uninitialized parameter or buffer
# --8<-- [end:load-into-linear]
# --8<-- [start:fix]
torch.manual_seed(0)
trained = nn.Sequential(nn.LazyLinear(3))
trained(torch.rand(1, 2))
fresh = nn.Sequential(nn.LazyLinear(3))
print(fresh.load_state_dict(trained.state_dict()))
#> <All keys matched successfully>
print(fresh[0], fresh[0].weight.shape)
#> LazyLinear(in_features=0, out_features=3, bias=True) torch.Size([3, 2])
fresh(torch.rand(1, 2))
print(fresh[0], torch.equal(fresh[0].weight, trained[0].weight))
#> Linear(in_features=2, out_features=3, bias=True) True
# --8<-- [end:fix]
