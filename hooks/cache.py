"""Where the build keeps what it can reuse: outside the repository, never in the work tree.

Not a hook itself. ``$DLC_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/dlc-site``, else
``~/.cache/dlc-site``. Entries are named by a hash of everything they depend on, so a
stale entry is never read; deleting the folder is always safe.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    if os.environ.get("DLC_CACHE_DIR"):
        return Path(os.environ["DLC_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dlc-site"


def cache_dir(*parts: str) -> Path:
    path = cache_root().joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
