import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(8, 8)
net = nn.Sequential(
    nn.Linear(4, 8), nn.Tanh(),
    shared, nn.Tanh(),
    shared, nn.Tanh(),
    nn.Linear(8, 1),
)
X, y = torch.randn(32, 4), torch.randn(32, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)


def per_use_grads(net, X, y):
    h1 = net[1](net[0](X))
    a = net[2](h1)
    h2 = net[3](a)
    b = net[4](h2)
    loss = nn.functional.mse_loss(net[6](net[5](b)), y)
    ga, gb = torch.autograd.grad(loss, [a, b])
    return ga.T @ h1, gb.T @ h2


for step in range(4):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(X), y)
    loss.backward()
    g = net[2].weight.grad
    first, second = per_use_grads(net, X, y)
    ok = torch.allclose(g, first + second, atol=1e-6)
    norms = f"|g|={g.norm():.4f} |g1|={first.norm():.4f} |g2|={second.norm():.4f}"
    print(f"step {step}: loss={loss.item():.4f} {norms} sum_ok={ok}")
    #> step 0: loss=0.6875 |g|=0.1428 |g1|=0.0765 |g2|=0.1347 sum_ok=True
    #> step 1: loss=0.6808 |g|=0.1300 |g1|=0.0727 |g2|=0.1190 sum_ok=True
    #> step 2: loss=0.6760 |g|=0.1228 |g1|=0.0695 |g2|=0.1098 sum_ok=True
    #> step 3: loss=0.6720 |g|=0.1183 |g1|=0.0668 |g2|=0.1042 sum_ok=True
    optimizer.step()
print(net[2].weight is net[4].weight)
#> True
