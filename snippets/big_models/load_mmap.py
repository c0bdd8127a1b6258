import os
import tempfile

import torch
from torch import nn


def make():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
trained = make()
X = torch.rand(3, 4)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save(trained.state_dict(), path)

    state = torch.load(path, mmap=True)
    with torch.device("meta"):
        net = make()
    net.load_state_dict(state, assign=True)
    print(torch.equal(net(X), trained(X)))
    #> True
    print(net[0].weight.data_ptr() == state["0.weight"].data_ptr())
    #> True

    with torch.device("meta"):
        owned = make()
    owned.to_empty(device="cpu")  # the to_empty() way: the model's own memory
    owned.load_state_dict(torch.load(path, mmap=True))  # copies each tensor out of the mapped file
    print(torch.equal(owned(X), trained(X)), owned[0].weight.data_ptr() == state["0.weight"].data_ptr())
    #> True False

    torch.save(make().state_dict(), path)  # overwrites the file that net is mapped to
    print(torch.equal(net(X), trained(X)), torch.equal(owned(X), trained(X)))
    #> False True

    with open(path, "rb") as f:  # a file object, not a path
        try:
            torch.load(f, mmap=True)
        except ValueError as e:
            print(type(e).__name__ + ":", e)
            #> ValueError: f must be a file path in order to use the mmap argument
