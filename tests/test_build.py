"""``mkdocs build`` passes on the real site, and fails, naming the file and line, on a broken
include, link or anchor, a zh/en mismatch, or a snippet whose recorded output is stale,
that raises or that hangs. Its output holds warnings, not noise.

The real site is built once per session (``site_build`` in conftest). The defects are
planted in a copy of the two-page fixture site (``tests/support/site.small_site``), built
with the real configuration, hooks and theme.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess
import sys

import pytest

from hooks.page_invariants import check
from tests.conftest import ROOT
from hooks.cache import cache_root
from tests.support import background
from tests.support.site import build, small_site, warnings_in

pytestmark = pytest.mark.build


def test_strict_build_passes(site_build):
    """What ``mkdocs build --strict`` checks: no warning. The page rules' warnings are
    reported by tests/test_pages.py (once, with file and line), so they are left out here."""
    site, warnings = site_build
    for path in ("index.html", "en/index.html", "layers-and-blocks/index.html", "en/layers-and-blocks/index.html"):
        assert (site / path).is_file(), path
    page_rules = set(check(ROOT / "docs", ROOT / "snippets"))
    # a page in one language only: the page rules say so; the nav's complaint about the
    # missing file in the other language's build is the same problem
    one_language = {m.split(": page has no")[0].rsplit("/", 1)[1] for m in page_rules if ": page has no " in m}
    others = [w for w in warnings if w not in page_rules
              and not any(w.startswith(f"A reference to '{name}' is included in the 'nav'") for name in one_language)]
    assert not others, "\n".join(others)


def test_every_include_is_rendered(built_site):
    """No include silently renders empty: the section markers vanish and the code is there."""
    html = (built_site / "layers-and-blocks" / "index.html").read_text(encoding="utf-8")
    assert "--8&lt;--" not in html and "--8<--" not in html
    assert 'nn<span class="o">.</span>Module' in html  # highlighted code: nn.Module


def append(path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def plant_missing_snippet(p):
    append(p / "docs/en/demo.md", '\n```python\n--8<-- "demo/missing.py"\n```\n')


def plant_missing_section(p):
    append(p / "docs/en/demo.md", '\n```python\n--8<-- "demo/hello.py:no-such-section"\n```\n')


def plant_broken_links(p):
    append(p / "docs/en/demo.md", "\nSee [nowhere](no-such-page.md) and [here](index.md#no-such-anchor).\n")
    (p / "docs/zh/only-zh.md").write_text("---\ndescription: 只有中文。\n---\n\n# 只有中文 { #only-zh }\n",
                                          encoding="utf-8")


STALE = 'import torch\n\nprint(torch.arange(3) + 1)\n#> tensor([1, 2, 4])\n'


def plant_stale_output(p):
    (p / "snippets/demo/hello.py").write_text(STALE)


def plant_raising_and_hanging(p):
    (p / "snippets/demo/hello.py").write_text("import torch\n\nx = torch.ones(2)\ny = x @ torch.ones(3)\nprint(y)\n")
    (p / "snippets/demo/sections.py").write_text(
        "# --8<-- [start:first]\nimport time\n# --8<-- [end:first]\n"
        "# --8<-- [start:second]\ntime.sleep(60)\nprint(1)\n#> 1\n# --8<-- [end:second]\n")


# Each planted build is a job of its own, started with the session (the fixture site needs
# no real site), so they build while the real site does: tests/support/background.py.
PLANTS = {
    "clean": (None, {}),
    "missing-snippet": (plant_missing_snippet, {}),
    "missing-section": (plant_missing_section, {}),
    "broken-links": (plant_broken_links, {}),
    "stale-output": (plant_stale_output, {}),
    # 3 s: the raising snippet must finish inside the limit even on a loaded machine
    "raising-and-hanging": (plant_raising_and_hanging, {"DLC_SNIPPET_TIME_LIMIT": "3"}),
}


def _register(name: str, plant, env: dict) -> None:
    @background.job(f"planted:{name}", needs_site=False)
    def planted_build(site, tmp_path_factory):
        tmp = tmp_path_factory.mktemp(f"planted-{name}")
        project = small_site(tmp / "src")
        if plant:
            plant(project)
        # a cache of its own (kept, so the next run is warm): the planted builds run at once,
        # and mkdocs-jupyter evicts what a build did not use from the folder it shares with
        # any other build of the same site
        # at lower priority, but not the build whose snippets must finish inside a 3 s limit
        result = build(project, tmp / "site", env={"DLC_CACHE_DIR": str(cache_root() / "tests" / name),
                                                   "DLC_SNIPPET_SERVERS": "1", **env},
                       background="DLC_SNIPPET_TIME_LIMIT" not in env)
        return result, result.stdout + result.stderr, tmp / "site"


for _name, (_plant, _env) in PLANTS.items():
    _register(_name, _plant, _env)


def planted(name: str, tmp_path_factory):
    """(result, output, site dir) of the fixture site built with plant ``name``."""
    return background.result(f"planted:{name}", None, tmp_path_factory)


def test_small_site_builds_quietly(tmp_path_factory):
    """The fixture builds cleanly, and the output has no theme banner and no jieba log lines."""
    result, out, site = planted("clean", tmp_path_factory)
    assert result.returncode == 0, out
    assert warnings_in(result) == []
    assert "end of life" not in out and "Zensical" not in out
    assert "prefix dict" not in out and "Loading model" not in out
    assert "Copied jupyter file" not in out and "Converting notebook" not in out
    assert (site / "en/demo/index.html").is_file() and (site / "notebooks/demo/index.html").is_file()


def test_missing_snippet_fails_the_build(tmp_path_factory):
    result, out, _ = planted("missing-snippet", tmp_path_factory)
    assert result.returncode != 0
    assert re.search(r"docs/en/demo\.md:\d+: includes missing snippet file snippets/demo/missing\.py", out), out
    assert "Snippet at path 'demo/missing.py' could not be found" in out  # pymdownx stops the build on it


def test_missing_section_fails_the_build(tmp_path_factory):
    result, out, _ = planted("missing-section", tmp_path_factory)
    assert result.returncode != 0
    assert re.search(r"docs/en/demo\.md:\d+: includes missing section 'no-such-section' of snippets/demo/hello\.py", out)
    assert "Snippet section 'no-such-section' could not be located" in out and "demo.md" in out


def test_broken_link_anchor_and_parity_fail_the_build(tmp_path_factory):
    result, out, _ = planted("broken-links", tmp_path_factory)
    assert result.returncode != 0
    assert "no-such-page.md" in out and "demo.md" in out
    assert "no-such-anchor" in out
    assert "docs/zh/only-zh.md: page has no en counterpart (expected docs/en/only-zh.md)" in out


def test_stale_output_fails_the_build_naming_file_and_line(tmp_path_factory):
    result, out, _ = planted("stale-output", tmp_path_factory)
    assert result.returncode != 0
    assert ("snippets/demo/hello.py:4: recorded output differs: the file has '#> tensor([1, 2, 4])', "
            "the code prints '#> tensor([1, 2, 3])' (python -m pytest tests/test_snippets.py "
            "-k demo/hello.py --update-examples rewrites the #> lines)") in warnings_in(result), out


def test_a_kept_result_is_keyed_by_every_package_a_snippet_can_import():
    """A result kept from an earlier build is reused only with the same packages installed:
    an upgrade of numpy or safetensors (which snippets import), not only of torch, runs
    every snippet again instead of showing the outputs of the old versions as checked."""
    from importlib.metadata import version

    from hooks import snippet_outputs

    fingerprint = snippet_outputs._fingerprint()
    for package in ("torch", "numpy", "safetensors", "pytest-examples"):
        assert f"{package}=={version(package)}".encode() in fingerprint, package


def test_raising_and_hanging_snippets_are_reported_with_file_and_line(tmp_path_factory):
    result, out, _ = planted("raising-and-hanging", tmp_path_factory)
    assert result.returncode != 0
    found = warnings_in(result)
    assert any(w.startswith("snippets/demo/hello.py:4: the snippet raised RuntimeError:") for w in found), out
    assert "snippets/demo/sections.py: did not finish within 3 s (DLC_SNIPPET_TIME_LIMIT); stopped, " \
           "its output is not checked" in found, out


def test_no_script_holds_up_the_first_paint(built_site):
    """No page loads a parser-blocking script (the theme's bundle: tests/test_theme_startup.py)."""
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        external = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert all(" defer " in s or " async " in s for s in external), (path, external)


REBUILDS = r'''
import filecmp, json, logging, os, sys
from pathlib import Path
logging.disable(logging.INFO)
from mkdocs.commands.build import build
from mkdocs.config import load_config

project, out = Path(sys.argv[1]), Path(sys.argv[2])
os.chdir(project)
def site(name):
    build(load_config(config_file="mkdocs.yml", site_dir=str(out / name)))
page, snippet = project / "docs/en/demo.md", project / "snippets/demo/hello.py"
original = page.read_text(encoding="utf-8"), snippet.read_text(encoding="utf-8")
site("first")                                      # nothing memoized: what a plain build writes
page.write_text(original[0] + "\nOne more paragraph.\n", encoding="utf-8")
snippet.write_text(original[1] + "# edited\n", encoding="utf-8")
site("edited")
page.write_text(original[0], encoding="utf-8")
snippet.write_text(original[1], encoding="utf-8")
site("again")                                      # unchanged pages from the memo, the edited ones redone
from hooks.rebuild_memo import memos
print(json.dumps([[m.hits, m.misses] for m in memos()]))
'''


@background.job("rebuilds", needs_site=False)
def rebuild_three_times(site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rebuilds")
    project = small_site(tmp / "src")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "fixture"]):  # dates from git, not the clock
        subprocess.run([*git, *cmd], cwd=project, check=True)
    result = subprocess.run(background.niced([sys.executable, "-c", REBUILDS, str(project), str(tmp)]), capture_output=True,
                            text=True, cwd=project, env={**os.environ, "PYTHONPATH": str(project), "DLC_SNIPPET_SERVERS": "1",
                                 "DLC_CACHE_DIR": str(cache_root() / "tests" / "rebuilds")})
    return result, tmp


def test_a_rebuild_in_the_same_process_writes_what_a_fresh_build_writes(tmp_path_factory):
    """hooks/rebuild_memo.py: under serve, unchanged pages' search entries and highlighted
    blocks come from the memo. Build, edit a page and a snippet, build, undo the edits,
    build again: the third build (memo hits and misses both) equals the first, file by file."""
    result, tmp = background.result("rebuilds", None, tmp_path_factory)
    assert result.returncode == 0, result.stderr
    (search_hits, search_misses), (highlight_hits, highlight_misses) = json.loads(result.stdout.splitlines()[-1])
    assert search_hits and search_misses and highlight_hits and highlight_misses, result.stdout
    first, again = tmp / "first", tmp / "again"
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    differ = [str(f) for f in files if not filecmp.cmp(first / f, again / f, shallow=False)]
    assert not differ, differ
