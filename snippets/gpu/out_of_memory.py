import torch

print(issubclass(torch.OutOfMemoryError, RuntimeError))
#> True
print(torch.cuda.OutOfMemoryError is torch.OutOfMemoryError)
#> True
