from torch import nn

net = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 32), nn.ReLU(),
    nn.Linear(32, 10),
)
net.requires_grad_(False)
net[-1].requires_grad_(True)
total = sum(p.numel() for p in net.parameters())
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(total, trainable, 32 * 10 + 10)
#> 3754 330 330
print([name for name, p in net.named_parameters() if p.requires_grad])
#> ['4.weight', '4.bias']
