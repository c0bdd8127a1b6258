import torch

cpu = torch.device("cpu")
gpu = torch.device("cuda")
gpu1 = torch.device("cuda", 1)
print(cpu, gpu, gpu1)
#> cpu cuda cuda:1
print(gpu.type, gpu.index, gpu1.index)
#> cuda None 1
print(torch.device("cuda:7"))
#> cuda:7
print([torch.device(kind) for kind in ("mps", "xpu")])
#> [device(type='mps'), device(type='xpu')]
