"""The fast subsets the README documents select what they say (tests/support/plugin.py).

    python -m pytest snippets/<chapter>/<file>.py   # one snippet: its output and lint tests
    python -m pytest --page <name>                  # one page: its snippets, notebook, pages, page rules
    python -m pytest -m "not browser"               # everything that does not need Chromium

Each is collected (``--collect-only``, nothing runs) in a subprocess; the three run at once,
in the background from the session's start (tests/support/background.py).
"""

from __future__ import annotations

import subprocess
import sys

from hooks.page_format import LANGS, parse_page
from tests.conftest import ROOT
from tests.support import background

SNIPPET = "snippets/module_hooks/forward_hook.py"
PAGE = "module-hooks"


def collect(*args: str) -> subprocess.Popen:
    return subprocess.Popen(background.niced([sys.executable, "-m", "pytest", "--collect-only", "-q", *args]), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def ids(proc: subprocess.Popen) -> list[str]:
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    return [line for line in out.splitlines() if "::" in line]


@background.job("subsets", needs_site=False)
def collect_the_three(site, tmp_path_factory):
    """Started with the session (tests/support/background.py); the three run at once."""
    procs = collect(SNIPPET), collect("--page", PAGE), collect("-m", "not browser")
    return [ids(proc) for proc in procs]


def test_documented_subsets_select_what_they_say(tmp_path_factory):
    snippet_ids, page, rest = background.result("subsets", None, tmp_path_factory)

    assert sorted(snippet_ids) == sorted([f"{SNIPPET}::test_lint[{SNIPPET}]",
                                               f"{SNIPPET}::test_output_is_recorded[{SNIPPET}]"])

    included = {f"snippets/{inc.file}" for lang in LANGS
                for inc in parse_page(ROOT / "docs" / lang / f"{PAGE}.md", ROOT).includes}
    for snippet in included:  # every snippet of the page, output and lint
        assert f"tests/test_snippets.py::test_output_is_recorded[{snippet}]" in page
        assert f"tests/test_snippets.py::test_lint[{snippet}]" in page
    assert f"tests/test_notebooks.py::test_notebook_runs_and_prints_what_it_says[{PAGE}]" in page
    assert {f"tests/test_notebooks.py::test_notebook_code_cells_are_the_page_code[{lang}/{PAGE}]" for lang in LANGS} <= set(page)
    assert any(i.startswith("tests/test_pages.py::") for i in page)
    # its copy buttons in both languages, and no other page's
    copy_tests = [i for i in page if i.startswith("tests/test_copy.py::test_every_copy_of_the_page_runs")]
    assert sorted(copy_tests) == [f"tests/test_copy.py::test_every_copy_of_the_page_runs[{lang}/{PAGE}]"
                                  for lang in sorted(LANGS)]
    others = [i for i in page if "test_snippets.py" in i and not any(f"[{s}]" in i for s in included)]
    assert others == [], "snippets of other pages selected"
    assert not any("[layers-and-blocks]" in i or "[zh/gpu]" in i for i in page)

    assert len(rest) > 300 and any(i.startswith("tests/test_snippets.py::") for i in rest)
    banned = ("tests/test_browser.py", "tests/test_keyboard.py", "tests/test_accessibility.py")
    assert not [i for i in rest if i.startswith(banned)]
    # a test that parametrizes a ``page`` (a page's name) is not a browser test: the notebooks stay
    assert f"tests/test_notebooks.py::test_notebook_runs_and_prints_what_it_says[{PAGE}]" in rest
    assert [i for i in rest if i.startswith("tests/test_gpu.py")] == [
        "tests/test_gpu.py::test_tables_name_real_snippets",
        "tests/test_gpu.py::test_every_device_snippet_runs_in_the_gpu_job",
    ]
