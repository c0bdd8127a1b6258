import inspect
import warnings

import torch
from torch import nn
from torch.nn.modules.lazy import LazyModuleMixin

doc = inspect.getdoc(LazyModuleMixin).splitlines()
print(" ".join(line.strip() for line in doc[3:5]))
#> Lazy modules are an experimental new feature under active development, and their API is likely to change.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer = nn.LazyLinear(4)
    layer(torch.rand(2, 3))
print(len(caught))
#> 0
