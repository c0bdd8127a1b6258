# --8<-- [start:miss]
import torch
from torch import nn
from torch.nn import functional as F


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        x = self.fc1.forward(x)
        x = F.relu(x)
        return self.fc2(x)


net = Block()
seen = []
for name, module in net.named_modules():
    if name:
        module.register_forward_hook(lambda m, args, out, name=name: seen.append(name))

net(torch.ones(1, 4))
print(seen)
#> ['fc2']
# --8<-- [end:miss]
# --8<-- [start:pre-hook]
captured = {}
net.fc2.register_forward_pre_hook(lambda m, args: captured.update(relu=args[0].detach()))
X = torch.randn(3, 4)
net(X)
print(torch.equal(captured["relu"], F.relu(net.fc1(X))))
#> True
# --8<-- [end:pre-hook]
