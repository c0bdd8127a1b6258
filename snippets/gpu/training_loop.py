import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator or torch.device("cpu")

torch.manual_seed(0)
features = torch.randn(512, 4)
labels = features @ torch.tensor([[2.0], [-1.0], [0.5], [3.0]]) + 1.0
loader = DataLoader(TensorDataset(features, labels), batch_size=64, shuffle=True)

net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1)).to(device)
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
loss_fn = nn.MSELoss()

for epoch in range(1, 16):
    total = torch.zeros((), device=device)
    for X, y in loader:
        X, y = X.to(device), y.to(device)
        loss = loss_fn(net(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.detach() * len(X)
    if epoch % 5 == 0:
        print(f"epoch {epoch}: loss {total.item() / len(features):.4f}")
        #> epoch 5: loss 0.1348
        #> epoch 10: loss 0.0894
        #> epoch 15: loss 0.0575
