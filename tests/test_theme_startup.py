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
from scripts.lighthouse import site_pages
from tests.support.theme import theme_file

# --- tripwires on the pinned theme (Material 9.8.1) -------------------------------------

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

# Records the article's largest-paint entries and the moment the bundle defines document$.
WATCH = """
window.__lcp = [];
new PerformanceObserver(l => l.getEntries().forEach(e => window.__lcp.push(
  {t: e.startTime, article: !!(e.element && e.element.closest('.md-content'))}
))).observe({type: 'largest-contentful-paint', buffered: true});
Object.defineProperty(window, 'document$', {configurable: true, set(v) {
  window.__bundleAt = performance.now();
  Object.defineProperty(window, 'document$', {value: v, writable: true, configurable: true});
}});
"""
# The loader's 3 s fallback never fires: the bundle can only come from the paint it waits for.
NO_FALLBACK = """
const setTimeout0 = window.setTimeout;
window.setTimeout = function (f, ms, ...rest) { return ms === 3000 ? 0 : setTimeout0.call(this, f, ms, ...rest); };
"""
# The theme has mounted the page's content (its document$ emitted): the back-to-top button
# gets its offset (navigation.top). Header, palette and search mount without document$.
MOUNTED = "() => document.querySelector('[data-md-component=top][style]')"


def mobile(browser, *scripts):
    context = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75)
    for script in scripts:
        context.add_init_script(script)
    return context


@pytest.mark.browser
def test_on_every_page_the_bundle_starts_after_the_articles_largest_paint(browser, server, built_site):
    """Lighthouse's phone viewport, every page of both languages: the largest paint is in the
    article (else the loader would wait for its fallback: the fallback is switched off here),
    and the bundle runs after it. Then the theme mounts."""
    context = mobile(browser, WATCH, NO_FALLBACK)
    late = {}
    for rel in site_pages(built_site):
        pg = context.new_page()
        pg.goto(server.url + rel)
        pg.wait_for_function(MOUNTED, timeout=10_000)
        got = pg.evaluate("() => ({lcp: window.__lcp.filter(e => e.article), at: window.__bundleAt})")
        if not got["lcp"] or got["at"] < got["lcp"][0]["t"]:
            late[rel] = got
        pg.close()
    context.close()
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
