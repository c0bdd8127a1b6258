import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
torch.manual_seed(0)
net = nn.Linear(4, 1).to(device)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
X = torch.randn(64, 4).to(device)
y = X.sum(dim=1, keepdim=True)
scaler = torch.amp.GradScaler(device.type)

scales = []
for _ in range(5):
    with torch.autocast(device_type=device.type, dtype=torch.float16):
        loss = nn.functional.mse_loss(net(X), y)
    optimizer.zero_grad()
    scaler.scale(loss).backward()  # (1)!
    scaler.step(optimizer)  # (2)!
    scaler.update()  # (3)!
    scales.append(scaler.get_scale())
print(scales)
#> [32768.0, 16384.0, 16384.0, 16384.0, 16384.0]
print(net.weight.dtype, net.weight.grad.dtype)
#> torch.float32 torch.float32
