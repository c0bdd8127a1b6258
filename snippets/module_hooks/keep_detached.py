import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 4)
X = torch.randn(2, 4)
store = {}


def keep_output(module, args, output):
    store["output"] = output
    store["detached"] = output.detach()


with layer.register_forward_hook(keep_output):
    layer(X)
for name, t in store.items():
    print(name, t.requires_grad, type(t.grad_fn).__name__)
    #> output True AddmmBackward0
    #> detached False NoneType
