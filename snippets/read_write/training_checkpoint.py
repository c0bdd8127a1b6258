# --8<-- [start:resume]
import os
import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.nn.utils import parameters_to_vector

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "checkpoint.pt"

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)
loss_fn = nn.MSELoss()


def make_model():
    return nn.Sequential(
        nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 1)
    )


def train(model, optimizer, epochs):
    for _ in range(epochs):
        loss = loss_fn(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


def same_params(a, b):
    pairs = zip(a.parameters(), b.parameters(), strict=True)
    return all(torch.equal(p, q) for p, q in pairs)


torch.manual_seed(1)
straight = make_model()
opt = torch.optim.Adam(straight.parameters(), lr=0.01)
train(straight, opt, 4)

torch.manual_seed(1)
model = make_model()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss = train(model, opt, 2)
tmp_path = path.with_suffix(".tmp")
torch.save(
    {
        "epoch": 2,
        "model": model.state_dict(),
        "optimizer": opt.state_dict(),
        "loss": loss,
        "rng": torch.get_rng_state(),
    },
    tmp_path,
)
os.replace(tmp_path, path)

resumed = make_model()
opt = torch.optim.Adam(resumed.parameters(), lr=0.01)
ckpt = torch.load(path, map_location="cpu")
resumed.load_state_dict(ckpt["model"])
opt.load_state_dict(ckpt["optimizer"])
torch.set_rng_state(ckpt["rng"])
print(ckpt["epoch"], round(ckpt["loss"], 4))
#> 2 0.5618
train(resumed, opt, 4 - ckpt["epoch"])
print(same_params(straight, resumed))
#> True
# --8<-- [end:resume]
# --8<-- [start:no_optimizer]
def median_step(model, optimizer):
    before = parameters_to_vector(model.parameters())
    train(model, optimizer, 1)
    step = parameters_to_vector(model.parameters()) - before
    return round(step.abs().median().item(), 4)


forgetful = make_model()
opt = torch.optim.Adam(forgetful.parameters(), lr=0.01)
forgetful.load_state_dict(ckpt["model"])
torch.set_rng_state(ckpt["rng"])
print(median_step(forgetful, opt))
#> 0.01
train(forgetful, opt, 4 - ckpt["epoch"] - 1)
print(same_params(straight, forgetful))
#> False

restored = make_model()
opt = torch.optim.Adam(restored.parameters(), lr=0.01)
restored.load_state_dict(ckpt["model"])
opt.load_state_dict(ckpt["optimizer"])
torch.set_rng_state(ckpt["rng"])
print(median_step(restored, opt))
#> 0.0069
# --8<-- [end:no_optimizer]
tmp.cleanup()
