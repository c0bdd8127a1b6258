import torch
from torch.utils import benchmark

devices = [torch.device("cpu")]
accelerator = torch.accelerator.current_accelerator(check_available=True)
if accelerator is not None:
    devices.append(accelerator)

threads = torch.get_num_threads()
seconds = {}
for device in devices:
    for n in (8, 1024):
        X = torch.randn(n, n, device=device)
        timer = benchmark.Timer("X @ X", globals={"X": X}, num_threads=threads)
        measurement = timer.blocked_autorange(min_run_time=0.05)
        seconds[device.type, n] = measurement.median


def flops_per_second(kind, n):
    return 2 * n**3 / seconds[kind, n]


print(flops_per_second("cpu", 1024) > flops_per_second("cpu", 8))
#> True
if accelerator is not None:
    for n in (8, 1024):
        winner = min(devices, key=lambda d: seconds[d.type, n])
        print(n, "faster on", winner.type)
