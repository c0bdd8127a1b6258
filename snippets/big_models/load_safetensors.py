import os
import tempfile
import warnings

import torch
from safetensors.torch import load_file, load_model, save_file
from torch import nn


def make():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
trained = make()
X = torch.randn(3, 4)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    save_file(trained.state_dict(), path)

    with torch.device("meta"):
        net = make()
    print(net.load_state_dict(load_file(path), assign=True))
    #> <All keys matched successfully>
    print(any(t.is_meta for t in net.parameters()), torch.equal(net(X), trained(X)))
    #> False True

    with torch.device("meta"):
        wrong = make()
    with warnings.catch_warnings(record=True) as caught:  # only so that the warnings can be counted
        warnings.simplefilter("always")
        print(load_model(wrong, path))
        #> (set(), [])
    print(len(caught), any(t.is_meta for t in wrong.parameters()))
    #> 4 True
