import pickle
import re
import tempfile
from pathlib import Path

import torch

tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)
marker = folder / "marker.txt"


class Payload:
    def __reduce__(self):
        return exec, (f"open({str(marker)!r}, 'w').write('code ran')",)


torch.save({"weight": torch.ones(2), "extra": Payload()}, folder / "model.pt")
print(marker.exists())
#> False

try:
    torch.load(folder / "model.pt")
except pickle.UnpicklingError as e:
    print(re.search(r"Unsupported global: GLOBAL \S+", str(e))[0])
    #> Unsupported global: GLOBAL exec
print(marker.exists())
#> False

torch.load(folder / "model.pt", weights_only=False)
print(marker.exists(), marker.read_text())
#> True code ran
tmp.cleanup()
