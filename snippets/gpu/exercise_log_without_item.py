import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
torch.manual_seed(0)
X = torch.randn(64, 8).to(device)
y = X.sum(dim=1, keepdim=True)


def train(log_with_item, steps=20):
    torch.manual_seed(1)
    net = nn.Linear(8, 1).to(device)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
    log = []
    for _ in range(steps):
        loss = nn.functional.mse_loss(net(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        log.append(loss.item() if log_with_item else loss.detach())  # (1)!
    if not log_with_item:
        log = torch.stack(log).tolist()  # (2)!
    return log


with_item = train(log_with_item=True)
without_item = train(log_with_item=False)
print(with_item == without_item)
#> True
print([round(v, 3) for v in without_item[::5]])
#> [8.13, 2.537, 0.977, 0.439]
