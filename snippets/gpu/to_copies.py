import torch

X = torch.arange(6.0).reshape(2, 3)
print(X.to("cpu") is X, X.cpu() is X)
#> True True
print(X.to(torch.float64) is X)
#> False
print(X.to("cpu", copy=True) is X)
#> False
Y = X.to("cpu")
Y[0, 0] = 100.0
print(X[0, 0])
#> tensor(100.)
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
Z = X.to(device)
print(Z is X)
#> True
