import os
import tempfile
import warnings

import torch
from safetensors.torch import load_file, load_model, save_model
from torch import nn


class TinyLM(nn.Module):  # the TinyLM from tied_weights.py
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


torch.manual_seed(0)
trained = TinyLM()
X = torch.tensor([[1, 5, 2]])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "tinylm.safetensors")
    save_model(trained, path)  # keeps one key of the tied pair
    state = load_file(path)  # memory-mapped, like torch.load(..., mmap=True)
    print(list(state))
    #> ['embed.weight']

    with torch.device("meta"):
        net = TinyLM()
    res = net.load_state_dict(state, assign=True, strict=False)
    print(res)
    #> _IncompatibleKeys(missing_keys=['head.weight'], unexpected_keys=[])
    if res.missing_keys != ["head.weight"] or res.unexpected_keys:  # strict=False raises for neither, so check both
        raise RuntimeError(res)
    print(net.head.weight.is_meta)
    #> True

    net.tie_weights()  # head.weight becomes the loaded embed.weight
    net.init_buffers()
    print(any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
    #> False
    print(torch.equal(net(X), trained(X)))
    #> True

    with torch.device("meta"):
        other = TinyLM()
    with warnings.catch_warnings():  # the no-op warnings of a load without assign=True
        warnings.simplefilter("ignore")
        try:
            load_model(other, path)  # strict=True by default
        except RuntimeError as e:
            print(type(e).__name__ + ":", e.args[0].splitlines()[1].strip())
            #> RuntimeError: Missing key(s) in state_dict: "head.weight"
