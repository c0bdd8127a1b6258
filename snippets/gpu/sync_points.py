import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
X = torch.randn(1000, 1000, device=device)
Y = X @ X
total = Y.abs().sum()
print(total.device, total.shape)
#> cpu torch.Size([])
value = total.item()
print(type(value).__name__)
#> float
