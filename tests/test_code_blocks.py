"""Code blocks as hooks/code_blocks.py writes them: copy buttons in the HTML (the theme mounts
blocks lazily) that copy a program that runs (a block showing a section copies the file up
to its end, and says so), in valid HTML, and highlighting without the spans that change nothing.

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

# --- tripwires on the pinned theme (Material 9.8.2) -------------------------------------

def test_theme_renders_the_copy_button_the_hook_writes():
    """The hook writes Material's own button markup; if the theme's changes, revisit the hook."""
    bundle = theme_file("assets/javascripts/bundle.*.min.js")
    button = re.search(r'\{class:"md-code__button",title:\w+\("clipboard\.copy"\),'
                       r'"data-clipboard-target":`#\$\{\w+\} > code`,"data-md-type":"copy"\}', bundle)
    assert button, "renderClipboardButton changed"
    assert '{class:"md-code__nav"}' in bundle, "renderCodeBlockNavigation changed"
    # Any [data-clipboard-target] of the document copies, mounted or not; a button's own
    # data-clipboard-text wins over its target's text (the whole program of a section block).
    assert '"[data-clipboard-target], [data-clipboard-text]"' in bundle
    assert re.search(r'\{text:(\w)=>\1\.getAttribute\("data-clipboard-text"\)\|\|\w+\(\w\(\1\.getAttribute'
                     r'\("data-clipboard-target"\)\)\)\}', bundle), "the clipboard text function changed"
    # The features the hook depends on still exist under these names.
    assert 'V("content.lazy")' in bundle and 'V("content.code.copy")' in bundle


def test_theme_styles_the_button_wrapper_by_class():
    """The hook's wrapper is a <span class="md-code__nav"> (a <nav> is not allowed in a <pre>):
    it looks the same only while the theme styles the class, never the element."""
    main = theme_file("assets/stylesheets/main.*.min.css")
    assert ".md-code__nav{position:absolute;" in main
    assert not re.search(r"nav\.md-code__nav|nav>\.md-code__button|\bnav\b[^{},]*\.md-code__button", main)
    extra = (ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8")
    assert "md-code__nav" not in extra


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
    assert ('<pre><span></span><span class="md-code__nav"><button class="md-code__button" '
            'title="Copy &quot;this&quot;" data-clipboard-target="#__copy_0" data-md-type="copy">'
            '</button></span><code id="__copy_0">') in out
    assert "<nav" not in out and "data-clipboard-text" not in out and "dlc-copy-note" not in out
    assert 'data-clipboard-target="#__copy_1"' in out and '<code id="__copy_1">print(1)</code>' in out
    code = out[out.index('<code id="__copy_0">'):]
    code = code[:code.index("</code>")]
    assert '<span class="n">' not in code and '<span class="w">' not in code
    assert '<span class="nn">torch</span>' in code and '<span class="o">=</span>' in code
    assert "<code>net</code>" in out and '<span class="n">not code</span>' in out  # outside blocks: untouched
    assert code_blocks.lean_code_blocks(out) == out  # idempotent


SECTIONED = """import torch
# --8<-- [start:make]
x = torch.ones(2)
# --8<-- [end:make]
# --8<-- [start:show]
for v in x:
    print(v)  # (1)!
    #> tensor(1.)
    #> tensor(1.)
# --8<-- [end:show]
print("after")
#> after
"""
TITLED = ('<div class="language-python highlight"><span class="filename">ch/a.py</span>'
          '<pre><span></span><code>for v in x:</code></pre></div>')


def test_program_is_the_file_up_to_the_section(tmp_path):
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch/a.py").write_text(SECTIONED, encoding="utf-8")
    (tmp_path / "ch/top.py").write_text("# --8<-- [start:all]\nprint(1)\n#> 1\n# --8<-- [end:all]\n", encoding="utf-8")
    assert code_blocks.program(tmp_path, "ch/a.py:show") == (
        "import torch\nx = torch.ones(2)\nfor v in x:\n    print(v)\n    #> tensor(1.)\n    #> tensor(1.)")
    assert code_blocks.program(tmp_path, "ch/a.py:make") == "import torch\nx = torch.ones(2)"
    assert code_blocks.program(tmp_path, "ch/a.py") is None  # a whole file: the block shows it all
    assert code_blocks.program(tmp_path, "ch/top.py:all") is None  # from the top: shows it all too
    with pytest.raises(code_blocks.MissingSnippet):
        code_blocks.program(tmp_path, "ch/a.py:nope")


@pytest.mark.parametrize(("lang", "note", "title"), [
    ("zh", "复制整段程序（到此为止）", "复制整段程序（到此为止）"),
    ("en", "Copies the whole program up to here", "Copy the whole program up to here")])
def test_a_section_block_copies_its_program_and_says_so(lang, note, title):
    page = PAGE.replace("<html>", f'<html lang="{lang}">').replace(
        '<div class="highlight"><pre><code>print(1)</code></pre></div>', TITLED)
    program = 'import torch\nx = "<1>"\nfor v in x:'
    out = code_blocks.lean_code_blocks(page, [code_blocks.Copy("ch/b.py"), code_blocks.Copy("ch/a.py", program)])
    assert text_of(out) == text_of(page).replace("ch/a.py", f"ch/a.py{note}")
    assert (f'<span class="filename">ch/a.py<span class="dlc-copy-note">{note}</span></span><pre><span></span>'
            f'<span class="md-code__nav"><button class="md-code__button" title="{title}" '
            f'data-clipboard-target="#__copy_1" data-clipboard-text="import torch\nx = &quot;&lt;1&gt;&quot;\n'
            f'for v in x:" data-md-type="copy"></button></span><code id="__copy_1">for v in x:</code>') in out
    assert out.count("data-clipboard-text") == out.count("dlc-copy-note") == 1  # the whole file: its own text
    # A notebook cell has no title bar: it gets one, named after the file.
    cell = page.replace('<span class="filename">ch/a.py</span>', "")
    out = code_blocks.lean_code_blocks(cell, [code_blocks.Copy("ch/b.py"), code_blocks.Copy("ch/a.py", program)])
    assert f'<span class="filename">ch/a.py<span class="dlc-copy-note">{note}</span></span><pre>' in out
    # The page and its source disagree on the number of blocks: the build says so.
    with pytest.raises(ValueError, match="2 code blocks in the HTML, 1 in the page's source"):
        code_blocks.lean_code_blocks(page, [code_blocks.Copy("ch/b.py")])


def test_page_copies_follow_the_page_source(tmp_path):
    (tmp_path / "snippets/ch").mkdir(parents=True)
    (tmp_path / "snippets/ch/a.py").write_text(SECTIONED, encoding="utf-8")
    (tmp_path / "docs/en").mkdir(parents=True)
    source = tmp_path / "docs/en/ch.md"
    source.write_text('---\ndescription: D.\n---\n# T { #t }\n\n```python title="ch/a.py"\n--8<-- "ch/a.py"\n```\n\n'
                      '```python title="ch/a.py"\n--8<-- "ch/a.py:show"\n```\n', encoding="utf-8")
    page, cells = (code_blocks.page_copies(source, tmp_path / "snippets", notebook=nb) for nb in (False, True))
    assert page[0] == cells[0] == code_blocks.Copy("ch/a.py")
    assert page[1].text.endswith("    print(v)\n    #> tensor(1.)\n    #> tensor(1.)")
    assert cells[1].text.endswith("for v in x:\n    print(v)")  # a notebook cell has no #> lines
    source.write_text(source.read_text(encoding="utf-8").replace('--8<-- "ch/a.py"\n', '--8<-- "ch/a.py"\n--8<-- "ch/a.py"\n'),
                      encoding="utf-8")
    with pytest.raises(ValueError, match="docs/en/ch.md:6: a code block with 2 includes"):
        code_blocks.page_copies(source, tmp_path / "snippets", notebook=False)


def test_hook_leaves_a_page_without_theme_config_alone():
    page = PAGE.split("<script")[0]
    assert code_blocks.lean_code_blocks(page) == page


# --- the built site ----------------------------------------------------------------------

def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name in ("index.html", "404.html"))


@pytest.mark.build
def test_every_code_block_of_the_site_has_its_button(built_site):
    blocks = programs = 0
    for path in pages(built_site):
        html = path.read_text(encoding="utf-8")
        article = re.search(r'<article class="md-content__inner.*?</article>', html, re.DOTALL)
        if not article:
            continue
        lang = "zh" if '<html lang="zh"' in html else "en"
        pres = re.findall(r'(<span class="filename">(?:(?!</pre>).)*?)?<pre\b[^>]*>(?:<span></span>)?'
                          r'(<span class="md-code__nav">.*?</span>)?<code\b([^>]*)>(.*?)</code>', article[0], re.DOTALL)
        ids = []
        for filename, nav, attrs, code in pres:
            where = f"{path.relative_to(built_site)}"
            assert nav, f"{where}: a code block without copy button"
            target = re.search(r'data-clipboard-target="#([^"]+)"', nav)[1]
            assert f'id="{target}"' in attrs, where
            if "data-clipboard-text=" in nav:  # copies the program up to here, and says so
                assert f'title="{code_blocks.PROGRAM_TITLE[lang]}"' in nav, where
                assert f'<span class="dlc-copy-note">{code_blocks.PROGRAM_NOTE[lang]}</span>' in filename, where
            else:
                assert f'title="{"复制" if lang == "zh" else "Copy to clipboard"}"' in nav, where
                assert "dlc-copy-note" not in (filename or ""), where
            assert '<span class="n">' not in code and '<span class="w">' not in code, where
            ids.append(target)
            programs += "data-clipboard-text=" in nav
        assert len(ids) == len(set(ids))
        blocks += len(ids)
    assert blocks > 200 and programs > 40  # chapters and notebooks, both languages


# --- in a browser ------------------------------------------------------------------------

COUNT = """() => ({
  blocks: document.querySelectorAll('article pre > code').length,
  buttons: document.querySelectorAll('article pre > .md-code__nav > .md-code__button[data-md-type=copy]').length,
  navs: document.querySelectorAll('article pre > .md-code__nav').length,
  nav: document.querySelectorAll('article pre nav').length,
  mounted: [...document.querySelectorAll('article pre > code')].filter(c => c.parentElement.id.startsWith('__code_')).length,
  annotations: document.querySelectorAll('.md-annotation__index').length,
  named: document.querySelectorAll('.md-annotation__index[aria-label]').length,
})"""


# What the button of the block whose <code> has this id copies: its own program, else its
# text as the theme copies it (``data-md-copying`` set: highlighted lines, display: block
# otherwise, add no blank lines to innerText).
EXPECTED_COPY = """(id) => {
  const code = document.getElementById(id);
  const own = code.parentElement.querySelector('.md-code__button').getAttribute('data-clipboard-text');
  if (own) return own;
  code.setAttribute('data-md-copying', '');
  const text = code.innerText.trimEnd();
  code.removeAttribute('data-md-copying');
  return text;
}"""


ALL_MOUNTED = "() => [...document.querySelectorAll('article pre > code')].every(c => c.parentElement.id.startsWith('__code_'))"


def mount_every_block(pg) -> None:
    """Make the viewport as tall as the page, so that every code block is in view at once, and
    wait for the theme to mount them all; the page grows as blocks mount, and the viewport
    grows with it. A few layouts instead of a scroll per block."""
    grown = "() => document.documentElement.scrollHeight > innerHeight"
    for _ in range(10):
        pg.set_viewport_size({"width": 1280, "height": pg.evaluate("document.documentElement.scrollHeight")})
        pg.wait_for_function(f"() => ({ALL_MOUNTED})() || ({grown})()")
        if pg.evaluate(ALL_MOUNTED):
            break
    pg.set_viewport_size({"width": 1280, "height": 800})
    assert pg.evaluate(ALL_MOUNTED), "the theme did not mount every block once all were in view"


@pytest.mark.browser
@pytest.mark.parametrize("rel", ["gpu/", "en/custom-layers/", "en/notebooks/read-write/"])
def test_buttons_before_and_after_the_theme_mounts_blocks(page, server, rel):
    page.goto(server.url + rel)
    page.wait_for_function("() => window.document$")
    page.wait_for_timeout(300)
    before = page.evaluate(COUNT)
    assert before["blocks"] > 10
    assert before["buttons"] == before["navs"] == before["blocks"]  # all there, none mounted below the fold
    assert before["nav"] == 0
    assert before["mounted"] < before["blocks"], "the theme mounted every block at load: content.lazy is off"
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    mount_every_block(page)
    after = page.evaluate(COUNT)
    assert after["mounted"] == after["blocks"]
    assert after["buttons"] == after["navs"] == after["blocks"]  # the theme added none of its own
    assert after["named"] == after["annotations"]  # annotations mounted late still get a name
    # The last block's button copies the last block (or, for a section, the program up to it).
    page.locator("article pre:has(> code)").last.hover()
    page.locator("article pre > .md-code__nav .md-code__button").last.click()
    page.wait_for_timeout(200)
    expected = page.evaluate(EXPECTED_COPY, page.evaluate("[...document.querySelectorAll('article pre > code')].pop().id"))
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
    # the first block well below the fold (three screens down), outside collapsed boxes
    target = page.evaluate("""() => {
      const pres = [...document.querySelectorAll('article pre')].filter(p => !p.closest('details'));
      const pre = pres.find(p => p.getBoundingClientRect().top > 3 * innerHeight);
      return {mounted: pre.id.startsWith('__code_'), id: pre.querySelector('code').id};
    }""")
    assert not target["mounted"]
    for _ in range(600):
        page.keyboard.press("Tab")
        if page.evaluate("(id) => document.activeElement.dataset.clipboardTarget === '#' + id", target["id"]):
            break
    else:
        pytest.fail("Tab never reached the copy button of a code block three screens down")
    page.evaluate("navigator.clipboard.writeText('')")
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    expected = page.evaluate(EXPECTED_COPY, target["id"])
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert page.errors == []
