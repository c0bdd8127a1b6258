import os
import pickle
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import torch


@dataclass
class Note:
    text: str


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "ckpt.pt"
torch.save({"w": torch.ones(2), "note": Note("hi")}, path)


def what_loads(**kwargs):
    try:
        return type(torch.load(path, **kwargs)["note"]).__name__
    except pickle.UnpicklingError as e:
        return type(e).__name__


print(what_loads())
#> UnpicklingError
print(what_loads(pickle_module=pickle))
#> Note
try:
    torch.load(path, pickle_module=pickle, weights_only=True)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Can not safely load weights when explicit pickle_module is specified

os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"] = "1"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(what_loads())
    #> Note
print(type(caught[0].message).__name__ + ":", str(caught[0].message).split(",")[0])
#> UserWarning: Environment variable TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD detected
print(what_loads(weights_only=True))
#> UnpicklingError
del os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"]

os.environ["TORCH_FORCE_WEIGHTS_ONLY_LOAD"] = "1"
print(what_loads(weights_only=False))
#> UnpicklingError
del os.environ["TORCH_FORCE_WEIGHTS_ONLY_LOAD"]
tmp.cleanup()
