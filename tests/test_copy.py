"""Every copy runs: in Chromium, every copy button of every chapter page in both languages is
clicked, and each distinct text it puts on the clipboard runs in a fresh Python from an empty
directory and prints exactly the ``#>`` lines it contains (hooks/code_blocks.py).

A block that shows a section of a snippet copies the whole program up to that section, and
says so before it is clicked (a note in its title bar; the button's title). Notebook pages
copy the same programs without their ``#>`` lines (a notebook cell has none).

The programs run through the build's snippet server (``hooks.snippet_run.serve``): it imports
torch once and forks a fresh child per program, so ~120 programs take seconds, not minutes.
``check_file`` compares their prints with their ``#>`` lines as tests/test_snippets.py does.
A copy that is, byte for byte, a snippet file the session's build has already run true on
the same runner is not run twice (``snippet_outputs.known_true``); the summary line says how
many ran here and how many were known.
"""

from __future__ import annotations

import html
import re
import time
from concurrent.futures import Future

import pytest

from hooks import code_blocks, snippet_outputs
from hooks.page_format import LANGS, read_pages, split_output
from tests.conftest import ROOT
from tests.support import background
from tests.support.browser import own_browser, require_chromium

pytestmark = pytest.mark.browser

require_chromium(module=True)

LANG_ROOT = {"zh": "", "en": "en/"}


def page_id(lang: str, rel: str) -> str:
    """A page's test id, ``zh/index``, ``en/layers-and-blocks``: it names the page, so that
    ``--page <name>`` selects it (tests/support/plugin.py)."""
    return f"{lang}/{rel.removeprefix(LANG_ROOT[lang]).rstrip('/') or 'index'}"


def chapter_pages() -> list[tuple[str, str, int]]:
    """(language, page path, number of code blocks) for every page with code, both languages."""
    out = []
    for lang in LANGS:
        for name, page in read_pages(ROOT / "docs", lang).items():
            if page.code_blocks:
                stem = name.removesuffix(".md")
                out.append((lang, LANG_ROOT[lang] + ("" if stem == "index" else f"{stem}/"), len(page.code_blocks)))
    return out


# The page made ready for clicking: every Deeper box and exercise solution open, and every
# block laid out at once instead of scrolled to (off screen, content-visibility skips a block
# and its text reads as empty). A copy listener notes, for each click, whether the browser
# copied at all.
OPEN_EVERY_BLOCK = """() => {
  document.querySelectorAll('article details').forEach(d => d.open = true);
  const style = document.createElement('style');
  style.textContent = '.md-typeset .highlight { content-visibility: visible !important }';
  document.head.append(style);
  window.__dlcCopies = 0;
  document.addEventListener('copy', () => window.__dlcCopies++, true);
  return document.querySelectorAll('article pre > code').length;
}"""

# The copy buttons of the page from the i-th on, for at most 2 s: for each, what the reader
# sees before clicking (the block's text as the theme copies it: ``data-md-copying`` hides
# annotation markers, unblocks hl_lines; its title-bar note and the button's title), then
# the click (the theme's clipboard integration handles it) and the clipboard read.
#
# The theme copies with execCommand('copy'), which Chromium allows only within 5 s of a user
# activation, and each evaluate call grants one. Clicking a whole page in one call copied
# nothing after its first 5 s, so on a slow machine (CI, stop 19; one core here) a page's
# last blocks failed. So one call clicks for at most 2 s and the next call goes on from there.
CLICK_BUTTONS_FROM = """async (first) => {
  const start = performance.now();
  const codes = document.querySelectorAll('article pre > code');
  const out = [];
  for (let i = first; i < codes.length && performance.now() - start < 2000; i++) {
    const code = codes[i];
    const block = code.closest('.highlight');
    const button = code.parentElement.querySelector(':scope > .md-code__nav > button.md-code__button[data-md-type=copy]');
    const note = block.querySelector(':scope > .filename > .dlc-copy-note');
    const box = note && note.getBoundingClientRect();
    code.setAttribute('data-md-copying', '');
    const shown = code.innerText.trimEnd();
    code.removeAttribute('data-md-copying');
    let copied = null, copyEvent = null;
    if (button) {
      await navigator.clipboard.writeText('');
      const before = window.__dlcCopies;
      button.click();
      copyEvent = window.__dlcCopies > before;
      copied = await navigator.clipboard.readText();
    }
    out.push({title: button && button.title, shown, copied, copyEvent, note: note && note.textContent,
              noteVisible: !!box && box.width > 0 && box.height > 0});
  }
  return out;
}"""


def same(code: str) -> list[str]:
    """Code as compared here: without annotation markers (``# (1)!``, which the theme drops
    from a mounted block and its copy, not from one still unmounted) or trailing spaces."""
    return [code_blocks.ANNOTATION.sub("", line).rstrip() for line in code.splitlines()]


BLOCK = re.compile(r'(?:<span class="filename">(?:(?!</pre>).)*?)?<pre\b.*?</pre>', re.DOTALL)
LOCALISED = re.compile(r'<span class="dlc-copy-note">([^<]*)</span>|<button [^>]*?title="([^"]*)"')


def article_blocks(site, rel: str) -> list[tuple[str, str | None, str | None]]:
    """A chapter page's code blocks as its HTML has them: (the block without what is in the
    page's language, its title-bar note, its copy button's title)."""
    text = (site / rel / "index.html").read_text(encoding="utf-8")
    out = []
    for block in BLOCK.findall(text[text.index("<article"):text.index("</article>")]):
        note = title = None
        for m in LOCALISED.finditer(block):
            note = html.unescape(m[1]) if m[1] is not None else note
            title = html.unescape(m[2]) if m[2] is not None else title
        out.append((re.sub(r'<span class="dlc-copy-note">[^<]*</span>|title="[^"]*"', "", block), note, title))
    return out


def click_every_button(pg, url: str) -> list[dict]:
    pg.goto(url)
    pg.wait_for_function("() => window.document$")
    count, seen = pg.evaluate(OPEN_EVERY_BLOCK), []
    while len(seen) < count:
        seen += pg.evaluate(CLICK_BUTTONS_FROM, len(seen))
    return seen


class Runner:
    """Programs checked as they come, on the project's snippet servers
    (``hooks/snippet_outputs.submit``): each text is written to a file in ``folder`` and run
    by a fresh forked child from an empty directory, while the browser is still clicking."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.count = 0
        self.known = 0  # copies that are a whole snippet file the build's check ran true

    def submit(self, text: str) -> Future:
        if snippet_outputs.known_true(text):
            self.known += 1
            done: Future = Future()
            done.set_result({"ok": True})
            return done
        path = self.folder / f"copy_{self.count:03d}.py"
        self.count += 1
        path.write_text(text + "\n", encoding="utf-8")
        return snippet_outputs.submit(path)


NOTEBOOK_CELL = re.compile(r'(?:<span class="filename">[^<]*(<span class="dlc-copy-note">[^<]*</span>)?</span>)?<pre>'
                           r'<span class="md-code__nav"><button ([^>]*)></button></span><code\b[^>]*>(.*?)</code>', re.DOTALL)


def notebook_cells(built_site, lang: str, rel: str) -> list[dict]:
    """A notebook page's code cells as the HTML has them: what each copies (its button's
    ``data-clipboard-text``, else the cell's code, as the theme copies it) and its note."""
    stem = rel.removeprefix(LANG_ROOT[lang]).rstrip("/") or "index"
    text = (built_site / LANG_ROOT[lang] / "notebooks" / stem / "index.html").read_text(encoding="utf-8")
    article = text[text.index("<article"):text.index("</article>")]
    cells = []
    for note, button, code in NOTEBOOK_CELL.findall(article):
        own = re.search(r'data-clipboard-text="([^"]*)"', button)
        shown = html.unescape(re.sub(r"<[^>]+>", "", code)).rstrip()
        cells.append({"copied": html.unescape(own[1]) if own else shown, "shown": shown,
                      "note": html.unescape(re.sub(r"<[^>]+>", "", note)) or None})
    return cells


@background.job("copy")
def copy_every_block(built_site, tmp_path_factory) -> dict:
    """Every button clicked in a Chromium of the job's own (a desktop tab that may read the
    clipboard); starts as soon as the site is built (tests/support/background.py)."""
    start = time.perf_counter()
    runner = Runner(tmp_path_factory.mktemp("copies"))
    copies: dict[str, list[tuple[str, str]]] = {}  # copied text -> (page, block) of the blocks that copy it
    runs: dict[str, Future] = {}
    blocks = same_as_en = 0
    # the pages whose test the session selected (every chapter page when it runs them all)
    wanted = {item.callspec.params["rel"] for item in background.selected(__name__) if hasattr(item, "callspec")}
    pages = [c for c in chapter_pages() if not wanted or c[1] in wanted]
    problems: dict[str, list[str]] = {rel: [] for _, rel, _ in pages}
    with own_browser(built_site) as (browser, url):
        context = browser.new_context(viewport={"width": 1280, "height": 800},
                                      permissions=["clipboard-read", "clipboard-write"])
        page = context.new_page()
        visiting = [None]  # the page being clicked: its uncaught errors are its problems
        page.on("pageerror", lambda e: problems[visiting[0]].append(f"{visiting[0]}: page error: {e}"))
        clicked_by_page: dict[str, list[dict]] = {}
        for lang, rel, expected in sorted(pages, key=lambda c: c[0] != "en"):  # en first
            # A zh page whose code blocks are the en page's, but for the note and the button
            # title in its language, copies what the en page copies: its buttons are not
            # clicked again; the notes and titles are its own (read from its HTML).
            en = "en/" + rel.removeprefix(LANG_ROOT[lang])
            mine = article_blocks(built_site, rel) if lang != "en" and en in clicked_by_page else None
            if mine is not None and [b for b, _, _ in mine] == [b for b, _, _ in article_blocks(built_site, en)]:
                seen = [dict(block, note=note, title=title)
                        for block, (_, note, title) in zip(clicked_by_page[en], mine)]
                same_as_en += 1
            else:
                visiting[0] = rel
                seen = clicked_by_page[rel] = click_every_button(page, url + rel)
            if len(seen) != expected:
                problems[rel].append(f"{rel}: {len(seen)} code blocks, {expected} in its source")
                continue
            cells = notebook_cells(built_site, lang, rel)
            if len(cells) != expected:
                problems[rel].append(f"notebook of {rel}: {len(cells)} code cells with a button, {expected} blocks")
                continue
            for i, (block, cell) in enumerate(zip(seen, cells)):
                where = f"{rel} block {i + 1}"
                blocks += 1
                if not block["copied"]:
                    why = ("no copy button" if block["copyEvent"] is None else
                           "its click copied nothing" + ("" if block["copyEvent"] else " (the browser copied nothing: no copy event)"))
                    problems[rel].append(f"{where}: {why}")
                    continue
                copies.setdefault(block["copied"], []).append((rel, where))
                if block["copied"] not in runs:
                    runs[block["copied"]] = runner.submit(block["copied"])
                # A block that copies more than it shows says so before the click, in its language.
                if same(block["copied"]) != same(block["shown"]):
                    if block["note"] != code_blocks.PROGRAM_NOTE[lang] or not block["noteVisible"]:
                        problems[rel].append(f"{where}: copies more than it shows, without a visible note")
                    if block["title"] != code_blocks.PROGRAM_TITLE[lang]:
                        problems[rel].append(f"{where}: copies more than it shows; its button is titled {block['title']!r}")
                elif block["note"] is not None:
                    problems[rel].append(f"{where}: copies what it shows, but its note says otherwise")
                # Its notebook cell copies the same program, without #> lines, and says so too.
                if same(cell["copied"]) != same(split_output(block["copied"])[0]):
                    problems[rel].append(f"notebook of {where}: copies {cell['copied'][:60]!r}…, "
                                    "not the chapter's program without its #> lines")
                if (same(cell["copied"]) != same(cell["shown"])) != (cell["note"] == code_blocks.PROGRAM_NOTE[lang]):
                    problems[rel].append(f"notebook of {where}: its note does not match what it copies")
        context.close()
    clicked = time.perf_counter() - start
    texts = list(copies)
    results = [runs[text].result() for text in texts]
    for text, result in zip(texts, results):
        if result != {"ok": True}:
            for rel in dict.fromkeys(rel for rel, _ in copies[text]):
                problems[rel].append(f"the copy of {', '.join(where for _, where in copies[text])} does not run "
                                     f"as recorded: {result.get('differs') or result.get('raised')}")
    return {"blocks": blocks, "distinct": len(texts), "true": sum(r == {"ok": True} for r in results),
            "ran": runner.count, "known": runner.known, "same_as_en": same_as_en,
            "clicked": clicked, "total": time.perf_counter() - start, "problems": problems,
            "every_page": len(pages) == len(chapter_pages())}


def test_only_a_text_checked_true_is_known(tmp_path, monkeypatch):
    """``known_true`` holds for exactly the text of a file the snippet check ran true."""
    monkeypatch.setenv("DLC_CACHE_DIR", str(tmp_path / "cache"))
    true, stale = "print(1)\n#> 1", "print(2)\n#> 1"
    assert not snippet_outputs.known_true(true)
    folder = tmp_path / "snippets"
    folder.mkdir()
    for name, text in (("true.py", true), ("stale.py", stale)):
        (folder / name).write_text(text + "\n", encoding="utf-8")
    snippet_outputs.start(folder)
    assert len(snippet_outputs.collect()) == 1  # the stale one
    assert snippet_outputs.known_true(true)
    assert not snippet_outputs.known_true(stale)
    assert not snippet_outputs.known_true(true + " ")


PAGES = chapter_pages()
_summary_printed = []


@pytest.mark.parametrize("rel", [rel for _, rel, _ in PAGES], ids=[page_id(lang, rel) for lang, rel, _ in PAGES])
def test_every_copy_of_the_page_runs(built_site, tmp_path_factory, capsys, rel):
    """One test per chapter page and language, all served by one job (``copy_every_block``),
    which clicks only the pages whose test is selected."""
    found = background.result("copy", built_site, tmp_path_factory)
    if not _summary_printed:
        _summary_printed.append(True)
        with capsys.disabled():
            print(f"\n{found['blocks']} code blocks ({found['same_as_en']} zh pages' blocks the same as en's, "
                  f"not clicked twice), {found['distinct']} distinct copies, "
                  f"{found['true']} run true ({found['ran']} run here, {found['known']} are snippet files the "
                  f"build ran true); {found['clicked']:.1f} s clicking (programs running meanwhile), "
                  f"{found['total']:.1f} s in all (in the background)")
    assert rel in found["problems"], f"{rel}: the copy job did not visit this page"
    assert not found["problems"][rel], "\n".join(found["problems"][rel])
    if found["every_page"]:  # the whole site: enough blocks, and copies that differ
        assert found["blocks"] > 300 and found["distinct"] > 100
