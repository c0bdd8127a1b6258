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
pretrained = Classifier(3)
with torch.device("meta"):
    net = Classifier(5)  # the same body, a new head for five classes
try:
    net.load_state_dict(pretrained.state_dict(), strict=False, assign=True)
except RuntimeError as e:  # strict=False does not cover a shape mismatch
    print("size mismatch for head.weight" in str(e))
    #> True

# the body only
state = {k: v for k, v in pretrained.state_dict().items() if not k.startswith("head.")}
result = net.load_state_dict(state, strict=False, assign=True)
print(result.missing_keys, result.unexpected_keys)
#> ['head.weight', 'head.bias'] []
if set(result.missing_keys) != {"head.weight", "head.bias"} or result.unexpected_keys:
    raise RuntimeError(result)  # strict=False raises for neither, so check both

net.head.to_empty(device=net.body[0].weight.device)  # the head only, next to the body
net.head.reset_parameters()
print([k for k, t in net.named_parameters() if t.is_meta])
#> []
print(torch.equal(net.body[0].weight, pretrained.body[0].weight), net(torch.randn(2, 4)).shape)
#> True torch.Size([2, 5])
