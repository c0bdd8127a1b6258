"""The built site in a real browser (Playwright driving Debian's Chromium), served on localhost.

Locally these tests are skipped when Chromium is missing; under CI (``CI`` set) they
fail instead, so a CI run can never pass without them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest

from tests.support.browser import PageWatch, require_chromium

pytestmark = pytest.mark.browser

require_chromium(module=True)


LANG_ROOT = {"zh": "", "en": "en/"}


@pytest.fixture
def page(browser, server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    pg.watch = PageWatch(pg)
    yield pg
    context.close()


def test_every_page_renders_cleanly(every_page):
    """Every page of both languages: no console error, no failed request, nothing off localhost,
    the right ``lang`` and a title (the ``every_page`` sweep in conftest, one visit per page)."""
    assert len(every_page) >= 20
    problems = {rel: v.problems for rel, v in every_page.items() if v.problems}
    assert problems == {}
    wrong = {rel: (v.lang, v.titles) for rel, v in every_page.items()
             if v.lang != ("en" if rel.startswith("en/") else "zh") or v.titles < 1}
    assert wrong == {}


def test_copy_button_copies_code_that_runs(page, server, tmp_path):
    page.goto(server.url + "en/layers-and-blocks/")
    block = page.locator("article .highlight").first
    block.hover()
    block.locator('button.md-code__button[data-md-type="copy"]').click()
    code = page.evaluate("navigator.clipboard.readText()")
    assert "import torch" in code and "--8<--" not in code
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    outputs = [line.lstrip() for line in code.splitlines() if line.lstrip().startswith("#>")]
    recorded = [line[3:] if line.startswith("#> ") else "" for line in outputs]
    assert result.stdout.splitlines() == recorded


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_notebook_download_is_a_valid_notebook(page, server, lang, tmp_path):
    page.goto(f"{server.url}{LANG_ROOT[lang]}layers-and-blocks/")
    with page.expect_download() as info:
        page.locator(".dlc-notebook-links a[download]").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == "layers-and-blocks.ipynb"
    nb = nbformat.read(target, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["dlc"]["language"] == lang
    assert any(c.cell_type == "code" for c in nb.cells)
    # the rendered notebook page links to the same file
    page.locator(".dlc-notebook-links a:not([download])").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"{LANG_ROOT[lang]}notebooks/layers-and-blocks/")
    href = page.locator(".dlc-notebook-links a[download]").get_attribute("href")
    assert json.loads(page.request.get(page.url + href).text())["nbformat"] == 4
    assert page.watch.problems == []


SCHEME_WHEN_CONTENT_PARSED = """
new MutationObserver((_, observer) => {
  if (document.querySelector('.md-main') && document.body) {
    window.__schemeAtMain = document.body.getAttribute('data-md-color-scheme');
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


@pytest.mark.parametrize(("system", "scheme"), [("dark", "slate"), ("light", "default")])
def test_first_visit_gets_the_systems_scheme_before_the_content(browser, server, system, scheme):
    """overrides/main.html picks the scheme before the page body is parsed (no light flash in
    dark mode); the theme's bundle, which runs later, agrees with it."""
    context = browser.new_context(color_scheme=system)
    pg = context.new_page()
    pg.add_init_script(SCHEME_WHEN_CONTENT_PARSED)
    pg.goto(server.url + "en/gpu/")
    pg.wait_for_function("() => window.component$")
    assert pg.evaluate("window.__schemeAtMain") == scheme
    pg.wait_for_timeout(300)
    assert pg.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme
    context.close()
