import torch

MiB = 2**20
plan = torch.empty(1024, 1024, device="meta")
print(plan.nbytes / MiB)
#> 4.0

accelerator = torch.accelerator.current_accelerator(check_available=True)
if accelerator is not None:
    memory = torch.accelerator
    start = memory.memory_allocated()
    X = torch.zeros(1024, 1024, device=accelerator)
    grown = memory.memory_allocated() - start
    memory.reset_peak_memory_stats()
    Y = (X + 1) * 2
    now = memory.memory_allocated() - start
    peak = memory.max_memory_allocated() - start
    print(grown / MiB, now / MiB, peak / MiB)
    del X, Y
    left = memory.memory_allocated() - start
    cached = memory.memory_reserved()
    print(left, cached > 0)
    memory.empty_cache()
    print(memory.memory_reserved() < cached)
