import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Linear(6, 16), nn.Tanh(),
            nn.Linear(16, 16), nn.Tanh(),
        )
        self.head = nn.Linear(16, 3)

    def forward(self, X):
        return self.head(self.encoder(X))


torch.manual_seed(0)
model = Model()
for name, p in model.named_parameters():
    if name.endswith("bias"):
        nn.init.zeros_(p)
    elif name.startswith("encoder."):
        nn.init.xavier_uniform_(p, gain=nn.init.calculate_gain("tanh"))
    elif name.startswith("head."):
        nn.init.normal_(p, std=1e-3)
for name, p in model.named_parameters():
    print(f"{name:16} std {p.std():.4f}  max|x| {p.abs().max():.4f}")
    #> encoder.0.weight std 0.5224  max|x| 0.8689
    #> encoder.0.bias   std 0.0000  max|x| 0.0000
    #> encoder.2.weight std 0.4373  max|x| 0.7205
    #> encoder.2.bias   std 0.0000  max|x| 0.0000
    #> head.weight      std 0.0011  max|x| 0.0030
    #> head.bias        std 0.0000  max|x| 0.0000
