"""MkDocs hook: build and serve output holds what a writer needs to read, nothing else.

- jieba (Chinese word segmentation for search) logs five DEBUG lines through a handler
  of its own on every build ("Building prefix dict…", "Loading model cost…"):
  ``jieba.setLogLevel(WARNING)`` keeps its warnings and errors.
- mkdocs-jupyter logs an INFO line per notebook ("Converting notebook…", "Copied jupyter file…", "Cache hit…",
  "Evicted stale cache…"): 40-odd lines per build. Its logger is set to WARNING, so its
  warnings and errors still show.
- Material's end-of-life banner is printed when the theme is imported, before any hook
  runs; ``mkdocs.yml`` sets ``NO_MKDOCS_2_WARNING`` while it is parsed (``extra.quiet``),
  which is the theme's documented switch. ``tests/test_build.py`` checks the output of a
  real build for both.

Nothing at WARNING or above is hidden: page rules, stale outputs, broken links and every
plugin's warnings still print, and ``--strict`` still counts them.
"""

from __future__ import annotations

import logging

import jieba

jieba.setLogLevel(logging.WARNING)
for name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
    logging.getLogger(name).setLevel(logging.WARNING)
