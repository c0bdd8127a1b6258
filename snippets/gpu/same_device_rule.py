import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
X = torch.ones(2, 3, device=device)
W = torch.ones(3, 4)
try:
    print((X @ W).shape)
    #> torch.Size([2, 4])
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print((X @ W.to(X.device)).device)
#> cpu
scale = torch.tensor(2.0)
rows = torch.tensor([1, 0])
print((X * scale).device, X[rows].device)
#> cpu cpu
