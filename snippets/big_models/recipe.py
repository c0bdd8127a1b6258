import os
import tempfile

import torch
from torch import nn


class TinyLM(nn.Module):  # the TinyLM from "Tied weights and non-persistent buffers"
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
        self.scale = torch.arange(1.0, d + 1, device=w.device, dtype=w.dtype) / d

    def forward(self, tokens):
        return self.head(self.embed(tokens) * self.scale)


def try_gpu(i=0):
    if i < torch.accelerator.device_count():
        return torch.device(torch.accelerator.current_accelerator().type, i)
    return torch.device("cpu")


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "tinylm.pt")
    torch.save(TinyLM().state_dict(), path)  # stands in for a published checkpoint

    with torch.device("meta"):  # 1. build: no memory yet
        net = TinyLM()
    net.load_state_dict(torch.load(path, mmap=True), assign=True)  # 2. take the tensors
    net.tie_weights()  # 3. tie again, compute the buffer again
    net.init_buffers()
    print(any(t.is_meta for t in [*net.parameters(), *net.buffers()]))  # 4. check
    #> False
    net.to(try_gpu())  # 5. move
    optimizer = torch.optim.Adam(net.parameters())  # 6. optimizer last
    print(len(optimizer.param_groups[0]["params"]))
    #> 1
