"""``mkdocs build --strict`` passes on the real site and fails, naming the file,
on a broken include, link or anchor, or a zh/en mismatch."""

from __future__ import annotations

import re

import pytest

from tests.support.site import build, copy_sources
from tests.test_pages import first_include

pytestmark = pytest.mark.build


def test_strict_build_passes(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "en" / "index.html").is_file()
    assert (built_site / "layers-and-blocks" / "index.html").is_file()
    assert (built_site / "en" / "layers-and-blocks" / "index.html").is_file()


def test_every_include_is_rendered(built_site):
    """No include silently renders empty: the section markers vanish and the code is there."""
    html = (built_site / "layers-and-blocks" / "index.html").read_text(encoding="utf-8")
    assert "--8&lt;--" not in html and "--8<--" not in html
    assert 'nn<span class="o">.</span>Module' in html  # highlighted code: nn.Module


def planted(tmp_path, plant):
    project = copy_sources(tmp_path / "src")
    plant(project)
    return build(project, tmp_path / "site")


def test_missing_snippet_fails_the_build(tmp_path):
    def plant(p):
        page = p / "docs/en/layers-and-blocks.md"
        page.write_text(page.read_text() + '\n```python\n--8<-- "layers_and_blocks/missing.py"\n```\n')
    result = planted(tmp_path, plant)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert "layers_and_blocks/missing.py" in out


def test_missing_section_fails_the_build(tmp_path):
    def plant(p):
        page = p / "docs/en/layers-and-blocks.md"
        target = first_include(page).partition(":")[0]
        page.write_text(page.read_text() + f'\n```python\n--8<-- "{target}:no-such-section"\n```\n')
    result = planted(tmp_path, plant)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Snippet section 'no-such-section' could not be located" in out
    assert "layers-and-blocks.md" in out


def test_broken_link_anchor_and_parity_fail_the_build(tmp_path):
    def plant(p):
        en = p / "docs/en/layers-and-blocks.md"
        en.write_text(en.read_text() + "\nSee [nowhere](no-such-page.md) and [here](index.md#no-such-anchor).\n")
        (p / "docs/zh/only-zh.md").write_text("# 只有中文 { #only-zh }\n", encoding="utf-8")
    result = planted(tmp_path, plant)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert "no-such-page.md" in out and "layers-and-blocks.md" in out
    assert "no-such-anchor" in out
    assert "docs/zh/only-zh.md: page has no en counterpart" in out


def test_no_script_holds_up_the_first_paint(built_site):
    """No page loads a parser-blocking script (the theme's bundle: tests/test_theme_startup.py)."""
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        external = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert all(" defer " in s or " async " in s for s in external), (path, external)
