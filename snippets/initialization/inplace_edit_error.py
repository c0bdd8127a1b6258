from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
try:
    net[0].weight += 1
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
try:
    net[0].weight[0, 0] = 42
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
