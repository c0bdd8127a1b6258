import torch
from torch import nn
from torch.nn import functional as F


class MultiTask(nn.Module):
    def __init__(self, depth):
        super().__init__()
        self.body = nn.ModuleList(nn.Linear(8, 8) for _ in range(depth))
        self.heads = nn.ModuleDict({
            "cls": nn.Linear(8, 3),
            "reg": nn.Linear(8, 1),
        })

    def forward(self, X, task):
        for layer in self.body:
            X = X + F.relu(layer(X))
        return self.heads[task](X)


net = MultiTask(depth=2)
X = torch.rand(4, 8)
print(net(X, "cls").shape, net(X, "reg").shape)
#> torch.Size([4, 3]) torch.Size([4, 1])
try:
    net.body(X)
except NotImplementedError as e:
    print(type(e).__name__ + ":", e)
    #> NotImplementedError: Module [ModuleList] is missing the required "forward" function
for name, p in net.named_parameters():
    print(name, tuple(p.shape))
    #> body.0.weight (8, 8)
    #> body.0.bias (8,)
    #> body.1.weight (8, 8)
    #> body.1.bias (8,)
    #> heads.cls.weight (3, 8)
    #> heads.cls.bias (3,)
    #> heads.reg.weight (1, 8)
    #> heads.reg.bias (1,)
