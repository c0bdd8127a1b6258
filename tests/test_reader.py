"""Where the reader is, kept and shown (issue 15): in a real browser (Playwright driving Debian's
Chromium) and in the built HTML.

- The language switch keeps the reader's place: from ``page/#anchor`` it lands on the other
  language's ``page/#anchor`` (both languages have the same anchors), in both directions,
  on chapter and notebook pages, also after the anchor changed on the page; without
  JavaScript the link still goes to the same page.
- A notebook page's table of contents reads like its chapter page's (no raw markdown such
  as backticks), and the nav marks the chapter the notebook belongs to.
- The glossary is readable on a 390 px wide phone: nothing runs past the screen's edge and
  no cell is squeezed to a few characters; other tables keep the theme's layout.

Locally skipped when Chromium is missing; under CI (``CI`` set) that is an error.
"""

from __future__ import annotations

import functools
from html.parser import HTMLParser

import pytest

from tests.support.browser import require_chromium

pytestmark = pytest.mark.browser

LANG_ROOT = {"zh": "", "en": "en/"}
PHONE = {"width": 390, "height": 844}


def open_page(pg, url: str) -> None:
    pg.goto(url)
    pg.wait_for_function("() => document.querySelector('.md-select__link') && window.document$")


def switch_language(pg, other: str) -> None:
    """Open the language menu and click the other language, as a reader does with a mouse."""
    pg.hover(".md-select > button")
    with pg.expect_navigation():
        pg.click(f'a.md-select__link[hreflang="{other}"]')
    pg.wait_for_load_state("load")


def at_anchor(pg, anchor: str) -> bool:
    """The heading of ``anchor`` is at the top of the window (scrolled to, below the header)."""
    return pg.evaluate("""(id) => {
      const el = document.getElementById(id);
      if (!el) return false;
      const top = el.getBoundingClientRect().top;
      return top >= 0 && top < 200 && window.scrollY > 0;
    }""", anchor)


@pytest.mark.parametrize(("lang", "other", "rel", "anchor"), [
    ("zh", "en", "layers-and-blocks/", "plain-list"),
    ("en", "zh", "layers-and-blocks/", "nested-blocks"),
    ("zh", "en", "parameters/", "tied-parameters"),
    ("en", "zh", "read-write/", "map-location"),
    ("zh", "en", "notebooks/parameters/", "freezing"),
    ("en", "zh", "notebooks/custom-layers/", "train-eval"),
    ("zh", "en", "", "contents"),  # the home page
])
def test_language_switch_keeps_anchor(page, server, lang, other, rel, anchor):
    require_chromium()
    open_page(page, f"{server.url}{LANG_ROOT[lang]}{rel}#{anchor}")
    switch_language(page, other)
    assert page.url == f"{server.url}{LANG_ROOT[other]}{rel}#{anchor}"
    page.wait_for_function(f"() => document.documentElement.lang === {other!r}")
    assert at_anchor(page, anchor), f"{page.url}: not scrolled to #{anchor}"
    assert page.errors == []


@pytest.mark.parametrize(("lang", "other", "rel"), [("en", "zh", "initialization/"),
                                                    ("zh", "en", "notebooks/gpu/")])
def test_language_switch_follows_hash_changes(page, server, lang, other, rel):
    """The reader follows a table-of-contents link (the hash changes), then switches."""
    require_chromium()
    open_page(page, f"{server.url}{LANG_ROOT[lang]}{rel}")
    link = page.locator(".md-sidebar--secondary a.md-nav__link[href^='#']").nth(3)
    anchor = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function("(a) => location.hash === '#' + a", arg=anchor)
    switch_language(page, other)
    assert page.url == f"{server.url}{LANG_ROOT[other]}{rel}#{anchor}"
    assert at_anchor(page, anchor)


def test_language_switch_without_javascript(browser, server):
    """No JavaScript: the link still goes to the same page in the other language."""
    require_chromium()
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    try:
        pg.goto(f"{server.url}en/parameters/#freezing")
        with pg.expect_navigation():
            pg.locator('a.md-select__link[hreflang="zh"]').dispatch_event("click")
        assert pg.url == f"{server.url}parameters/"
    finally:
        context.close()


# --- notebook pages: table of contents and nav (built HTML) -----------------------------

class _Toc(HTMLParser):
    """The entries of a page's table of contents (the secondary sidebar): (href, text,
    number of <code> elements), and the href of the primary nav's active item."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[list] = []
        self.active: list[str] = []
        self._in_link = False
        self._nav_depth = 0
        self._toc_depth: int | None = None  # depth of the first secondary nav while inside it
        self._toc_done = False
        self._li_active = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "nav":
            self._nav_depth += 1
            if "md-nav--secondary" in cls and self._toc_depth is None and not self._toc_done:
                self._toc_depth = self._nav_depth
        if tag == "li":
            self._li_active = "md-nav__item--active" in cls
        if tag == "a" and "md-nav__link" in cls:
            if self._toc_depth is not None:
                self._in_link = True
                self.entries.append([a["href"], "", 0])
            elif self._li_active:
                self.active.append(a["href"])
        if tag == "code" and self._in_link:
            self.entries[-1][2] += 1

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_link = False
        if tag == "nav":
            if self._toc_depth == self._nav_depth:
                self._toc_depth, self._toc_done = None, True  # only the first TOC
            self._nav_depth -= 1

    def handle_data(self, data):
        if self._in_link:
            self.entries[-1][1] += data

    def close(self):
        super().close()
        for e in self.entries:
            e[1] = " ".join(e[1].split())
        return self


@functools.cache
def _parse(path) -> _Toc:
    toc = _Toc()
    toc.feed(path.read_text(encoding="utf-8"))
    return toc.close()


def _notebook_pages(site):
    pages = sorted(site.glob("notebooks/*/index.html")) + sorted(site.glob("en/notebooks/*/index.html"))
    assert len(pages) >= 10, pages
    return pages


def _chapter_of(site, notebook):
    name = notebook.parent.name
    root = notebook.parents[2]
    return root / "index.html" if name == "index" else root / name / "index.html"


def test_notebook_toc_reads_like_the_chapter(built_site):
    """Same entries, same text (no raw markdown), <code> where the chapter page has it."""
    wrong = []
    for nb in _notebook_pages(built_site):
        chapter = _parse(_chapter_of(built_site, nb)).entries
        notebook = _parse(nb).entries
        if any("`" in text for _, text, _ in notebook):
            wrong.append(f"{nb.relative_to(built_site)}: backticks in "
                         f"{[t for _, t, _ in notebook if '`' in t][:3]}")
        elif notebook != chapter:
            diff = [(n, c) for n, c in zip(notebook, chapter) if n != c][:3] or (len(notebook), len(chapter))
            wrong.append(f"{nb.relative_to(built_site)}: differs from the chapter: {diff}")
    assert wrong == []


def test_notebook_page_marks_its_chapter_in_the_nav(built_site):
    """The primary nav's active item on a notebook page is its chapter; a chapter page's is itself."""
    wrong = []
    for nb in _notebook_pages(built_site):
        chapter = _chapter_of(built_site, nb)
        expected = "../../" if nb.parent.name == "index" else f"../../{nb.parent.name}/"
        if [a.rstrip("/") for a in _parse(nb).active] != [expected.rstrip("/")]:
            wrong.append(f"{nb.relative_to(built_site)}: active {_parse(nb).active}, expected {expected}")
        if _parse(chapter).active not in ([""], ["."], ["./"]):
            wrong.append(f"{chapter.relative_to(built_site)}: active {_parse(chapter).active}")
    assert wrong == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_notebook_nav_item_looks_current(page, server, lang):
    """In the browser, the chapter's nav link on its notebook page has the current page's colour."""
    require_chromium()
    open_page(page, f"{server.url}{LANG_ROOT[lang]}notebooks/parameters/")
    colours = page.evaluate("""() => {
      const c = (a) => getComputedStyle(a).color;
      const active = document.querySelector('.md-sidebar--primary .md-nav__item--active > a.md-nav__link');
      const other = document.querySelector('.md-sidebar--primary .md-nav__item:not(.md-nav__item--active) > a.md-nav__link');
      return active && other ? [c(active), c(other), active.getAttribute('href')] : null;
    }""")
    assert colours, "no active nav item"
    assert colours[2] == "../../parameters/"
    assert colours[0] != colours[1], f"current chapter not distinguished: {colours}"


# --- the glossary on a phone ------------------------------------------------------------

GLOSSARY_LAYOUT = """() => {
  const cells = [...document.querySelectorAll('article table th, article table td')]
    .filter((c) => {  // shown cells (not a visually hidden header row)
      const r = c.closest('thead, tbody, table').getBoundingClientRect();
      return c.getClientRects().length && c.textContent.trim() && r.width > 1 && r.height > 1;
    });
  const squeezed = [], outside = [];
  for (const c of cells) {
    const probe = document.createElement('span');
    probe.style.cssText = 'display:inline-block;width:10em;position:absolute;visibility:hidden';
    c.appendChild(probe);
    const least = probe.getBoundingClientRect().width;
    probe.remove();
    const r = c.getBoundingClientRect();
    if (r.width < least) squeezed.push(`${c.textContent.trim().slice(0, 20)}: ${Math.round(r.width)}px`);
    if (r.right > innerWidth + 0.5 || r.left < -0.5) outside.push(`${c.textContent.trim().slice(0, 20)}: ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return {scrollWidth: document.documentElement.scrollWidth, cells: cells.length,
          squeezed: squeezed.slice(0, 5), outside: outside.slice(0, 5)};
}"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_glossary_fits_a_phone(browser, server, lang, javascript):
    """At 390 px: no page-wide scrolling, no cell past the screen's edge, and every shown cell at
    least 10 full-width characters wide (10em in its font: ~10 Chinese or ~20 Latin
    characters; the four columns were ~7.8em each). With the theme's bundle (which wraps the
    table) and without JavaScript (the state before the bundle runs)."""
    require_chromium()
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, java_script_enabled=javascript)
    pg = context.new_page()
    try:
        pg.goto(f"{server.url}{LANG_ROOT[lang]}glossary/")
        if javascript:
            pg.wait_for_function("window.document$ && document.querySelector('.md-typeset__table')")
        layout = pg.evaluate(GLOSSARY_LAYOUT)
        assert layout["cells"] > 40
        assert layout["scrollWidth"] <= PHONE["width"], layout
        assert layout["outside"] == [], layout
        assert layout["squeezed"] == [], layout
        # Tables elsewhere keep the theme's layout (rows are table rows, the table scrolls).
        pg.goto(f"{server.url}{LANG_ROOT[lang]}initialization/")
        assert pg.evaluate("getComputedStyle(document.querySelector('article table tr')).display") == "table-row"
    finally:
        context.close()
