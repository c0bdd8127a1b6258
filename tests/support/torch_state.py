"""Reset global torch state so that every snippet starts as in a fresh Python.

Snippets share one process (pytest-examples runs them in-process); without this,
a seed, print option, default dtype/device or grad mode set by one snippet
would leak into the next one.

A fresh Python seeds torch's generator non-deterministically, so we do too:
a snippet that prints random numbers without calling ``torch.manual_seed``
itself fails here, instead of passing by luck of the snippet order.
"""

from __future__ import annotations

import torch


def reset_torch_state() -> None:
    torch.seed()
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)
    torch.set_default_device(None)
    torch.set_grad_enabled(True)
    torch.use_deterministic_algorithms(False)
    torch.serialization.clear_safe_globals()  # an allow-list set by one snippet must not leak
