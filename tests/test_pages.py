"""Pages and snippets stay in step: includes only, no orphans, zh/en parity.

The rules live in hooks/page_invariants.py (the build runs them too); here they
run on the real tree, and on copies with one planted violation each, to show
that every rule can fail and that its message names the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hooks.page_invariants import check
from tests.conftest import ROOT
from tests.support.site import copy_sources

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"


def test_real_tree_has_no_violation():
    assert check(DOCS, SNIPPETS) == []


def test_both_languages_have_pages():
    zh = sorted(p.name for p in (DOCS / "zh").rglob("*.md"))
    assert zh and zh == sorted(p.name for p in (DOCS / "en").rglob("*.md"))


@pytest.fixture
def tree(tmp_path) -> Path:
    return copy_sources(tmp_path)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"planting needs {old!r} in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_include(page: Path) -> str:
    return re.search(r'--8<-- "([^"]+)"', page.read_text(encoding="utf-8"))[1]


def violations(tree: Path) -> str:
    return "\n".join(check(tree / "docs", tree / "snippets"))


def test_catches_inline_code(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    target = first_include(page)
    edit(page, f'--8<-- "{target}"', f'--8<-- "{target}"\nprint("typed by hand")')
    assert re.search(r"docs/en/layers-and-blocks\.md:\d+: code typed inline", violations(tree))


def test_catches_orphan_snippet(tree):
    (tree / "snippets/layers_and_blocks/forgotten.py").write_text("print(1)\n#> 1\n")
    assert "snippets/layers_and_blocks/forgotten.py: not included by any page" in violations(tree)


def test_catches_unused_section(tree):
    target = first_include(tree / "docs/zh/layers-and-blocks.md").partition(":")[0]
    snippet = tree / "snippets" / target
    snippet.write_text(snippet.read_text() + "# --8<-- [start:extra]\nprint(2)\n#> 2\n# --8<-- [end:extra]\n")
    for lang in ("zh", "en"):  # a whole-file include would cover the section
        page = tree / f"docs/{lang}/layers-and-blocks.md"
        page.write_text(page.read_text().replace(f'--8<-- "{target}"\n', f'--8<-- "{target}:__x"\n'))
    assert f"snippets/{target}: section 'extra' is not included by any page" in violations(tree)


def test_catches_missing_snippet_and_section(tree):
    page = tree / "docs/zh/layers-and-blocks.md"
    target = first_include(page).partition(":")[0]
    edit(page, f'--8<-- "{target}', '--8<-- "layers_and_blocks/no_such_file.py')
    found = violations(tree)
    assert "docs/zh/layers-and-blocks.md: includes missing snippet file snippets/layers_and_blocks/no_such_file.py" in found
    edit(page, "layers_and_blocks/no_such_file.py", f"{target}:no-such-section")
    assert f"includes missing section 'no-such-section' of snippets/{target}" in violations(tree)


def test_catches_page_in_one_language_only(tree):
    (tree / "docs/zh/only-zh.md").write_text("# 只有中文 { #only-zh }\n", encoding="utf-8")
    assert "docs/zh/only-zh.md: page has no en counterpart (expected docs/en/only-zh.md)" in violations(tree)


def test_catches_include_order_mismatch(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    target = first_include(page)
    edit(page, f'--8<-- "{target}"', f'--8<-- "{target}"\n--8<-- "{target}"')
    assert "docs/en/layers-and-blocks.md: snippet includes differ from docs/zh/layers-and-blocks.md" in violations(tree)


def test_catches_anchor_mismatch_and_missing_anchor(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    edit(page, "{ #layers-and-blocks }", "{ #layers-blocks }")
    assert "docs/en/layers-and-blocks.md: heading anchors differ from docs/zh/layers-and-blocks.md" in violations(tree)
    edit(page, " { #layers-blocks }", "")
    assert re.search(r"docs/en/layers-and-blocks\.md:\d+: heading without an explicit \{ #anchor \}", violations(tree))


def test_catches_broken_or_missing_front_matter(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\ndescription:")
    page.write_text(text.replace("description:", "description: Layers: blocks: and more\nx:", 1), encoding="utf-8")
    assert "docs/en/layers-and-blocks.md: front matter is not valid YAML" in violations(tree)
    page.write_text(text.split("---\n", 2)[2], encoding="utf-8")
    assert "docs/en/layers-and-blocks.md:1: no front matter" in violations(tree)
