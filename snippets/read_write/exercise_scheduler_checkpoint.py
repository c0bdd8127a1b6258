import pickle
import tempfile
from pathlib import Path

import torch
from torch import nn

tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "checkpoint.pt"

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)


def make_run():
    model = nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    return model, opt, sched


def train(model, opt, sched, epochs):
    for _ in range(epochs):
        loss = nn.functional.mse_loss(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()


torch.manual_seed(1)
straight, opt, sched = make_run()
train(straight, opt, sched, 4)

torch.manual_seed(1)
model, opt, sched = make_run()
train(model, opt, sched, 2)
torch.save(
    {
        "epoch": 2,
        "model": model.state_dict(),
        "optimizer": opt.state_dict(),
        "scheduler": sched.state_dict(),
    },
    path,
)

resumed, opt, sched = make_run()
ckpt = torch.load(path)
resumed.load_state_dict(ckpt["model"])
opt.load_state_dict(ckpt["optimizer"])
sched.load_state_dict(ckpt["scheduler"])
print(sched.get_last_lr())
#> [0.05]
train(resumed, opt, sched, 4 - ckpt["epoch"])
print(torch.equal(straight.weight, resumed.weight), torch.equal(straight.bias, resumed.bias))
#> True True

torch.save(sched, path)
try:
    torch.load(path)
except pickle.UnpicklingError as e:
    print(type(e).__name__)
    #> UnpicklingError
print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))
#> ['builtins.dict', 'collections.defaultdict', 'torch.optim.lr_scheduler.StepLR', 'torch.optim.sgd.SGD']
loaded = torch.load(path, weights_only=False)
print(loaded.optimizer is opt)
#> False
loaded.step()
loaded.step()
print(loaded.get_last_lr(), opt.param_groups[0]["lr"])
#> [0.0125] 0.025
tmp.cleanup()
