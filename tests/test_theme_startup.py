"""The theme's start-up as hooks/theme_startup.py arranges it: the bundle is loaded once the
article's largest paint is reported, the bundle mounts when loaded after DOMContentLoaded,
and the palette stylesheet no longer restyles the whole page at load.

Tripwires fail when the pinned theme changes what the hook patches; the build tests read
every page of the built site; the browser tests (Chromium) load pages and watch when the
bundle runs and whether the theme mounts.
"""

from __future__ import annotations

import re

import pytest

from hooks import theme_startup
from tests.support.theme import MOUNTED, NO_FALLBACK, mobile, theme_file

# --- tripwires on the pinned theme (Material 9.8.2) -------------------------------------

def test_theme_waits_for_domcontentloaded_once():
    bundle = theme_file("assets/javascripts/bundle.*.min.js")
    assert bundle.count(theme_startup.READY_WAIT) == 1
    assert "readyState" not in bundle  # the theme has no "already loaded" path of its own


def test_theme_sets_and_removes_the_switching_attribute_the_rule_is_for():
    bundle = theme_file("assets/javascripts/bundle.*.min.js")
    assert 'document.body.setAttribute("data-md-color-switching","")' in bundle
    assert 'document.body.removeAttribute("data-md-color-switching")' in bundle
    assert theme_file("assets/stylesheets/palette.*.min.css").count(theme_startup.SWITCHING_RULE) == 1
    assert "data-md-color-switching" not in theme_file("assets/stylesheets/main.*.min.css")


def test_theme_loads_its_bundle_with_one_script_tag():
    base = theme_file("base.html")
    tags = re.findall(r"<script src=\"\{\{ '(assets/javascripts/bundle\.[0-9a-f]+\.min\.js)' \| url \}\}\"></script>", base)
    assert len(tags) == 1
    assert theme_startup.BUNDLE_TAG.fullmatch(f'<script src="../{tags[0]}"></script>')


# --- the hook on samples -----------------------------------------------------------------

def test_loader_replaces_the_tag():
    page = '<p>x</p><script src="../../assets/javascripts/bundle.0a1b.min.js"></script><script>y()</script>'
    out = theme_startup.load_bundle_after_first_paint(page)
    assert "<script src=" not in out
    assert out.startswith('<p>x</p><link rel="preload" as="script" href="../../assets/javascripts/bundle.0a1b.min.js">')
    assert 's.src="../../assets/javascripts/bundle.0a1b.min.js"' in out
    assert out.endswith("<script>y()</script>")
    assert theme_startup.load_bundle_after_first_paint("<p>no theme</p>") == "<p>no theme</p>"


@pytest.mark.parametrize(("text", "ok", "after"), [("a OLD b", True, "a NEW b"),
                                                   ("a b", False, "a b"),
                                                   ("OLD OLD", False, "OLD OLD")])
def test_patch_file_wants_exactly_one(tmp_path, text, ok, after):
    path = tmp_path / "f.js"
    path.write_text(text, encoding="utf-8")
    assert theme_startup.patch_file(path, "OLD", "NEW") is ok
    assert path.read_text(encoding="utf-8") == after


# --- the built site ------------------------------------------------------------------------

def test_every_page_loads_the_bundle_through_the_loader(built_site):
    (bundle,) = (built_site / "assets/javascripts").glob("bundle.*.min.js")
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert not theme_startup.BUNDLE_TAG.search(html), path
        (src,) = re.findall(r's\.src="([^"]+)"', html)
        assert re.findall(r'<link rel="preload" as="script" href="([^"]+)">', html) == [src], path
        target = built_site / src.lstrip("/") if src.startswith("/") else path.parent / src  # 404 pages: absolute
        assert target.resolve() == bundle.resolve(), (path, src)


def test_built_assets_are_patched(built_site):
    (bundle,) = (built_site / "assets/javascripts").glob("bundle.*.min.js")
    (palette,) = (built_site / "assets/stylesheets").glob("palette.*.min.css")
    assert bundle.read_text(encoding="utf-8").count(theme_startup.READY_PATCHED) == 1
    assert "data-md-color-switching" not in palette.read_text(encoding="utf-8")


# --- in Chromium -----------------------------------------------------------------------------

@pytest.mark.browser
def test_on_every_page_the_bundle_starts_after_the_articles_largest_paint(every_page):
    """Lighthouse's phone viewport, every page of both languages: the largest paint is in the
    article (else the loader would wait for its fallback: the fallback is switched off in the
    sweep), and the bundle runs after it. Then the theme mounts. (One visit per page serves
    this test and tests/test_browser.py: the ``every_page`` sweep in conftest.)"""
    late = {rel: v.theme for rel, v in every_page.items()
            if not v.mounted or not v.theme["lcp"] or v.theme["at"] < v.theme["lcp"][0]["t"]}
    assert late == {}


@pytest.mark.browser
def test_theme_mounts_without_performance_observer(browser, server):
    """Browsers without the largest-contentful-paint entry type load the bundle at once."""
    context = mobile(browser, "delete window.PerformanceObserver;", NO_FALLBACK)
    pg = context.new_page()
    pg.goto(server.url + "gpu/")
    pg.wait_for_function(MOUNTED, timeout=10_000)
    context.close()


@pytest.mark.browser
def test_fallback_loads_the_bundle_when_no_paint_is_reported(browser, server):
    """An observer that never reports (a tab opened in the background): loaded after 3 s."""
    silent = ("window.PerformanceObserver = class { observe() {} disconnect() {} };"
              "window.PerformanceObserver.supportedEntryTypes = ['largest-contentful-paint'];")
    context = mobile(browser, silent)
    pg = context.new_page()
    pg.goto(server.url + "gpu/")
    pg.wait_for_timeout(1500)  # the timer started before the load event goto() waited for
    assert not pg.evaluate("() => 'document$' in window")
    pg.wait_for_function(MOUNTED, timeout=10_000)
    context.close()


@pytest.mark.browser
def test_bundle_arriving_after_domcontentloaded_still_mounts(browser, server):
    """The bundle held back until the document has loaded: the patched document$ emits at once
    (the theme's own waits for a DOMContentLoaded that has passed, and never mounts)."""
    context = mobile(browser)
    pg = context.new_page()
    held = []
    pg.route(re.compile(r".*/bundle\.[0-9a-f]+\.min\.js$"), lambda route: held.append(route))
    pg.goto(server.url + "gpu/", wait_until="domcontentloaded")
    pg.wait_for_timeout(500)
    assert held and pg.evaluate("() => document.readyState !== 'loading' && !('document$' in window)")
    for route in held:
        route.continue_()
    pg.wait_for_function(MOUNTED, timeout=10_000)
    context.close()
