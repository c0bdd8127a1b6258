"""The two-language site as hooks/i18n_site.py and overrides/main.html shape it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hooks import i18n_site
from tests.conftest import ROOT
from tests.support.theme import theme_file

pytestmark = pytest.mark.build


def test_pinned_theme_bundle_still_has_the_patched_selector():
    """Tripwire: the hook rewrites this exact call in Material's bundle."""
    assert theme_file("assets/javascripts/bundle.*.min.js").count(i18n_site.ALTERNATE_SELECTOR) == 1


def test_built_bundle_is_patched(built_site):
    (bundle,) = (built_site / "assets/javascripts").glob("bundle.*.min.js")
    text = bundle.read_text(encoding="utf-8")
    assert i18n_site.ALTERNATE_SELECTOR not in text and i18n_site.NARROWED_SELECTOR in text


def index(site: Path, lang_root: str) -> dict:
    return json.loads((site / lang_root / "search/search_index.json").read_text(encoding="utf-8"))


def test_one_search_index_per_language(built_site):
    zh, en = index(built_site, ""), index(built_site, "en")
    zh_pages = {d["location"].split("#")[0] for d in zh["docs"]}
    en_pages = {d["location"].split("#")[0] for d in en["docs"]}
    # same pages, each index relative to its own language root (a page in one language only is
    # tests/test_pages.py's to report)
    one_language = {"" if n == "index.md" else n.removesuffix(".md") + "/"
                    for n in {p.name for p in (ROOT / "docs/zh").glob("*.md")} ^ {p.name for p in (ROOT / "docs/en").glob("*.md")}}
    assert zh_pages ^ en_pages <= one_language
    assert not any(d["location"].startswith("en/") for d in zh["docs"])
    assert any(re.search(r"[\u4e00-\u9fff]", d["title"]) for d in zh["docs"])
    assert not any(re.search(r"[\u4e00-\u9fff]", d["title"]) for d in en["docs"])
    assert "\\u200b" in zh["config"]["separator"]  # jieba's word breaks split Chinese words
    for docs in (zh["docs"], en["docs"]):  # each section once (the plugin stacks every entry twice)
        locations = [d["location"] for d in docs]
        assert len(locations) == len(set(locations)), sorted(x for x in locations if locations.count(x) > 1)[:5]


def test_en_pages_search_from_en_root(built_site):
    html = (built_site / "en/layers-and-blocks/index.html").read_text(encoding="utf-8")
    assert 'j.base=j.base.replace(/\\/?$/,"/en/")' in html
    zh_html = (built_site / "layers-and-blocks/index.html").read_text(encoding="utf-8")
    assert "j.base=" not in zh_html


def test_404_page_per_language(built_site):
    zh = (built_site / "404.html").read_text(encoding="utf-8")
    en = (built_site / "en/404.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in zh and '<html lang="en"' in en


def test_hreflang_alternates_are_absolute_and_per_page(built_site):
    html = (built_site / "en/layers-and-blocks/index.html").read_text(encoding="utf-8")
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    assert links == {
        "zh": "https://dl-computation.github.io/layers-and-blocks/",
        "x-default": "https://dl-computation.github.io/layers-and-blocks/",
        "en": "https://dl-computation.github.io/en/layers-and-blocks/",
    }
