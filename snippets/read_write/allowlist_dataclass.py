import pickle
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from torch import nn


@dataclass
class TrainConfig:
    lr: float
    hidden: int


tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "ckpt.pt"

torch.manual_seed(0)
config = TrainConfig(lr=0.1, hidden=8)
net = nn.Linear(3, config.hidden)

torch.save({"config": asdict(config), "model": net.state_dict()}, path)
ckpt = torch.load(path)
print(ckpt["config"], TrainConfig(**ckpt["config"]))
#> {'lr': 0.1, 'hidden': 8} TrainConfig(lr=0.1, hidden=8)

torch.save({"config": config, "model": net.state_dict()}, path)
try:
    torch.load(path)
except pickle.UnpicklingError as e:
    print(re.search(r"Unsupported global: GLOBAL \S+", str(e))[0])
    #> Unsupported global: GLOBAL __main__.TrainConfig

print(torch.serialization.get_unsafe_globals_in_checkpoint(path))
#> ['__main__.TrainConfig']
torch.serialization.add_safe_globals([TrainConfig])
print(torch.serialization.get_unsafe_globals_in_checkpoint(path))
#> []
print(torch.load(path)["config"])
#> TrainConfig(lr=0.1, hidden=8)
tmp.cleanup()
