"""MkDocs hook: links into the PyTorch reference, written once in ``hooks/api_links.yml``.

A page links the first mention of an API it teaches as ``[`nn.Linear`](api:torch.nn.Linear)``;
``resolve()`` replaces ``api:NAME`` with the URL that ``hooks/api_links.yml`` lists for NAME.
The hook does it on every page's Markdown before it is rendered, and ``hooks/notebooks.py``
calls the same function on the notebooks' markdown cells, so the link is the same absolute
URL on the site and in Jupyter.

``check(docs_dir)`` returns one line per problem, and the build logs each as a warning
(``--strict`` fails): a name the data file does not list, a page that links one API twice,
a zh page whose ``api:`` names differ from its en page's (the same links, in the same order,
in both languages), an entry of the data file that no page uses.

The data file lives beside the hooks that read it (outside ``docs/``, so it is not
published; ``watch: hooks`` makes ``mkdocs serve`` rebuild when it changes).
"""

from __future__ import annotations

import logging
import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.i18n_build import nested_build  # noqa: E402
from hooks.page_format import LANGS, Prose, read_pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.api_links")

DATA = Path(__file__).with_name("api_links.yml")
API_LINK = re.compile(r"\]\(api:(?P<name>[\w.]+)\)")


@lru_cache(maxsize=None)
def _load(path: str, mtime: float) -> dict[str, str]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return {name: entry["url"] for name, entry in data.items()}


def links(path: Path = DATA) -> dict[str, str]:
    """API name -> URL, as the data file lists them."""
    return _load(str(path), path.stat().st_mtime)


def resolve(text: str, table: dict[str, str] | None = None) -> str:
    """Markdown with every ``](api:NAME)`` of a listed NAME replaced by ``](URL)``."""
    table = links() if table is None else table
    return API_LINK.sub(lambda m: f"]({table[m['name']]})" if m["name"] in table else m[0], text)


def page_links(page) -> list[tuple[str, int]]:
    """The ``api:`` names a page links, in order, as (name, line)."""
    return [(m["name"], n) for block in page.blocks if isinstance(block, Prose)
            for n, line in block.lines for m in API_LINK.finditer(line)]


def check(docs_dir: Path, data: Path = DATA) -> list[str]:
    table = links(data)
    errors: list[str] = []
    used: set[str] = set()
    pages = {lang: read_pages(Path(docs_dir), lang) for lang in LANGS}
    for lang in LANGS:
        for page in pages[lang].values():
            seen: set[str] = set()
            for name, n in page_links(page):
                used.add(name)
                if name not in table:
                    errors.append(f"{page.rel}:{n}: api:{name} is not in {data.name}; add it there with its URL")
                if name in seen:
                    errors.append(f"{page.rel}:{n}: api:{name} is linked twice; link only its first mention")
                seen.add(name)
    for name in sorted(set(pages["zh"]) & set(pages["en"])):
        zh, en = [v for v, _ in page_links(pages["zh"][name])], [v for v, _ in page_links(pages["en"][name])]
        if zh != en:
            errors.append(f"docs/en/{name}: api links {en} differ from docs/zh/{name}: {zh}")
    errors.extend(f"{data.name}: {name} is linked by no page" for name in sorted(set(table) - used))
    return errors


def on_pre_build(config, **kwargs) -> None:
    if nested_build(config):
        return  # the plugin's nested build of the other language: checked already
    for message in check(Path(config.docs_dir)):
        log.warning(message)


def on_page_markdown(markdown, page, config, files):
    return resolve(markdown)
