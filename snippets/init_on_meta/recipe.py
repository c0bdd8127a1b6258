import torch
from torch import nn


class TinyLM(nn.Module):  # tied embedding and head, attention, a computed buffer, its own init
    def __init__(self, vocab=10, d=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.attn = nn.MultiheadAttention(d, 2, batch_first=True)
        self.head = nn.Linear(d, vocab, bias=False)
        self.register_buffer("scale", torch.empty(d), persistent=False)
        self.tie_weights()
        self.init_weights()
        self.init_buffers()

    def tie_weights(self):
        self.head.weight = self.embed.weight

    def init_weights(self):  # on top of the layers' defaults
        nn.init.normal_(self.embed.weight, std=0.02)

    def init_buffers(self):  # only __init__ calls it
        d, w = self.scale.numel(), self.embed.weight
        self.scale = torch.arange(1.0, d + 1, device=w.device, dtype=w.dtype) / d

    def forward(self, tokens):
        X = self.embed(tokens) * self.scale
        return self.head(self.attn(X, X, X, need_weights=False)[0])


def mark(net):  # as in nan_check.py, for float tensors only
    with torch.no_grad():
        for t in [*net.parameters(), *net.buffers()]:
            t.fill_(float("nan"))


def missed(net):
    return [k for k, t in [*net.named_parameters(), *net.named_buffers()] if t.isnan().any()]


with torch.device("meta"):  # step 1
    net = TinyLM()
net.to_empty(device="cpu")  # step 2
mark(net)
for m in net.modules():  # step 3
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
for m in net.modules():  # step 4
    if isinstance(m, nn.MultiheadAttention):
        m._reset_parameters()
net.tie_weights()  # step 5
net.init_weights()  # step 6
net.init_buffers()  # step 7
opt = torch.optim.AdamW(net.parameters())  # step 8
print(missed(net), any(t.is_meta for t in [*net.parameters(), *net.buffers()]))
#> [] False
print(net.head.weight is net.embed.weight, net(torch.tensor([[1, 5, 2]])).shape)
#> True torch.Size([1, 3, 10])
