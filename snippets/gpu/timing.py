import time

import torch
from torch.utils import benchmark

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")


def sync():
    if device.type != "cpu":
        torch.accelerator.synchronize()


def seconds_per_call(fn, repeats=10):
    fn()  # (1)!
    sync()  # (2)!
    start = time.perf_counter()
    for _ in range(repeats):
        fn()
    sync()  # (3)!
    return (time.perf_counter() - start) / repeats


X = torch.randn(256, 256, device=device)
by_hand = seconds_per_call(lambda: X @ X)
timer = benchmark.Timer(  # (4)!
    "X @ X", globals={"X": X}, num_threads=torch.get_num_threads()
)
measured = timer.blocked_autorange(min_run_time=0.05)
