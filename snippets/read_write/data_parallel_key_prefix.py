import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_mlp():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
# DataParallel expects the model on cuda:0, or on the CPU when there is no GPU
net = make_mlp().to("cuda:0" if torch.cuda.is_available() else "cpu")
dp = nn.DataParallel(net)
print(dp.module is net)
#> True
print(list(dp.state_dict()))
#> ['module.0.weight', 'module.0.bias', 'module.2.weight', 'module.2.bias']
X = torch.randn(3, 4, device=next(net.parameters()).device)
print(torch.allclose(dp(X), net(X)))
#> True

plain = make_mlp()
state = dp.state_dict()
try:
    plain.load_state_dict(state)
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[1].strip())
    #> RuntimeError: Missing key(s) in state_dict: "0.weight", "0.bias", "2.weight", "2.bias".

consume_prefix_in_state_dict_if_present(state, "module.")
print(list(state))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
print(plain.load_state_dict(state))
#> <All keys matched successfully>
print(plain.load_state_dict(dp.module.state_dict()))
#> <All keys matched successfully>
print(dp.module.load_state_dict(plain.state_dict()))
#> <All keys matched successfully>
