import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
torch.manual_seed(0)
A = torch.randn(4, 4, device=device)

with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
    product = A @ A
    summed = product + A
    exp = product.exp()
print(A.dtype, product.dtype)
#> torch.float32 torch.bfloat16
print(summed.dtype, exp.dtype)
#> torch.float32 torch.bfloat16
