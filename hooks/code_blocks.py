"""MkDocs hook: code blocks that cost the reader's browser less at load.

Two changes to the built HTML of every page (chapters and notebooks), both about the
main-thread work of a long chapter on a phone (Lighthouse performance, mobile):

1. Copy buttons written into the HTML, so the theme can mount code blocks lazily.
2. Highlighted code without spans that change nothing: Pygments wraps every name
   (``<span class="n">``) and run of whitespace (``<span class="w">``) in a span, but the
   theme gives ``.n`` its "name" colour, which is the code's own colour
   (``--md-code-hl-name-color: var(--md-code-fg-color)``), and ``.w`` no style at all. The
   text is unwrapped: a quarter of a chapter's elements, the same pixels.

Copy buttons, why. Material (9.8.2) mounts every code block of a page when the page loads:
it adds the copy button and measures the block (``offsetWidth``/``scrollWidth``) to know
whether it scrolls, a forced layout per block. On a long chapter (15-25 code blocks, ~3,000
highlighted tokens) that was the largest part of the main-thread work at load (Lighthouse:
total blocking time 360-510 ms, performance 70-90 on mobile). The theme's ``content.lazy``
feature mounts a block only when it scrolls into view, which removes that work from the load,
but then a block's copy button does not exist until the block has been on screen, and a
keyboard user tabbing down the page skips every button below the fold.

Copy buttons, what. ``content.code.copy`` is off and ``content.lazy`` on (mkdocs.yml); this
hook writes the button Material would render (its ``renderCodeBlockNavigation`` +
``renderClipboardButton`` markup, title from the page's own ``clipboard.copy`` translation)
into every ``<pre>`` before its ``<code>``. The theme's clipboard integration listens for
clicks on any ``[data-clipboard-target]`` of the document, mounted or not. The target is an
id on the ``<code>`` element: the theme renames the ``<pre>``'s id when it mounts the block,
never the ``<code>``'s. ``tests/test_code_blocks.py`` checks the markup against the pinned
theme's bundle and, in a browser, that every button is there before any scrolling, copies
its block and is not doubled when the theme mounts the block; they also check the theme's
colours that make unwrapping the spans invisible.

Copy buttons, what they copy: code that runs. A block that shows a section of a snippet
(``--8<-- "chapter/file.py:name"``) needs what the file defines above it, so its button
copies the whole program up to there: the file's lines from the top to the end of that
section, section markers removed, in the button's ``data-clipboard-text`` (the theme's
clipboard integration copies that attribute when a button has it, its target's text
otherwise). Such a block says so before it is clicked: its title bar (pymdownx's
``span.filename``; notebook cells get one) ends in a short note ("Copies the whole
program up to here"), and the button's title, its accessible name, says the same. A
block that shows a whole file keeps copying its own text, which is the file. On a
notebook page (``notebooks/<page>/``) a cell is the block's code without its ``#>``
lines, so its copy is the same program without them. Which include a ``<pre>`` shows is
read from the page's source (``hooks/page_format.py``): the n-th code block of the
article is the n-th fenced block of the page; a page where the counts differ is a build
warning. ``tests/test_copy.py`` clicks every copy button of every chapter page in both
languages and runs each copied program in a fresh Python.

Valid HTML: a ``<pre>`` holds phrasing content only, so the button's wrapper is a
``<span class="md-code__nav">`` where the theme (which inserts it only when it mounts a
block, with ``content.code.copy``) uses a ``<nav>``; its styles are the class's, the
same pixels. ``tests/test_html_valid.py`` runs the W3C Nu Html Checker over the site.
"""

from __future__ import annotations

import html
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.page_format import (
    SECTION,
    MissingSnippet,
    parse_page,
    snippet_lines,
    snippet_sections,
    split_output,
)

log = logging.getLogger("mkdocs.hooks.code_blocks")

CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)
CODE_BLOCK = re.compile(r'(<span class="filename">[^<]*</span>)?(<pre\b[^>]*>(?:<span></span>)?)<code\b([^>]*)>(.*?)</code>',
                        re.DOTALL)
PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')  # a name, whitespace: the code's own colour
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">.*?</article>', re.DOTALL)
LANG = re.compile(r'<html lang="([\w-]+)"')
ANNOTATION = re.compile(r"\s*#\s*\(\d+\)!\s*$")  # "# (1)!": the theme's annotation marker, stripped on copy

# What a block that copies more than it shows says, in its title bar and as its button's title.
PROGRAM_NOTE = {"zh": "复制整段程序（到此为止）", "en": "Copies the whole program up to here"}
PROGRAM_TITLE = {"zh": "复制整段程序（到此为止）", "en": "Copy the whole program up to here"}


@dataclass(frozen=True)
class Copy:
    """What one code block's button copies: ``text`` when that is not the shown code."""
    file: str  # "chapter/file.py"
    text: str | None = None


def program(snippets_dir: Path, target: str) -> str | None:
    """The code that runs on its own for an include, when it is more than the block shows:
    for a section, the file from its top to the end of that section, every section marker
    removed; None for a whole file, or a section that starts at the file's top."""
    file, _, section = target.partition(":")
    if not section:
        return None
    path = Path(snippets_dir) / file
    if not path.is_file():
        raise MissingSnippet(target)
    lines = path.read_text(encoding="utf-8").splitlines()
    _, end = snippet_sections("\n".join(lines)).get(section, (None, None))
    if end is None:
        raise MissingSnippet(target)
    kept = "\n".join(ANNOTATION.sub("", line) for line in lines[:end] if not SECTION.match(line)).rstrip()
    shown = "\n".join(ANNOTATION.sub("", line) for line in snippet_lines(snippets_dir, target)[0]).rstrip()
    return None if kept == shown else kept  # a section that starts at the top shows it all


def page_copies(source: Path, snippets_dir: Path, *, notebook: bool) -> list[Copy]:
    """One ``Copy`` per code block of a page, in page order. On a notebook page a cell has
    no ``#>`` lines, and neither has its copy."""
    copies = []
    page = parse_page(source, source.parents[2])
    for block in page.code_blocks:
        if len(block.includes) != 1:
            raise ValueError(f"{page.rel}:{block.line}: a code block with {len(block.includes)} includes; "
                             "its copy button would not know which program it copies")
        (include,) = block.includes
        text = program(snippets_dir, include.target)
        if text is not None and notebook:
            text = split_output(text)[0]
        copies.append(Copy(include.file, text))
    return copies


def copy_title(output: str) -> str | None:
    """The page's "copy to clipboard" label, as the theme would show it (its own translations)."""
    match = CONFIG.search(output)
    if not match:
        return None
    return json.loads(match[1]).get("translations", {}).get("clipboard.copy")


def lean_code_blocks(output: str, copies: list[Copy] | None = None) -> str:
    """Every ``<pre><code>`` of the page's article gets the theme's copy button, and loses
    the spans that do not change how its code looks. ``copies``, one per block in order,
    says what each button copies (default: its block's text)."""
    title = copy_title(output)
    if title is None:
        return output
    lang = m[1] if (m := LANG.search(output)) else "en"
    lang = lang if lang in PROGRAM_NOTE else "en"
    count = 0

    def rewrite(m: re.Match) -> str:
        nonlocal count
        filename, pre, attrs = m[1] or "", m[2], m[3]
        code = PLAIN_TOKEN.sub(r"\1", m[4])
        copy = copies[count] if copies is not None and count < len(copies) else None
        target = f"__copy_{count}"
        count += 1
        if " id=" in attrs:  # rewritten already (the hook ran twice)
            return f"{filename}{pre}<code{attrs}>{code}</code>"
        button_title, extra = title, ""
        if copy is not None and copy.text is not None:
            note = f'<span class="dlc-copy-note">{html.escape(PROGRAM_NOTE[lang])}</span>'
            filename = (f'{filename[:-len("</span>")]}{note}</span>' if filename
                        else f'<span class="filename">{html.escape(copy.file)}{note}</span>')
            button_title = PROGRAM_TITLE[lang]
            extra = f' data-clipboard-text="{html.escape(copy.text)}"'
        return (f'{filename}{pre}<span class="md-code__nav"><button class="md-code__button" '
                f'title="{html.escape(button_title)}" data-clipboard-target="#{target}"{extra} '
                f'data-md-type="copy"></button></span><code id="{target}"{attrs}>{code}</code>')

    out = ARTICLE.sub(lambda a: CODE_BLOCK.sub(rewrite, a[0]), output)
    if copies is not None and count != len(copies):
        raise ValueError(f"{count} code blocks in the HTML, {len(copies)} in the page's source")
    return out


def source_page(page, config) -> tuple[Path, bool] | None:
    """The Markdown page whose code blocks a page shows, and whether it is its notebook."""
    src = PurePosixPath(page.file.src_uri)
    docs = Path(config.docs_dir)
    if src.suffix == ".ipynb" and len(src.parts) == 3 and src.parts[1] == "notebooks":
        return docs / src.parts[0] / f"{src.stem}.md", True
    if src.suffix == ".md" and len(src.parts) == 2:
        return docs / src, False
    return None


def on_post_page(output: str, page, config) -> str:
    copies = None
    if (source := source_page(page, config)) and source[0].is_file():
        try:
            copies = page_copies(source[0], Path(config.docs_dir).parent / "snippets", notebook=source[1])
        except MissingSnippet:
            pass  # the page fails to build itself, with pymdownx's message
        except ValueError as exc:
            log.warning(f"{exc}")
    try:
        return lean_code_blocks(output, copies)
    except ValueError as exc:
        log.warning(f"{page.file.src_uri}: {exc}; copy buttons copy what their blocks show")
        return lean_code_blocks(output)
