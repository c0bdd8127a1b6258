import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.head = nn.Linear(8, n_classes)

    def forward(self, X):
        return self.head(self.body(X))


torch.manual_seed(0)
trained = Classifier(3)
state = {k: v.bfloat16() for k, v in trained.state_dict().items() if not k.startswith("head.")}
X = torch.randn(2, 4, dtype=torch.bfloat16)


def load(cast_on_meta):
    with torch.device("meta"):
        net = Classifier(5)
    if cast_on_meta:
        net.to(torch.bfloat16)  # on meta: to_empty() below then allocates bfloat16
    result = net.load_state_dict(state, strict=False, assign=True)  # the body takes the checkpoint's dtype
    if set(result.missing_keys) != {"head.weight", "head.bias"} or result.unexpected_keys:
        raise RuntimeError(result)  # as in A new head: only the head's keys may be missing
    net.head.to_empty(device=net.body[0].weight.device)
    net.head.reset_parameters()
    return net


net = load(cast_on_meta=False)
print(net.body[0].weight.dtype, net.head.weight.dtype)
#> torch.bfloat16 torch.float32
try:
    net(X)
except RuntimeError as e:
    print(e)
    #> mat1 and mat2 must have the same dtype, but got BFloat16 and Float

net.head.to(torch.bfloat16)  # fix 1: convert the new head afterwards
print(net(X).dtype)
#> torch.bfloat16
print(load(cast_on_meta=True)(X).dtype)  # fix 2: choose the dtype on meta, before loading
#> torch.bfloat16
