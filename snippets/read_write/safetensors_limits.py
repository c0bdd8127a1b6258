import tempfile
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import load_model, save_file, save_model
from torch import nn


class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 16)
        self.head = nn.Linear(16, 100, bias=False)
        self.head.weight = self.embed.weight

    def forward(self, ids):
        return self.head(self.embed(ids))


tmp = tempfile.TemporaryDirectory()
folder = Path(tmp.name)

torch.manual_seed(0)
lm = TinyLM()
opt = torch.optim.Adam(lm.parameters())
lm(torch.tensor([1, 2])).sum().backward()
opt.step()

try:
    save_file(opt.state_dict(), folder / "opt.safetensors")
except ValueError as e:
    print(type(e).__name__ + ":", e)
    #> ValueError: Key `state` is invalid, expected torch.Tensor but received <class 'dict'>

print(list(lm.state_dict()))
#> ['embed.weight', 'head.weight']
try:
    save_file(lm.state_dict(), folder / "lm.safetensors")
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).split(":")[0].strip())
    #> RuntimeError: Some tensors share memory, this will lead to duplicate memory on disk and potential differences when loading them again

save_model(lm, folder / "lm.safetensors")
with safe_open(folder / "lm.safetensors", framework="pt") as f:
    print(list(f.keys()), f.metadata())
    #> ['embed.weight'] {'head.weight': 'embed.weight'}

lm2 = TinyLM()
print(load_model(lm2, folder / "lm.safetensors"))
#> (set(), [])
print(torch.equal(lm2.head.weight, lm.head.weight), lm2.head.weight is lm2.embed.weight)
#> True True
tmp.cleanup()
