import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")
X = torch.randn(256, 256, device=device)

if device.type == "cuda":
    start = torch.cuda.Event(enable_timing=True)
    end = torch.cuda.Event(enable_timing=True)
    X @ X
    start.record()
    for _ in range(10):
        X @ X
    end.record()
    torch.cuda.synchronize()
    print(start.elapsed_time(end) / 10, "ms per product")
