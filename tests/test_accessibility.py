"""Accessibility, in both colour schemes, checked with axe-core in Chromium.

Lighthouse's accessibility score is axe-core run with Lighthouse's own options; here axe
runs with exactly those options (copied from Lighthouse 13.5.0,
``core/gather/gatherers/accessibility.js``) directly in the Playwright session: about a
second a page instead of Lighthouse's ~15 s a run. It covers the pages the Lighthouse
sample covered (a chapter and a notebook page per language, scripts/lighthouse.SAMPLE)
plus the glossary (the one page with a wide table), each in the light and the dark scheme.
A single violation fails, which is stricter than Lighthouse's 95. Lighthouse on every page
stays available on demand: ``python scripts/lighthouse.py SITE --dark``.

axe-core is installed from npm, pinned, into ``~/.cache/dlc-axe`` (``scripts/npm_tools.py``).
Locally skipped without Chromium or npm; under CI an error.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from scripts.lighthouse import SAMPLE
from scripts.npm_tools import install
from tests.support import background
from tests.support.browser import own_browser, require_chromium

pytestmark = pytest.mark.browser

AXE = "axe-core@4.14.1"
PAGES = [*SAMPLE, "glossary/"]  # the glossary: the one wide table (zh; en has the same markup)
# Lighthouse 13.5.0's axe options (its accessibility gatherer): WCAG 2 A and AA rules, with
# these switched on or off.
LIGHTHOUSE_RULES = {
    "accesskeys": True, "area-alt": False, "aria-allowed-role": True, "aria-braille-equivalent": False,
    "aria-conditional-attr": True, "aria-deprecated-role": True, "aria-dialog-name": True,
    "aria-prohibited-attr": True, "aria-roledescription": False, "aria-treeitem-name": True,
    "aria-text": True, "autocomplete-valid": True, "audio-caption": False, "blink": False,
    "duplicate-id": False, "empty-heading": True, "frame-focusable-content": False,
    "frame-title-unique": False, "heading-order": True, "html-xml-lang-mismatch": True,
    "identical-links-same-purpose": True, "image-redundant-alt": True, "input-button-name": True,
    "label-content-name-mismatch": True, "landmark-one-main": True, "link-in-text-block": True,
    "marquee": False, "meta-viewport": True, "nested-interactive": False, "no-autoplay-audio": False,
    "presentation-role-conflict": True, "role-img-alt": False, "scrollable-region-focusable": False,
    "select-name": True, "server-side-image-map": False, "skip-link": True, "summary-name": False,
    "svg-img-alt": True, "tabindex": True, "table-duplicate-name": True, "table-fake-caption": True,
    "target-size": True, "td-has-header": True, "aria-tab-name": False,
}
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}, "resultTypes": ["violations"],
               "rules": {rule: {"enabled": on} for rule, on in LIGHTHOUSE_RULES.items()}}

require_chromium(module=True)
if not shutil.which("npm"):
    if os.environ.get("CI"):
        raise RuntimeError("axe-core needs npm in CI (apt-get install nodejs npm)")
    pytest.skip("npm missing", allow_module_level=True)


def axe_source() -> str:
    modules = install(AXE, folder=Path(os.environ.get("DLC_AXE_DIR", Path.home() / ".cache" / "dlc-axe")))
    return (modules / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def violations(browser, url: str, pages: list[str], scheme: str, axe_js: str) -> dict[str, list[str]]:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
    found: dict[str, list[str]] = {}
    pg = context.new_page()
    for rel in pages:
        pg.goto(url + rel, wait_until="load")
        pg.wait_for_function("() => document.querySelector('.md-top') && window.document$ !== undefined")
        expected = "slate" if scheme == "dark" else "default"
        assert pg.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected, rel
        pg.evaluate(axe_js)
        result = pg.evaluate("async (options) => (await axe.run(document, options)).violations"
                             ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))",
                             AXE_OPTIONS)
        if result:
            found[rel] = result
    context.close()
    return found


def planted_violations(browser, url: str, axe_js: str) -> list[str]:
    """axe's rule ids on the home page with an image without alt text and faint text added."""
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(url, wait_until="load")
    pg.evaluate("""() => { const a = document.querySelector('article');
        a.insertAdjacentHTML('afterbegin', '<img src="x.png"><p style="color:#eee;background:#fff">faint</p>'); }""")
    pg.evaluate(axe_js)
    ids = pg.evaluate("async (options) => (await axe.run(document, options)).violations.map(v => v.id)", AXE_OPTIONS)
    context.close()
    return ids


@background.job("axe")
def run_axe(site, tmp_path_factory) -> dict:
    """Both schemes and the planted page, in a Chromium of the job's own; starts as soon as
    the site is built (tests/support/background.py)."""
    axe_js = axe_source()
    with own_browser(site) as (browser, url):
        return {"light": violations(browser, url, PAGES, "light", axe_js),
                "dark": violations(browser, url, PAGES, "dark", axe_js),
                "planted": planted_violations(browser, url, axe_js)}


@pytest.fixture(scope="module")
def axe(built_site, tmp_path_factory) -> dict:
    return background.result("axe", built_site, tmp_path_factory)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation(axe, scheme):
    assert axe[scheme] == {}


def test_axe_catches_a_planted_violation(axe):
    """An image without alt text and low-contrast text are found: the check can fail."""
    assert "image-alt" in axe["planted"] and "color-contrast" in axe["planted"]
