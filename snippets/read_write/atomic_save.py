import os
import tempfile
from pathlib import Path

import torch


def save_atomic(obj, path):
    tmp_path = path.with_suffix(".tmp")
    with open(tmp_path, "wb") as f:
        torch.save(obj, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp_path, path)


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "checkpoint.pt"
save_atomic({"epoch": 2}, path)
print(torch.load(path), [p.name for p in Path(tmp.name).iterdir()])
#> {'epoch': 2} ['checkpoint.pt']
tmp.cleanup()
