import torch


def try_gpu(i=0):
    if i < torch.accelerator.device_count():
        return torch.device(torch.accelerator.current_accelerator().type, i)
    return torch.device("cpu")


def try_all_gpus():
    n = torch.accelerator.device_count()
    if n == 0:
        return [torch.device("cpu")]
    kind = torch.accelerator.current_accelerator().type
    return [torch.device(kind, i) for i in range(n)]


print(try_gpu())
#> cpu
print(try_gpu(10))
#> cpu
print(try_all_gpus())
#> [device(type='cpu')]
