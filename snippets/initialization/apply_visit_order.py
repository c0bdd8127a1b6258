from torch import nn

net = nn.Sequential(
    nn.Sequential(nn.Linear(4, 8), nn.ReLU()),
    nn.Linear(8, 1),
)
visited = []
net.apply(lambda m: visited.append(type(m).__name__))
print(visited)
#> ['Linear', 'ReLU', 'Sequential', 'Linear', 'Sequential']
print([type(m).__name__ for m in net.modules()])
#> ['Sequential', 'Sequential', 'Linear', 'ReLU', 'Linear']
