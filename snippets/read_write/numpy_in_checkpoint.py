import argparse
import pickle
import re
import tempfile
from pathlib import Path

import numpy as np
import torch

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "ckpt.pt"

args = argparse.Namespace(lr=0.1, epochs=10)
ckpt = {"mean": np.zeros(3), "best_loss": np.float64(0.25), "args": args}
torch.save(ckpt, path)
print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))
#> ['argparse.Namespace', 'numpy._core.multiarray._reconstruct', 'numpy._core.multiarray.scalar', 'numpy.dtype', 'numpy.ndarray']

allowed = [np._core.multiarray._reconstruct, np._core.multiarray.scalar]
allowed += [np.ndarray, np.dtype, argparse.Namespace]
try:
    with torch.serialization.safe_globals(allowed):
        torch.load(path)
except pickle.UnpicklingError as e:
    print(re.search(r"but got <class '([^']+)'", str(e))[1])
    #> numpy.dtypes.Float64DType

plain = {
    "mean": torch.from_numpy(ckpt["mean"]),
    "best_loss": ckpt["best_loss"].item(),
    "args": vars(args),
}
torch.save(plain, path)
print(torch.load(path))
#> {'mean': tensor([0., 0., 0.], dtype=torch.float64), 'best_loss': 0.25, 'args': {'lr': 0.1, 'epochs': 10}}
tmp.cleanup()
