import tempfile
from pathlib import Path

import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU())
        self.head = nn.Linear(32, num_classes)

    def forward(self, X):
        return self.head(self.body(X))


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "classifier10.pt"

torch.manual_seed(0)
old = Classifier(10)
torch.save(old.state_dict(), path)

new = Classifier(3)
state = torch.load(path)
try:
    new.load_state_dict(state, strict=False)
except RuntimeError as e:
    first, *details = str(e).splitlines()
    print(type(e).__name__ + ":", first)
    #> RuntimeError: Error(s) in loading state_dict for Classifier:
    print(details[0].strip())
    #> size mismatch for head.weight: copying a param with shape torch.Size([10, 32]) from checkpoint, the shape in current model is torch.Size([3, 32]).

body_state = {k.removeprefix("body."): v for k, v in state.items() if k.startswith("body.")}
print(list(body_state))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
print(new.body.load_state_dict(body_state))
#> <All keys matched successfully>

X = torch.randn(2, 20)
print(torch.equal(new.body(X), old.body(X)), new(X).shape)
#> True torch.Size([2, 3])

new.body.requires_grad_(False)
print(sum(p.numel() for p in new.parameters() if p.requires_grad))
#> 99
tmp.cleanup()
