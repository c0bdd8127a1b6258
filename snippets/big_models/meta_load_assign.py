import warnings

import torch
from torch import nn

torch.manual_seed(0)
trained = nn.Linear(4, 2)
state = trained.state_dict()

with torch.device("meta"):
    net = nn.Linear(4, 2)
with warnings.catch_warnings(record=True) as caught:  # only so that the warnings can be counted
    warnings.simplefilter("always")
    print(net.load_state_dict(state))
    #> <All keys matched successfully>
print(len(caught), caught[0].category.__name__ + ":", caught[0].message)
#> 2 UserWarning: for weight: copying from a non-meta parameter in the checkpoint to a meta parameter in the current model, which is a no-op. (Did you mean to pass `assign=True` to assign items in the state dictionary to their corresponding key in the module instead of copying them in place?)
print(any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
#> True

print(net.load_state_dict(state, assign=True))
#> <All keys matched successfully>
print(net.weight.device, type(net.weight).__name__, net.weight.requires_grad)
#> cpu Parameter True
print(net.weight.data_ptr() == state["weight"].data_ptr())
#> True

with torch.device("meta"):
    net_from_bf16 = nn.Linear(4, 2)
net_from_bf16.load_state_dict({k: v.bfloat16() for k, v in state.items()}, assign=True)
print(net_from_bf16.weight.dtype, net_from_bf16.weight.requires_grad)
#> torch.bfloat16 True
