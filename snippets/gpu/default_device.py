import torch
from torch import nn

with torch.device("meta"):
    big = nn.Linear(50_000, 50_000)
    W = torch.zeros(2, device="cpu")
print(big.weight.device, big.weight.shape, W.device)
#> meta torch.Size([50000, 50000]) cpu

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
with torch.device(device):
    net = nn.Linear(3, 1)
    X = torch.ones(2, 3)
print(net.weight.device, X.device)
#> cpu cpu
print(torch.ones(1).device)
#> cpu
