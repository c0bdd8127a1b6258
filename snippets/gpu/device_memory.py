import torch

MiB = 2**20
plan = torch.empty(1024, 1024, device="meta")
print(plan.nbytes / MiB)
#> 4.0

accelerator = torch.accelerator.current_accelerator(check_available=True)
if accelerator is not None:
    start = torch.accelerator.memory_allocated()
    X = torch.zeros(1024, 1024, device=accelerator)
    grown = torch.accelerator.memory_allocated() - start
    torch.accelerator.reset_peak_memory_stats()
    Y = (X + 1) * 2
    now = torch.accelerator.memory_allocated() - start
    peak = torch.accelerator.max_memory_allocated() - start
    print(grown / MiB, now / MiB, peak / MiB)
    del X, Y
    left = torch.accelerator.memory_allocated() - start
    cached = torch.accelerator.memory_reserved()
    print(left, cached > 0)
    torch.accelerator.empty_cache()
    print(torch.accelerator.memory_reserved() < cached)
