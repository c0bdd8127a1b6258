import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
x = torch.zeros(3, device=device)
print(torch.device("cuda") == torch.device("cuda", 0))
#> False
print(torch.device("cuda").index, torch.device("cuda", 0).index)
#> None 0
print(x.device.type == device.type)
#> True
