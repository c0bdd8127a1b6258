import threading

import torch

torch.set_default_device("meta")
print(torch.ones(2).device, torch.get_default_device())
#> meta meta

seen = {}


def make_tensor():
    seen["device"] = torch.ones(2).device
    seen["default"] = torch.get_default_device()


worker = threading.Thread(target=make_tensor)
worker.start()
worker.join()
print(seen)
#> {'device': device(type='cpu'), 'default': device(type='cpu')}
torch.set_default_device(None)
