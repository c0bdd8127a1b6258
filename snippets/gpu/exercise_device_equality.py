import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")


def concrete(device):
    if accelerator is not None and device == accelerator:
        return torch.device(device.type, torch.accelerator.current_device_index())
    return device


x = torch.zeros(3, device=device)
print(x.device == concrete(device))
#> True
print(concrete(torch.device("cuda", 1)), concrete(torch.device("cpu")))
#> cuda:1 cpu
print(torch.device("cuda", 0).type == torch.device("cuda", 1).type)
#> True
