# --8<-- [start:no-grad]
import torch
from torch import nn

w = nn.Parameter(torch.tensor([1.0, 2.0]))
loss = (w * w).sum()
with torch.no_grad():
    w.mul_(10)
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).split(" Hint")[0])
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]] is at version 1; expected version 0 instead.
# --8<-- [end:no-grad]
# --8<-- [start:data]
w = nn.Parameter(torch.tensor([1.0, 2.0]))
loss = (w * w).sum()
w.data.mul_(10)
loss.backward()
print(w.grad)
#> tensor([20., 40.])
# --8<-- [end:data]
