"""Pages and snippets stay in step: includes only, no orphans, zh/en parity.

The rules live in hooks/page_invariants.py (the build runs them too); here they
run on the real tree, and on copies with one planted violation each, to show
that every rule can fail and that its message names the file and line, one
problem per line. Pages are read with hooks/page_format.py, the parser the build uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hooks.page_format import parse_page
from hooks.page_invariants import check
from tests.conftest import ROOT
from tests.support.site import copy_sources

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"


def test_real_tree_has_no_violation():
    """Also the one test that fails for a page in one language only (its message says which)."""
    assert (DOCS / "zh" / "index.md").is_file() and (DOCS / "en" / "index.md").is_file()
    errors = check(DOCS, SNIPPETS)
    assert not errors, "\n" + "\n".join(errors)


@pytest.fixture
def tree(tmp_path) -> Path:
    return copy_sources(tmp_path)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"planting needs {old!r} in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_include(page: Path) -> str:
    return parse_page(page, page.parents[2]).includes[0].target


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


def test_catches_code_outside_the_included_sections(tree):
    target = first_include(tree / "docs/zh/layers-and-blocks.md").partition(":")[0]
    snippet = tree / "snippets" / target
    lines = snippet.read_text().splitlines()
    # the file's code after its first line becomes a section; the first line stays outside it
    snippet.write_text("\n".join([lines[0], "# --8<-- [start:body]", *lines[1:], "# --8<-- [end:body]"]) + "\n")
    for lang in ("zh", "en"):
        page = tree / f"docs/{lang}/layers-and-blocks.md"
        page.write_text(page.read_text().replace(f'--8<-- "{target}"\n', f'--8<-- "{target}:body"\n'))
    assert re.search(rf"snippets/{re.escape(target)}:1: code outside the sections the pages include \(lines 1\)",
                     violations(tree))


def test_catches_missing_snippet_and_section(tree):
    page = tree / "docs/zh/layers-and-blocks.md"
    target = first_include(page).partition(":")[0]
    edit(page, f'--8<-- "{target}', '--8<-- "layers_and_blocks/no_such_file.py')
    found = violations(tree)
    assert re.search(r"docs/zh/layers-and-blocks\.md:\d+: includes missing snippet file "
                     r"snippets/layers_and_blocks/no_such_file\.py", found)
    edit(page, "layers_and_blocks/no_such_file.py", f"{target}:no-such-section")
    assert f"includes missing section 'no-such-section' of snippets/{target}" in violations(tree)


def test_catches_page_in_one_language_only(tree):
    (tree / "docs/zh/only-zh.md").write_text("# 只有中文 { #only-zh }\n", encoding="utf-8")
    assert "docs/zh/only-zh.md: page has no en counterpart (expected docs/en/only-zh.md)" in violations(tree)


def test_include_mismatch_names_each_include(tree):
    """Missing, extra and out-of-order includes: one line each, with the page and line."""
    en = tree / "docs/en/layers-and-blocks.md"
    targets = [i.target for i in parse_page(en, tree).includes]
    first, second, last = targets[0], targets[1], targets[-1]
    text = en.read_text(encoding="utf-8")
    text = text.replace(f'--8<-- "{last}"\n', "", 1)  # missing
    text = text.replace(f'--8<-- "{second}"', f'--8<-- "{second}"\n--8<-- "home/check_setup.py"', 1)  # extra
    en.write_text(text, encoding="utf-8")
    found = check(tree / "docs", tree / "snippets")
    lines = [m for m in found if m.startswith("docs/en/layers-and-blocks.md")]
    assert f"docs/en/layers-and-blocks.md: include {last!r} is missing (it is at docs/zh/layers-and-blocks.md:" in "\n".join(lines)
    assert any(re.fullmatch(r"docs/en/layers-and-blocks\.md:\d+: include 'home/check_setup\.py' is extra "
                            r"\(not in docs/zh/layers-and-blocks\.md\)", m) for m in lines), lines
    assert len(lines) == 2 and all("\n" not in m for m in found)
    # out of order: swap the first two includes
    text = en.read_text(encoding="utf-8")
    inc = '--8<-- "{}"'.format
    text = text.replace(inc(first), "@@A@@", 1).replace(inc(second), inc(first), 1).replace("@@A@@", inc(second), 1)
    en.write_text(text, encoding="utf-8")
    found = "\n".join(check(tree / "docs", tree / "snippets"))
    assert re.search(rf"docs/en/layers-and-blocks\.md:\d+: include '({re.escape(first)}|{re.escape(second)})' "
                     r"is out of order \(docs/zh/layers-and-blocks\.md has it at line \d+\)", found), found


def test_catches_anchor_mismatch_and_missing_anchor(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    edit(page, "{ #layers-and-blocks }", "{ #layers-blocks }")
    found = violations(tree)
    assert re.search(r"docs/en/layers-and-blocks\.md:\d+: anchor 'layers-blocks' is extra", found)
    assert "docs/en/layers-and-blocks.md: anchor 'layers-and-blocks' is missing (it is at docs/zh/layers-and-blocks.md:" in found
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


def test_catches_a_section_marker_in_prose(tree):
    """A line of prose that names a section marker is dropped whole by pymdownx.snippets
    (the testing page lost a paragraph that way); written ``;--8<--`` it is shown."""
    page = tree / "docs/en/testing.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nMark it with `# --8<-- [start:name]`.\n\nOr `# ;--8<-- [end:name]`.\n", encoding="utf-8")
    found = [e for e in check(tree / "docs", tree / "snippets") if "section marker" in e]
    assert len(found) == 1 and re.match(r"docs/en/testing\.md:\d+: pymdownx\.snippets reads "
                                        r"'--8<-- \[start:name\]'", found[0]), found


def test_catches_text_glued_to_a_code_block(tree):
    """Prose right under a closing fence is glued to the block: the big-models page shipped
    a paragraph with no opening <p> that way (only the Nu Html Checker saw it)."""
    page = tree / "docs/en/layers-and-blocks.md"
    target = first_include(page)
    edit(page, f'--8<-- "{target}"\n```\n\n', f'--8<-- "{target}"\n```\n')
    found = [e for e in check(tree / "docs", tree / "snippets") if "no blank line after the code block" in e]
    assert len(found) == 1 and found[0].startswith("docs/en/layers-and-blocks.md:"), found


def test_catches_an_unclosed_fence_and_a_stray_include(tree):
    page = tree / "docs/en/layers-and-blocks.md"
    target = first_include(page)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.rstrip("\n") + f'\n\n--8<-- "{target}"\n\n```python\n', encoding="utf-8")
    found = violations(tree)
    assert re.search(r"docs/en/layers-and-blocks\.md:\d+: include outside a code fence", found), found
    assert re.search(r"docs/en/layers-and-blocks\.md:\d+: code fence opened and never closed", found), found


def test_catches_highlights_that_miss_the_code(tree):
    """Lines added to a snippet above a highlighted line shift the highlight (the big-models
    page, which then held private_reset.py, once highlighted the wrong lines that way); a
    shift onto a blank line, an output line or past the end of the block is caught."""
    page = tree / "docs/en/init-on-meta.md"
    edit(page, 'title="init_on_meta/private_reset.py" hl_lines="19-21 24-26"',
         'title="init_on_meta/private_reset.py" hl_lines="3 23-26 27-99"')
    found = [e for e in violations(tree).splitlines() if "hl_lines" in e]
    assert [e.split(": hl_lines ")[1].split(";")[0] for e in found] == [
        "highlights line 3, a blank line", "highlights line 23, a #> output line",
        "highlights line 99, past the end of the block's 28 lines"], found
    assert all(re.match(r"docs/en/init-on-meta\.md:\d+: ", e) for e in found), found


def test_pymdownx_still_drops_a_marker_line_and_shows_an_escaped_one(tmp_path):
    """Tripwire for the rule above: the pinned pymdownx.snippets still drops an unescaped
    marker line of the page itself, and shows an escaped one without its ``;``."""
    import markdown

    html = markdown.markdown("Kept.\n\nLost `# --8<-- [start:a]` here.\n\nShown `# ;--8<-- [end:a]` here.\n",
                             extensions=["pymdownx.snippets"],
                             extension_configs={"pymdownx.snippets": {"base_path": [str(tmp_path)]}})
    assert "Kept." in html and "Lost" not in html
    assert "Shown <code># --8&lt;-- [end:a]</code> here." in html
