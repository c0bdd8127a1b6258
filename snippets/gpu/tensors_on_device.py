import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
X = torch.ones(2, 3, device=device)
print(X.device)
#> cpu
Y = torch.zeros(2, 3).to(device)
print(Y.device)
#> cpu
Z = X + Y
print(Z.device)
#> cpu
