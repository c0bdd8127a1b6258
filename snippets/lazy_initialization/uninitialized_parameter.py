import re

from torch import nn

layer = nn.LazyLinear(4)
print(layer)
#> LazyLinear(in_features=0, out_features=4, bias=True)
print(layer.weight)
#> <UninitializedParameter>
print(type(layer.weight).__name__, layer.in_features)
#> UninitializedParameter 0
try:
    layer.weight.shape
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Can't access the shape of an uninitialized parameter or buffer. This error usually happens in `load_state_dict` when trying to load an uninitialized parameter into an initialized one. Call `forward` to initialize the parameters before accessing their attributes.
try:
    nn.init.normal_(layer.weight)
except ValueError as e:
    message = re.sub(r" at 0x[0-9a-f]+", "", str(e))  # drop the memory address
    print(type(e).__name__ + ":", message)
    #> ValueError: Attempted to use an uninitialized parameter in <function normal_>. This error happens when you are using a `LazyModule` or explicitly manipulating `torch.nn.parameter.UninitializedParameter` objects. When using LazyModules Call `forward` with a dummy batch to initialize the parameters before calling torch functions
