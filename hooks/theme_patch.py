"""Exact-string patches of the pinned theme's built assets: the one way every hook does it.

Not a hook itself. ``hooks/theme_startup.py``, ``hooks/i18n_site.py`` and
``hooks/search_index.py`` each replace one exact string in a file the theme copies into the
built site (its bundle, its search worker, its palette stylesheet). A patch applies only
where the file holds that string exactly once; anything else means the theme changed under
the patch, and the build says so (a warning: ``--strict`` fails), naming the hook to re-check.
Each hook's tripwire tests check the pinned theme's own files for the same strings.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.theme_patch")


def patch_file(path: Path, old: str, new: str) -> bool:
    """Replace the one ``old`` in ``path`` by ``new``; False if there is not exactly one."""
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        return False
    path.write_text(text.replace(old, new), encoding="utf-8")
    return True


def patch_assets(folder: Path, pattern: str, old: str, new: str, *, owner: str) -> int:
    """Patch every file of ``folder`` matching ``pattern``; warn, naming ``owner`` (the hook
    that needs the patch), for a file without exactly one ``old`` or when no file matches.
    Returns the number of files patched."""
    files = sorted(Path(folder).glob(pattern))
    patched = 0
    for path in files:
        if patch_file(path, old, new):
            patched += 1
        else:
            log.warning(f"{path.name}: expected one {old!r}; theme changed, re-check {owner}")
    if not files:
        log.warning(f"{pattern}: no such file in {folder}; theme changed, re-check {owner}")
    return patched
