"""The project's pytest plugin: loaded for every run (``-p tests.support.plugin`` in
pyproject.toml's addopts), whatever paths are given, so these hold for any command line.

- Markers are registered here (not in tests/conftest.py), so ``-m 'not gpu'`` from addopts
  is known even when pytest is pointed at a file outside tests/.
- Recorded outputs are CPU outputs: outside ``pytest -m gpu`` CUDA is hidden
  (``CUDA_VISIBLE_DEVICES=""``; CUDA initialises lazily, so this holds as long as nothing
  touched it yet), and the normal suite passes on a GPU machine as it does in CI.
- A test that uses a browser fixture is marked ``browser`` (``-m "not browser"`` leaves out
  exactly the tests that need Chromium); tests marked ``gpu`` run only when ``-m`` names
  ``gpu``, so ``-m "not browser"`` never picks them up.
- ``python -m pytest snippets/<chapter>/<file>.py`` checks that snippet: its recorded output
  and its lint, the tests of tests/test_snippets.py for that file.
- ``python -m pytest --page <name>`` runs the tests of one page (``layers-and-blocks``): its
  snippets, its notebook in both languages, its pages in both languages in the build and
  browser tests, and the page rules.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
BROWSER_FIXTURES = {"browser", "page", "server", "every_page"}
MARKERS = {
    "gpu": "runs device snippets on a real GPU (pytest -m gpu)",
    "build": "builds the site with mkdocs, or reads the built site",
    "browser": "drives the built site in headless Chromium",
    "notebooks": "executes the generated notebooks",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--page", action="append", default=[], metavar="NAME",
                     help="only the tests of this page (e.g. layers-and-blocks): its snippets, notebook, "
                          "pages in both languages and the page rules")


def pytest_configure(config: pytest.Config) -> None:
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    if "gpu" not in config.getoption("markexpr", "").replace("not gpu", ""):
        os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")


def _named_snippets(config: pytest.Config) -> set[Path]:
    paths = set()
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::")[0]).resolve()
        if path.suffix == ".py" and path.is_relative_to(SNIPPETS):
            paths.add(path)
    return paths


class SnippetChecks(pytest.Module):
    """A snippet file named on the command line, collected as the tests of
    tests/test_snippets.py (the items for other snippets are deselected below): the
    snippet itself is never imported as a test module."""

    def _getobj(self):
        import tests.test_snippets

        return tests.test_snippets


def pytest_pycollect_makemodule(module_path: Path, parent):
    if Path(module_path).resolve().is_relative_to(SNIPPETS):
        return SnippetChecks.from_parent(parent, path=Path(module_path))
    return None


def page_keys(name: str) -> set[str]:
    """What a test id of this page contains: the page's name, and the snippet files it includes."""
    from hooks.page_format import LANGS, parse_page

    keys = {f"[{name}]", f"/{name}]", f"[{name}/", f"/{name}/", f"{name}.md"}
    for lang in LANGS:
        page = ROOT / "docs" / lang / f"{name}.md"
        if not page.is_file():
            raise pytest.UsageError(f"--page {name}: no docs/{lang}/{name}.md")
        keys |= {f"snippets/{inc.file}]" for inc in parse_page(page, ROOT).includes}
    return keys


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        # the fixtures it uses, not its parameters (tests/test_notebooks.py parametrizes a
        # ``page``: a page name, not the browser page)
        params = item.callspec.params if hasattr(item, "callspec") else {}
        if BROWSER_FIXTURES & (set(getattr(item, "fixturenames", ())) - set(params)):
            item.add_marker(pytest.mark.browser)
    keep = None
    if "gpu" not in config.getoption("markexpr", ""):  # `-m "not browser"` replaces addopts' `-m 'not gpu'`
        keep = [i for i in items if not i.get_closest_marker("gpu")]
    if snippets := _named_snippets(config):
        keep = [i for i in items if i.path.resolve() in snippets
                and i.nodeid.endswith(f"[{i.path.resolve().relative_to(ROOT).as_posix()}]")]
    elif pages := config.getoption("page"):
        keys = set().union(*(page_keys(name) for name in pages))
        keep = [i for i in (keep or items) if i.path.name == "test_pages.py" or any(k in i.nodeid for k in keys)]
    if keep is not None:
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep
