import torch

print(torch.cuda.is_available(), torch.cuda.device_count())
#> False 0
print(torch.backends.mps.is_available())
#> False
print(torch.accelerator.is_available(), torch.accelerator.device_count())
#> False 0
print(torch.accelerator.current_accelerator(check_available=True))
#> None
if torch.cuda.is_available():
    print(torch.cuda.get_device_name(0))
