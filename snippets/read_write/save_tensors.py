# --8<-- [start:roundtrip]
import tempfile
import zipfile
from pathlib import Path

import torch

tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)

x = torch.arange(4.0)
torch.save(x, folder / "x.pt")
x2 = torch.load(folder / "x.pt")
print(x2)
#> tensor([0., 1., 2., 3.])
print(torch.equal(x, x2), x2 is x)
#> True False
print(x2.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
#> False

y = torch.zeros(3)
torch.save([x, y], folder / "xy.pt")
x2, y2 = torch.load(folder / "xy.pt")
print(x2, y2)
#> tensor([0., 1., 2., 3.]) tensor([0., 0., 0.])

mydict = {"x": x, "y": y, "step": 10}
torch.save(mydict, folder / "mydict.pt")
mydict2 = torch.load(folder / "mydict.pt")
print(mydict2)
#> {'x': tensor([0., 1., 2., 3.]), 'y': tensor([0., 0., 0.]), 'step': 10}
# --8<-- [end:roundtrip]

# --8<-- [start:zip]
for name in zipfile.ZipFile(folder / "x.pt").namelist():
    print(name)
    #> x/data.pkl
    #> x/.format_version
    #> x/.storage_alignment
    #> x/byteorder
    #> x/data/0
    #> x/version
    #> x/.data/serialization_id
# --8<-- [end:zip]
tmp.cleanup()
