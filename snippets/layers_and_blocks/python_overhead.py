import torch
from torch import nn
from torch.utils import benchmark

torch.manual_seed(0)
layer = nn.Linear(4, 4)
X = torch.randn(256, 4)


def median_time(stmt):
    timer = benchmark.Timer(stmt, globals={"layer": layer, "X": X})
    return timer.blocked_autorange(min_run_time=0.05).median


with torch.no_grad():
    print(torch.allclose(torch.stack([layer(x) for x in X]), layer(X)))
    #> True
    print(median_time("[layer(x) for x in X]") > 10 * median_time("layer(X)"))
    #> True
