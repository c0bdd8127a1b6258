"""MkDocs hook: a rebuild under ``mkdocs serve`` redoes only the work whose input changed.

Every save rebuilds the whole site in both languages (MkDocs has no incremental build),
and three pieces of that work gave the same answer every time for an unchanged page:

- **search entries** (Material's ``SearchIndex.add_entry_from_context``): each page's HTML
  is re-parsed by Python's ``html.parser`` and re-segmented by jieba, about a second per
  rebuild for 40 pages;
- **code highlighting** (pymdownx's ``Highlight.highlight``, Pygments): 350-odd blocks,
  about half a second;
- **template compilation** (Jinja): MkDocs makes a new theme environment per build, and
  the theme's 120 templates were compiled to Python each time.

The first two are memoized in this process by everything their result depends on (the
page's HTML, URL, title, table of contents, front matter and the plugin's settings; the
block's source and every highlighting argument and setting), so a changed input is never
served from the memo. The memo lives on the patched classes, which survive the rebuilds
(MkDocs re-executes hook files for every build; the theme and pymdownx stay imported).
It holds only what the last build used, so it never grows past one site's worth.
Templates get Jinja's own ``FileSystemBytecodeCache`` in hooks/cache.py's folder (Jinja
checks each template's source checksum before it uses an entry).

Outputs are unchanged: ``tests/test_build.py`` builds twice in one process and compares
every file of the second build with a build without this hook.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sys
from pathlib import Path

import jinja2
from material.plugins.search.plugin import SearchIndex
from pymdownx.highlight import Highlight

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.cache import cache_dir  # noqa: E402
from hooks.i18n_build import nested_build  # noqa: E402


def _digest(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, default=repr, sort_keys=True).encode("utf-8")).hexdigest()


class Memo:
    """Results by key; ``rotate()`` at each build keeps only what the last build used."""

    def __init__(self) -> None:
        self.previous: dict[str, object] = {}
        self.current: dict[str, object] = {}
        self.hits = self.misses = 0

    def get(self, key: str):
        if key in self.current:
            return self.current[key]
        if key in self.previous:
            self.hits += 1
            self.current[key] = self.previous[key]
            return self.current[key]
        self.misses += 1
        return None

    def put(self, key: str, value) -> None:
        self.current[key] = value

    def rotate(self) -> None:
        self.previous, self.current = self.current or self.previous, {}
        self.hits = self.misses = 0


def _toc(items) -> list:
    return [(item.id, item.url, item.title, item.level, _toc(item.children)) for item in items]


def _search_key(index: SearchIndex, page) -> str:
    meta = {k: page.meta.get(k) for k in ("title", "tags", "search")}  # all the plugin reads of it
    return _digest(index.config, page.url, page.title, page.content, meta, _toc(page.toc))


def _memo_search(original):
    memo = Memo()

    def add_entry_from_context(self, page):
        key = _search_key(self, page)
        entries = memo.get(key)
        if entries is None:
            start = len(self.entries)
            original(self, page)
            entries = copy.deepcopy(self.entries[start:])
            memo.put(key, entries)
        self.entries.extend(copy.deepcopy(entries))

    add_entry_from_context.memo = memo
    return add_entry_from_context


def _memo_highlight(original):
    memo = Memo()

    def highlight(self, src, language, *args, **kwargs):
        settings = {k: v for k, v in vars(self).items() if k != "md"}
        if settings.get("title_mode") == "html" or kwargs.get("inline") or (len(args) > 5 and args[5]):
            return original(self, src, language, *args, **kwargs)  # stores into md's stash / inline code
        key = _digest(settings, src, language, args, kwargs)
        html = memo.get(key)
        if html is None:
            html = original(self, src, language, *args, **kwargs)
            memo.put(key, html)
        return html

    highlight.memo = memo
    return highlight


def install() -> None:
    """Patch the two classes once per process (this file runs again at every build)."""
    if not hasattr(SearchIndex.add_entry_from_context, "memo"):
        SearchIndex.add_entry_from_context = _memo_search(SearchIndex.add_entry_from_context)
    if not hasattr(Highlight.highlight, "memo"):
        Highlight.highlight = _memo_highlight(Highlight.highlight)


def memos() -> list[Memo]:
    return [SearchIndex.add_entry_from_context.memo, Highlight.highlight.memo]


def on_config(config):
    install()
    if not nested_build(config):
        for memo in memos():  # an outer build starts: both languages' results stay
            memo.rotate()
    return config


def on_env(env: jinja2.Environment, config, files):
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache_dir("jinja")))
    return env
