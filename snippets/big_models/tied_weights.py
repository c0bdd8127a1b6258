import torch
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=10, d=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.head = nn.Linear(d, vocab, bias=False)
        self.register_buffer("scale", torch.empty(d), persistent=False)
        self.tie_weights()
        self.init_buffers()

    def tie_weights(self):
        self.head.weight = self.embed.weight

    def init_buffers(self):
        d, w = self.scale.numel(), self.embed.weight
        # scale is a registered buffer, so this replaces it, still non-persistent
        self.scale = torch.arange(1.0, d + 1, device=w.device, dtype=w.dtype) / d

    def forward(self, tokens):
        return self.head(self.embed(tokens) * self.scale)


torch.manual_seed(0)
trained = TinyLM()
state = trained.state_dict()
print(list(state))
#> ['embed.weight', 'head.weight']
X = torch.tensor([[1, 5, 2]])

with torch.device("meta"):
    net = TinyLM()
net.load_state_dict(state, assign=True)
print(net.head.weight is net.embed.weight, len(list(net.parameters())))
#> False 2
print(net.head.weight.data_ptr() == net.embed.weight.data_ptr())
#> True
print(net.scale.device)
#> meta
try:
    net(X)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    #> RuntimeError: Tensor on device meta is not on the expected device cpu!

net.tie_weights()
net.init_buffers()
print(net.head.weight is net.embed.weight, len(list(net.parameters())))
#> True 1
print(any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
#> False
print(torch.equal(net(X), trained(X)))
#> True
