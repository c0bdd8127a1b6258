import torch
import torch.nn.functional as F
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab, d, tie=True):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.head = nn.Linear(d, vocab, bias=False)
        if tie:
            self.head.weight = self.embed.weight

    def forward(self, tokens):
        return self.head(torch.tanh(self.embed(tokens)))


torch.manual_seed(0)
tied = TinyLM(vocab=10, d=4)
untied = TinyLM(vocab=10, d=4, tie=False)
untied.load_state_dict(tied.state_dict())
print(untied.head.weight is untied.embed.weight)
#> False

tokens = torch.tensor([[1, 5, 2, 5]])
targets = torch.tensor([[5, 2, 5, 7]])
losses = []
for model in (tied, untied):
    loss = F.cross_entropy(model(tokens).flatten(0, 1), targets.flatten())
    loss.backward()
    losses.append(loss.item())
print(losses[0] == losses[1])
#> True

g_tied = tied.embed.weight.grad
g_embed, g_head = untied.embed.weight.grad, untied.head.weight.grad
print(torch.allclose(g_tied, g_embed + g_head))
#> True
print(torch.allclose(g_tied, g_embed), torch.allclose(g_tied, g_head))
#> False False
print((g_embed.abs().sum(dim=1) > 0).nonzero().flatten().tolist())
#> [1, 2, 5]
