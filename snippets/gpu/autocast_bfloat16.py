import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
X = torch.randn(16, 4, device=device)
y = torch.randn(16, 1, device=device)

with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
    out = net(X)
    loss = nn.functional.mse_loss(out, y)
print(X.dtype, out.dtype, loss.dtype)
#> torch.float32 torch.bfloat16 torch.float32
loss.backward()
print(net[0].weight.dtype, net[0].weight.grad.dtype)
#> torch.float32 torch.float32
