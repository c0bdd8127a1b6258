"""The pinned theme's own files (Material's installed templates), for the tripwire tests."""

from __future__ import annotations

from pathlib import Path

import material

TEMPLATES = Path(material.__file__).parent / "templates"


def theme_file(pattern: str) -> str:
    """The text of the one file under the theme's templates matching ``pattern``."""
    (path,) = TEMPLATES.glob(pattern)
    return path.read_text(encoding="utf-8")


# --- watching the theme start in Chromium (tests/test_theme_startup.py, the every-page sweep) ---

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
