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
    torch.save({k: v.bfloat16() for k, v in trained.state_dict().items()}, path)  # each key its own copy
    with torch.device("meta"):
        net = Tagger()
    net.load_state_dict(torch.load(path, mmap=True), assign=True)
    net.tie_weights()  # one Parameter for both layers again
    print(len(list(net.parameters())), len(list(trained.parameters())), net.mask.device)
    #> 3 3 meta

    net.mask = torch.tensor([1.0, 0, 1, 0, 1, 0])  # float32: what an init_buffers() without the dtype gives
    try:
        net(X)  # the product with mask is float32, but head's weight is bfloat16
    except RuntimeError as e:
        print(type(e).__name__ + ":", e)
        #> RuntimeError: expected m1 and m2 to have the same dtype, but got: float != c10::BFloat16

    net.init_buffers()  # takes the dtype from the loaded weights
    print(net.mask.dtype, any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
    #> torch.bfloat16 False
    Y = net(X)
    print(Y.dtype, torch.equal(Y, trained.to(torch.bfloat16)(X)))
    #> torch.bfloat16 True
