import torch
from torch import nn


class Scale(nn.Module):
    def forward(self, x, *, factor=1.0):
        return x * factor


def plain_pre_hook(module, args):
    print("plain pre-hook:", len(args), "positional argument")
    #> plain pre-hook: 1 positional argument


def set_factor(module, args, kwargs):
    return args, {**kwargs, "factor": 10.0}


def show_kwargs(module, args, kwargs, output):
    print("forward hook:", kwargs)
    #> forward hook: {'factor': 10.0}


m = Scale()
m.register_forward_pre_hook(plain_pre_hook)
m.register_forward_pre_hook(set_factor, with_kwargs=True)
m.register_forward_hook(show_kwargs, with_kwargs=True)
print(m(torch.ones(2), factor=2.0))
#> tensor([10., 10.])
