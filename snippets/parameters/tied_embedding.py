import torch
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
model = TinyLM(vocab=10, d=4)
print(model.embed.weight.shape, model.head.weight.shape)
#> torch.Size([10, 4]) torch.Size([10, 4])
print(model.head.weight is model.embed.weight)
#> True
print(model(torch.tensor([[1, 5, 2]])).shape)
#> torch.Size([1, 3, 10])
print([name for name, _ in model.named_parameters()])
#> ['embed.weight']
print(list(model.state_dict().keys()))
#> ['embed.weight', 'head.weight']
print(sum(p.numel() for p in model.parameters()))
#> 40
print(sum(p.numel() for p in TinyLM(vocab=10, d=4, tie=False).parameters()))
#> 80
