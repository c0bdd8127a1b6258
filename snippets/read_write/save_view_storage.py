import tempfile
from pathlib import Path

import torch

tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)

big = torch.arange(1_000_000.0)
first = big[:2]
torch.save(first, folder / "view.pt")
torch.save(first.clone(), folder / "clone.pt")

print(torch.load(folder / "view.pt"), torch.load(folder / "clone.pt"))
#> tensor([0., 1.]) tensor([0., 1.])
print((folder / "view.pt").stat().st_size, (folder / "clone.pt").stat().st_size)
#> 4001492 1563
print(torch.load(folder / "view.pt").untyped_storage().nbytes())
#> 4000000
tmp.cleanup()
