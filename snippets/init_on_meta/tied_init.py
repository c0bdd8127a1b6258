import torch
from torch import nn


class TinyLM(nn.Module):  # as in big_models/tied_weights.py
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


def init_loop(net):
    for m in net.modules():
        if hasattr(m, "reset_parameters"):
            m.reset_parameters()


torch.manual_seed(0)
ordinary = TinyLM()
X = torch.tensor([[1, 5, 2]])

with torch.device("meta"):
    fresh = TinyLM()
fresh.to_empty(device="cpu")
print(fresh.head.weight is fresh.embed.weight)
#> False
torch.manual_seed(0)
init_loop(fresh)
fresh.tie_weights()  # after the loop
fresh.init_buffers()
print(fresh.head.weight is fresh.embed.weight, torch.equal(fresh(X), ordinary(X)))
#> True True
# a state dict leaves out the non-persistent scale, so compare the buffers too
print([k for k, b in fresh.named_buffers() if not torch.equal(b, ordinary.get_buffer(k))])
#> []

with torch.device("meta"):
    tied_first = TinyLM()
tied_first.to_empty(device="cpu")
tied_first.tie_weights()  # before the loop
torch.manual_seed(0)
init_loop(tied_first)
tied_first.init_buffers()
print(torch.equal(tied_first.embed.weight, ordinary.embed.weight))
#> False
