import torch

n = torch.accelerator.device_count()
if n:
    kind = torch.accelerator.current_accelerator().type
    devices = [torch.device(kind, i) for i in range(n)]
else:
    devices = [torch.device("cpu")]
parts = [torch.full((3,), i + 1.0, device=d) for i, d in enumerate(devices)]
total = sum(p.to(devices[0]) for p in parts)
print(len(parts), total.device, total)
#> 1 cpu tensor([1., 1., 1.])
