"""Keyboard use of the built site, in a real browser (Playwright driving Debian's Chromium).

Every interactive element a reader needs is reached with Tab from the top of the page,
shows a visible focus indicator (its outline or box-shadow, or for a visually hidden
radio button its label's, differs from the unfocused state), and works with Enter and
with Space (each test presses both): search (Space types into the query), language
button and links, colour-scheme toggle, an exercise's collapsed solution, a copy button,
the notebook download. (The site uses no content tabs.)

Locally skipped when Chromium is missing; under CI (``CI`` set) that is an error.
"""

from __future__ import annotations

import pytest

from tests.support.browser import require_chromium

pytestmark = pytest.mark.browser

require_chromium(module=True)

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

LANG_ROOT = {"zh": "", "en": "en/"}
MAX_TABS = 600  # a long chapter has a few hundred stops (nav, toc, links, code blocks)

# The style that shows focus: of the focused element, or of what stands for it (a
# visually hidden radio button's label or tab strip, a code annotation's tooltip).
FOCUS_STYLE = """(el) => {
  let target = el;
  if (el.matches('.tabbed-set > input')) {
    target = el.parentElement.querySelector('.tabbed-labels');
  } else if (el.matches('input[type=radio]') && el.nextElementSibling?.matches('label')) {
    target = el.nextElementSibling;  // Material: .md-option.focus-visible + label
  } else if (el.matches('.md-annotation')) {
    target = el.querySelector('.md-tooltip');  // the annotation's tooltip opens, outlined
    if (!target) return {outline: 'none', boxShadow: 'none'};  // not mounted (yet)
  }
  const s = getComputedStyle(target);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
    ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
  return {outline, boxShadow: s.boxShadow};
}"""
NO_FOCUS_STYLE = {"outline": "none", "boxShadow": "none"}


def describe(pg) -> str:
    """The focused element, for messages: tag.classes "name"."""
    return pg.evaluate("""() => {
      const e = document.activeElement;
      const name = (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
      return `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${name}"`;
    }""")


def tab_to(pg, selector: str, *, limit: int = MAX_TABS) -> None:
    """Press Tab (only Tab) until the focused element matches ``selector``."""
    for _ in range(limit):
        pg.keyboard.press("Tab")
        if pg.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{limit} Tabs never reached {selector!r} (last: {describe(pg)})")


# Focus, without scrolling, the last element that Tab reaches before the first match of the
# selector (in document order: links, buttons, inputs, summaries outside closed boxes).
FOCUS_STOP_BEFORE = """(s) => {
  const stops = [...document.querySelectorAll('a[href], button, input, summary, [tabindex]')].filter(
    (e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length
      && !(e.closest('details:not([open])') && !e.matches('details > summary')));
  const at = stops.findIndex((e) => e.matches(s));
  if (at < 1) return false;
  stops[at - 1].focus({preventScroll: true});
  return document.activeElement === stops[at - 1];
}"""


def tab_from_just_before(pg, selector: str) -> None:
    """Tab to ``selector`` from the stop just before it. That every stop of a page is reached
    with Tab from the top is test_every_tab_stop_shows_focus's to show (it also checks that
    its walk passes the stops these tests use); walking hundreds of stops again here would
    only repeat it."""
    assert pg.evaluate(FOCUS_STOP_BEFORE, selector), f"no stop before {selector!r}"
    tab_to(pg, selector, limit=10)


# The same comparison in one round trip: the focused element's style, blurred, focused again.
FOCUS_SHOWN = f"""() => {{
  const el = document.activeElement, style = {FOCUS_STYLE};
  if (el === document.body) return null;  // no stop focused (past the last one)
  const on = style(el);
  el.blur();
  const off = style(el);
  el.focus();
  return document.activeElement === el && (on.outline !== 'none' || on.boxShadow !== 'none')
    && (on.outline !== off.outline || on.boxShadow !== off.boxShadow);
}}"""


def assert_visible_focus(pg, shown: bool | None = None) -> None:
    """The focused element looks different from its unfocused self (outline or box-shadow).
    ``FOCUS_SHOWN`` (or its result, ``shown``) settles most stops in one call; the others (an
    indicator that mounts a moment later, or a real failure) take the long way, which waits
    and names the element."""
    if shown or (shown is None and pg.evaluate(FOCUS_SHOWN)):
        return
    focused = pg.evaluate_handle("document.activeElement")
    with_focus = focused.evaluate(FOCUS_STYLE)
    if with_focus == NO_FOCUS_STYLE:  # some indicators mount a moment later (annotation tooltips)
        try:
            appears = f"(el) => {{ const s = ({FOCUS_STYLE})(el); return s.outline !== 'none' || s.boxShadow !== 'none'; }}"
            pg.wait_for_function(appears, arg=focused, timeout=2_000)
        except PlaywrightTimeoutError:
            pass
        with_focus = focused.evaluate(FOCUS_STYLE)
    focused.evaluate("(el) => el.blur()")
    without_focus = focused.evaluate(FOCUS_STYLE)
    focused.evaluate("(el) => el.focus()")  # keyboard modality is kept: :focus-visible again
    assert with_focus != without_focus, f"{describe(pg)}: focus not visible ({with_focus})"
    assert with_focus["outline"] != "none" or with_focus["boxShadow"] != "none", describe(pg)
    assert focused.evaluate("(el) => document.activeElement === el"), "focus not restored"


def open_page(pg, url: str) -> None:
    pg.goto(url)
    pg.wait_for_function("() => document.querySelector('.md-search__input') && window.document$")


@pytest.mark.parametrize(("lang", "query"), [("zh", "nn Module"), ("en", "named parameters")])
def test_search(page, server, lang, query):
    """Tab to the search field, type (Space included), ArrowDown to a result, Enter opens it
    (same language)."""
    open_page(page, f"{server.url}{LANG_ROOT[lang]}layers-and-blocks/")
    tab_to(page, "input.md-search__input")
    assert_visible_focus(page)
    # the theme opens the dialog on focus, a moment after it (a wait, not a race)
    page.wait_for_function("document.getElementById('__search').checked", timeout=5_000)
    page.keyboard.type(query, delay=20)
    assert page.input_value("input.md-search__input") == query  # Space typed a space
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('.md-search-result__link')"), describe(page)
    assert_visible_focus(page)
    target = page.evaluate("document.activeElement.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == target
    assert page.locator("html").get_attribute("lang") == lang
    page.keyboard.press("Escape")
    assert page.errors == []


def test_search_closes_with_escape(page, server):
    open_page(page, f"{server.url}en/")
    tab_to(page, "input.md-search__input")
    page.wait_for_function("document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('__search').checked")
    assert not page.evaluate("document.getElementById('__search').checked")


@pytest.mark.parametrize(("lang", "other", "key"), [("zh", "en", "Enter"), ("en", "zh", "Space")])
def test_language_switcher(page, server, lang, other, key):
    """Tab to the language button, on to the other language's link; Enter or Space switches."""
    rel = "layers-and-blocks/"
    open_page(page, f"{server.url}{LANG_ROOT[lang]}{rel}")
    tab_to(page, ".md-select > button")
    assert_visible_focus(page)
    tab_to(page, f'a.md-select__link[hreflang="{other}"]', limit=5)
    assert page.locator(f'a.md-select__link[hreflang="{other}"]').is_visible()
    assert_visible_focus(page)
    with page.expect_navigation():
        page.keyboard.press(key)
    assert page.url == f"{server.url}{LANG_ROOT[other]}{rel}"
    assert page.errors == []


@pytest.mark.parametrize(("lang", "other", "key"), [("zh", "en", "Space"), ("en", "zh", "Enter")])
def test_language_button_opens_the_menu(page, server, lang, other, key):
    """Enter or Space on the language button moves focus into its menu, to the other
    language (shown, focus visible); the same key then switches."""
    rel = "parameters/"
    open_page(page, f"{server.url}{LANG_ROOT[lang]}{rel}")
    tab_to(page, ".md-select > button")
    page.keyboard.press(key)
    link = f'a.md-select__link[hreflang="{other}"]'
    assert page.evaluate("(s) => document.activeElement.matches(s)", link), describe(page)
    assert page.locator(link).is_visible()
    assert_visible_focus(page)
    with page.expect_navigation():
        page.keyboard.press(key)
    assert page.url == f"{server.url}{LANG_ROOT[other]}{rel}"
    assert page.errors == []


@pytest.mark.parametrize("keys", [("Enter", "Space"), ("Space", "Enter")])
def test_palette_toggle(page, server, keys):
    """Tab to the colour-scheme toggle; one key switches to dark, the other back (Enter and
    Space both switch, whichever scheme is on), focus stays visible."""
    open_page(page, f"{server.url}en/layers-and-blocks/")
    tab_to(page, "input.md-option")
    assert_visible_focus(page)
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.keyboard.press(keys[0])
    page.wait_for_function("(s) => document.body.dataset.mdColorScheme !== s", arg=before, timeout=5_000)
    assert page.evaluate("document.activeElement.matches('input.md-option')")
    assert_visible_focus(page)
    page.keyboard.press(keys[1])
    page.wait_for_function("(s) => document.body.dataset.mdColorScheme === s", arg=before, timeout=5_000)
    assert page.evaluate("window.scrollY") == 0  # Space did not scroll the page
    assert page.errors == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_solution_unfolds(page, server, lang):
    """An exercise's collapsed solution: Tab to its summary; Enter opens, Space closes,
    Space opens, Enter closes."""
    open_page(page, f"{server.url}{LANG_ROOT[lang]}layers-and-blocks/")
    tab_from_just_before(page, "details.success:not([open]) > summary")  # an exercise's solution, not a Deeper box
    assert_visible_focus(page)
    details = page.evaluate_handle("document.activeElement.parentElement")
    page.keyboard.press("Enter")
    page.wait_for_function("(d) => d.open", arg=details)
    assert page.evaluate("(d) => d.querySelector('.highlight').getBoundingClientRect().height > 0", details)
    page.keyboard.press("Space")
    page.wait_for_function("(d) => !d.open", arg=details)
    page.keyboard.press("Space")
    page.wait_for_function("(d) => d.open", arg=details)
    page.keyboard.press("Enter")
    page.wait_for_function("(d) => !d.open", arg=details)
    assert page.errors == []


@pytest.mark.parametrize("rel", ["en/layers-and-blocks/",
                                 "notebooks/layers-and-blocks/"])
def test_copy_button(page, server, rel):
    """Tab to a code block's copy button; Enter copies the code, and so does Space."""
    open_page(page, server.url + rel)
    tab_from_just_before(page, 'button.md-code__button[data-md-type="copy"]')
    assert_visible_focus(page)
    for key in ("Enter", "Space"):
        page.evaluate("navigator.clipboard.writeText('')")
        page.keyboard.press(key)
        page.wait_for_function("async () => (await navigator.clipboard.readText()).includes('import torch')",
                               timeout=5_000)
    assert page.errors == []


@pytest.mark.parametrize("rel", ["layers-and-blocks/", "en/layers-and-blocks/",
                                 "notebooks/layers-and-blocks/", "en/notebooks/layers-and-blocks/"])
def test_notebook_download(page, server, rel):
    """Chapter and notebook pages: Tab to the .ipynb link (styled as a button); Enter downloads
    the notebook, and so does Space (without scrolling the page)."""
    open_page(page, server.url + rel)
    tab_to(page, ".dlc-notebook-links a[download]")
    assert_visible_focus(page)
    for key in ("Enter", "Space"):
        with page.expect_download() as info:
            page.keyboard.press(key)
        assert info.value.suggested_filename == "layers-and-blocks.ipynb"
    assert page.evaluate("window.scrollY") == 0
    assert page.errors == []


# The stops the other tests of this module use; the whole-page walks reach each of them
# from the top of the page with Tab alone.
USED_STOPS = {
    "search field": "input.md-search__input",
    "language button": ".md-select > button",
    "colour toggle": "input.md-option",
    "an exercise's solution": "details.success > summary",
    "a copy button": 'button.md-code__button[data-md-type="copy"]',
    "the notebook download": ".dlc-notebook-links a[download]",
}
KINDS = "(kinds) => Object.keys(kinds).filter((k) => document.activeElement.matches(kinds[k]))"


@pytest.mark.parametrize(("rel", "passes"), [
    ("layers-and-blocks/", set(USED_STOPS)),
    ("en/custom-layers/", set(USED_STOPS)),
    ("en/", {"search field", "language button", "colour toggle"}),
    ("en/notebooks/layers-and-blocks/", set(USED_STOPS) - {"an exercise's solution"}),
])
def test_every_tab_stop_shows_focus(page, server, rel, passes):
    """Tab through the whole page: every element that takes focus shows it, and the walk
    reaches every kind of stop the other tests here start next to."""
    open_page(page, server.url + rel)
    invisible, seen, kinds = [], 0, set()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        shown = page.evaluate(FOCUS_SHOWN)
        if shown is None:
            break  # past the last stop
        kinds.update(page.evaluate(KINDS, USED_STOPS))
        seen += 1
        try:
            assert_visible_focus(page, shown)
        except AssertionError as e:
            invisible.append(str(e).splitlines()[0])
    else:
        pytest.fail(f"{MAX_TABS} Tabs did not get through the page")
    assert seen > 20
    assert invisible == []
    assert passes <= kinds, f"the walk never reached: {sorted(passes - kinds)}"
