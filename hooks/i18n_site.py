"""MkDocs hook: finish what mkdocs-static-i18n (1.3.1) leaves undone for a two-language site.

1. One search index per language. The plugin merges both languages into one
   ``search/search_index.json`` (upstream: by design, mkdocs-static-i18n #271), so a
   reader searching from an English page gets Chinese hits too. After the build we
   split it: ``search/search_index.json`` keeps the default language,
   ``<lang>/search/search_index.json`` gets the others (their ``location`` made
   relative to ``<lang>/``), each entry once (the plugin stacks every entry twice).
   ``overrides/main.html`` points each page's search at its
   own language root (the theme derives the index URL from ``config.base``).
2. A 404 page per language. Every language build renders ``404.html`` to the site root
   and the last one wins; we keep each language's rendering and write the default
   language's to ``404.html``, the others' to ``<lang>/404.html``.
3. Material's language-alternate helper (bundle function ``ui``) fetches
   ``sitemap.xml`` beside every ``<link rel="alternate">`` of the page. With hreflang
   alternates per page that is a 404 per alternate on every page load. The language
   switcher's links already point at the same page in the other language, so the
   helper only costs requests: the selector is narrowed so it matches no link.
   ``tests/test_i18n_site.py`` fails if the pinned theme's bundle changes under this.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.i18n_build import nested_build  # noqa: E402
from hooks.theme_patch import patch_assets  # noqa: E402

log = logging.getLogger("mkdocs.hooks.i18n_site")

ALTERNATE_SELECTOR = 'M("link[rel=alternate]")'
NARROWED_SELECTOR = 'M("link[rel=alternate][data-md-sitemap]")'

_rendered_404: dict[str, str] = {}


def _i18n(config):
    return config.plugins.get("i18n")


def _languages(i18n) -> tuple[str, list[str]]:
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    others = [lang.locale for lang in i18n.config.languages if lang.build and not lang.default]
    return default, others


def split_search_index(site_dir: Path, default: str, others: list[str]) -> dict[str, int]:
    path = site_dir / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    # Every entry arrives twice: the plugin stacks the search plugin's entries after each
    # language's build, and those entries are not cleared between builds. Identical
    # entries are kept once, in the order they first appear.
    docs = list({json.dumps(d, sort_keys=True): d for d in index["docs"]}.values())
    counts: dict[str, int] = {}
    for lang in others:
        prefix = f"{lang}/"
        mine = [dict(d, location=d["location"][len(prefix):]) for d in docs if d["location"].startswith(prefix)]
        out = site_dir / lang / "search" / "search_index.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        config = dict(index["config"], lang=[lang] if lang != default else index["config"]["lang"])
        out.write_text(json.dumps({"config": config, "docs": mine}, ensure_ascii=False), encoding="utf-8")
        counts[lang] = len(mine)
    rest = [d for d in docs if not d["location"].startswith(tuple(f"{lang}/" for lang in others))]
    path.write_text(json.dumps(dict(index, docs=rest), ensure_ascii=False), encoding="utf-8")
    counts[default] = len(rest)
    return counts


def narrow_alternate_selector(site_dir: Path) -> int:
    return patch_assets(site_dir / "assets" / "javascripts", "bundle.*.min.js", ALTERNATE_SELECTOR,
                        NARROWED_SELECTOR, owner="hooks/i18n_site.py")


def on_post_template(output_content: str, template_name: str, config) -> str:
    i18n = _i18n(config)
    if i18n is not None and template_name == "404.html":
        _rendered_404[i18n.current_language] = output_content
    return output_content


@event_priority(-200)  # after mkdocs-static-i18n (-100), which builds the other languages and merges the index
def on_post_build(config, **kwargs) -> None:
    i18n = _i18n(config)
    if i18n is None or nested_build(config):
        return  # a nested build of one language: wait for the outer build to finish
    site_dir = Path(config.site_dir)
    default, others = _languages(i18n)
    for lang, html in _rendered_404.items():
        target = site_dir / "404.html" if lang == default else site_dir / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    _rendered_404.clear()
    split_search_index(site_dir, default, others)
    if not narrow_alternate_selector(site_dir):
        log.warning("Material bundle not patched: language alternates will fetch missing sitemaps")
