"""Code blocks as hooks/code_blocks.py writes them: copy buttons in the HTML (the theme mounts
blocks lazily) and highlighting without the spans that change nothing.

Tripwires fail when the pinned theme changes what the hook copies or relies on; the build
tests read every page of the built site; the browser tests (Chromium) load a long chapter
and a notebook page and check the buttons before and after the theme mounts each block.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from hooks import code_blocks
from tests.conftest import ROOT
from tests.support.theme import theme_file

# --- tripwires on the pinned theme (Material 9.8.1) -------------------------------------

def test_theme_renders_the_copy_button_the_hook_writes():
    """The hook writes Material's own button markup; if the theme's changes, revisit the hook."""
    bundle = theme_file("assets/javascripts/bundle.*.min.js")
    button = re.search(r'\{class:"md-code__button",title:\w+\("clipboard\.copy"\),'
                       r'"data-clipboard-target":`#\$\{\w+\} > code`,"data-md-type":"copy"\}', bundle)
    assert button, "renderClipboardButton changed"
    assert '{class:"md-code__nav"}' in bundle, "renderCodeBlockNavigation changed"
    # Any [data-clipboard-target] of the document copies, mounted or not.
    assert '"[data-clipboard-target], [data-clipboard-text]"' in bundle
    # The features the hook depends on still exist under these names.
    assert 'V("content.lazy")' in bundle and 'V("content.code.copy")' in bundle


def test_theme_gives_names_the_code_colour_and_whitespace_no_style():
    """Unwrapping <span class="n"> and <span class="w"> changes nothing only while this holds."""
    main = theme_file("assets/stylesheets/main.*.min.css")
    palette = theme_file("assets/stylesheets/palette.*.min.css")
    extra = (ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8")
    assert re.findall(r"[^{}]*\.n\b[^{]*\{[^}]*\}", main) == [
        ".highlight .kc,.highlight .n{color:var(--md-code-hl-name-color)}"]
    for css in (main, palette):
        assert re.findall(r"--md-code-hl-name-color:([^;}]*)", css) == ["var(--md-code-fg-color)"]
    for css in (main, palette, extra):
        assert not re.search(r"\.w\b", css)
    assert not re.search(r"\.n\b|--md-code-hl-name-color", extra)


def test_features():
    """The theme's own copy button would double the hook's; lazy mounting is the point."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    features = config["theme"]["features"]
    assert "content.lazy" in features and "content.code.copy" not in features
    assert "hooks/code_blocks.py" in config["hooks"]


# --- the hook on its own -----------------------------------------------------------------

PAGE = """<html><body><article class="md-content__inner md-typeset">
<div class="language-python highlight"><pre><span></span><code><span class="kn">import</span><span class="w"> </span><span class="nn">torch</span>
<span class="n">x</span> <span class="o">=</span> <span class="n">torch</span><span class="o">.</span><span class="n">ones</span><span class="p">(</span><span class="mi">2</span><span class="p">)</span>
</code></pre></div>
<p>Inline <code>net</code> and <span class="n">not code</span>.</p>
<div class="highlight"><pre><code>print(1)</code></pre></div>
</article>
<script id="__config" type="application/json">{"translations": {"clipboard.copy": "Copy \\"this\\""}}</script>
</body></html>"""


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def text_of(html: str) -> str:
    parser = Text()
    parser.feed(html)
    return "".join(parser.parts)


def test_hook_adds_one_button_per_block_and_keeps_the_text():
    out = code_blocks.lean_code_blocks(PAGE)
    assert text_of(out) == text_of(PAGE)
    assert out.count('data-md-type="copy"') == 2
    assert ('<pre><span></span><nav class="md-code__nav"><button class="md-code__button" '
            'title="Copy &quot;this&quot;" data-clipboard-target="#__copy_0" data-md-type="copy">'
            '</button></nav><code id="__copy_0">') in out
    assert 'data-clipboard-target="#__copy_1"' in out and '<code id="__copy_1">print(1)</code>' in out
    code = out[out.index('<code id="__copy_0">'):]
    code = code[:code.index("</code>")]
    assert '<span class="n">' not in code and '<span class="w">' not in code
    assert '<span class="nn">torch</span>' in code and '<span class="o">=</span>' in code
    assert "<code>net</code>" in out and '<span class="n">not code</span>' in out  # outside blocks: untouched
    assert code_blocks.lean_code_blocks(out) == out  # idempotent


def test_hook_leaves_a_page_without_theme_config_alone():
    page = PAGE.split("<script")[0]
    assert code_blocks.lean_code_blocks(page) == page


# --- the built site ----------------------------------------------------------------------

def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name in ("index.html", "404.html"))


@pytest.mark.build
def test_every_code_block_of_the_site_has_its_button(built_site):
    blocks = 0
    for path in pages(built_site):
        html = path.read_text(encoding="utf-8")
        article = re.search(r'<article class="md-content__inner.*?</article>', html, re.DOTALL)
        if not article:
            continue
        zh = '<html lang="zh"' in html
        pres = re.findall(r"<pre\b[^>]*>(?:<span></span>)?(<nav.*?</nav>)?<code\b([^>]*)>(.*?)</code>",
                          article[0], re.DOTALL)
        ids = []
        for nav, attrs, code in pres:
            where = f"{path.relative_to(built_site)}"
            assert nav, f"{where}: a code block without copy button"
            target = re.search(r'data-clipboard-target="#([^"]+)"', nav)[1]
            assert f'id="{target}"' in attrs, where
            assert f'title="{"复制" if zh else "Copy to clipboard"}"' in nav, where
            assert '<span class="n">' not in code and '<span class="w">' not in code, where
            ids.append(target)
        assert len(ids) == len(set(ids))
        blocks += len(ids)
    assert blocks > 200  # chapters and notebooks, both languages


# --- in a browser ------------------------------------------------------------------------

COUNT = """() => ({
  blocks: document.querySelectorAll('article pre > code').length,
  buttons: document.querySelectorAll('article pre > nav > .md-code__button[data-md-type=copy]').length,
  navs: document.querySelectorAll('article pre > nav.md-code__nav').length,
  mounted: [...document.querySelectorAll('article pre > code')].filter(c => c.parentElement.id.startsWith('__code_')).length,
  annotations: document.querySelectorAll('.md-annotation__index').length,
  named: document.querySelectorAll('.md-annotation__index[aria-label]').length,
})"""


def scroll_to_each_block(pg) -> None:
    """Bring every code block into view, one after the other, and wait for the theme to mount it."""
    blocks = "document.querySelectorAll('article pre > code')"
    for i in range(pg.evaluate(f"{blocks}.length")):
        pg.evaluate(f"(i) => {blocks}[i].scrollIntoView()", i)
        pg.wait_for_function(f"(i) => {blocks}[i].parentElement.id.startsWith('__code_')", arg=i)


@pytest.mark.browser
@pytest.mark.parametrize("rel", ["gpu/", "en/custom-layers/", "en/notebooks/read-write/"])
def test_buttons_before_and_after_the_theme_mounts_blocks(page, server, rel):
    page.goto(server.url + rel)
    page.wait_for_function("() => window.document$")
    page.wait_for_timeout(300)
    before = page.evaluate(COUNT)
    assert before["blocks"] > 10
    assert before["buttons"] == before["navs"] == before["blocks"]  # all there, none mounted below the fold
    assert before["mounted"] < before["blocks"], "the theme mounted every block at load: content.lazy is off"
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    scroll_to_each_block(page)
    after = page.evaluate(COUNT)
    assert after["mounted"] == after["blocks"]
    assert after["buttons"] == after["navs"] == after["blocks"]  # the theme added none of its own
    assert after["named"] == after["annotations"]  # annotations mounted late still get a name
    # The last block's button copies the last block.
    page.locator("article pre:has(> code)").last.hover()
    page.locator("article pre > nav .md-code__button").last.click()
    page.wait_for_timeout(200)
    expected = page.evaluate("[...document.querySelectorAll('article pre > code')].pop().innerText.trimEnd()")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    # Unwrapped names have the colour a name span has.
    colours = page.evaluate("""() => {
      const code = [...document.querySelectorAll('article pre > code')].pop();
      const n = document.createElement('span'); n.className = 'n'; n.textContent = 'x'; code.append(n);
      const c = [getComputedStyle(code).color, getComputedStyle(n).color]; n.remove(); return c;
    }""")
    assert colours[0] == colours[1]
    assert page.errors == []


@pytest.mark.browser
def test_tab_reaches_a_button_below_the_fold_before_its_block_is_mounted(page, server):
    page.goto(server.url + "en/initialization/")
    page.wait_for_function("() => window.document$")
    target = page.evaluate("""() => {
      const pres = [...document.querySelectorAll('article pre')].filter(p => !p.closest('details'));
      const pre = pres.pop();
      return {mounted: pre.id.startsWith('__code_'), id: pre.querySelector('code').id};
    }""")
    assert not target["mounted"]
    for _ in range(600):
        page.keyboard.press("Tab")
        if page.evaluate("(id) => document.activeElement.dataset.clipboardTarget === '#' + id", target["id"]):
            break
    else:
        pytest.fail("Tab never reached the copy button of the page's last code block")
    page.evaluate("navigator.clipboard.writeText('')")
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    expected = page.evaluate("(id) => document.getElementById(id).innerText.trimEnd()", target["id"])
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert page.errors == []
