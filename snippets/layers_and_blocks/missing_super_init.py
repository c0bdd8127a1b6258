from torch import nn


class Forgetful(nn.Module):
    def __init__(self):
        self.hidden = nn.Linear(20, 256)


try:
    Forgetful()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
    #> AttributeError: cannot assign module before Module.__init__() call
