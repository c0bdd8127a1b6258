import os
import tempfile

import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, vocab=12, d=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.mix = nn.Linear(d, d)
        self.head = nn.Linear(d, vocab, bias=False)
        self.register_buffer("mask", torch.empty(d), persistent=False)
        self.tie_weights()
        self.init_buffers()

    def tie_weights(self):  # a method, so that it can run again after a load
        self.head.weight = self.embed.weight

    def init_buffers(self):  # 1, 0, 1, 0, ... on the weights' device, in their dtype
        w = self.embed.weight
        self.mask = (torch.arange(self.mask.numel(), device=w.device) % 2 == 0).to(w.dtype)

    def forward(self, tokens):
        return self.head(torch.relu(self.mix(self.embed(tokens))) * self.mask)


torch.manual_seed(0)
trained = Tagger()
X = torch.tensor([[3, 0, 7]])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "tagger.pt")
    torch.save(trained.state_dict(), path)
    with torch.device("meta"):
        net = Tagger()
    net.load_state_dict(torch.load(path, mmap=True), assign=True)
    print(len(list(net.parameters())), len(list(trained.parameters())), net.mask.device)
    #> 4 3 meta
    net.tie_weights()  # one Parameter for both layers again
    net.init_buffers()  # the state dict does not hold mask
    print(len(list(net.parameters())), any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
    #> 3 False
    print(torch.equal(net(X), trained(X)))
    #> True
