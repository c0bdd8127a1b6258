"""MkDocs hook: code blocks that cost the reader's browser less at load.

Two changes to the built HTML of every page (chapters and notebooks), both about the
main-thread work of a long chapter on a phone (Lighthouse performance, mobile):

1. Copy buttons written into the HTML, so the theme can mount code blocks lazily.
2. Highlighted code without spans that change nothing: Pygments wraps every name
   (``<span class="n">``) and run of whitespace (``<span class="w">``) in a span, but the
   theme gives ``.n`` its "name" colour, which is the code's own colour
   (``--md-code-hl-name-color: var(--md-code-fg-color)``), and ``.w`` no style at all. The
   text is unwrapped: a quarter of a chapter's elements, the same pixels.

Copy buttons, why. Material (9.8.1) mounts every code block of a page when the page loads:
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
"""

from __future__ import annotations

import html
import json
import re

CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)
CODE_BLOCK = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?)<code\b([^>]*)>(.*?)</code>", re.DOTALL)
PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')  # a name, whitespace: the code's own colour
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">.*?</article>', re.DOTALL)


def copy_title(output: str) -> str | None:
    """The page's "copy to clipboard" label, as the theme would show it (its own translations)."""
    match = CONFIG.search(output)
    if not match:
        return None
    return json.loads(match[1]).get("translations", {}).get("clipboard.copy")


def lean_code_blocks(output: str) -> str:
    """Every ``<pre><code>`` of the page's article gets the theme's copy button, and loses
    the spans that do not change how its code looks."""
    title = copy_title(output)
    if title is None:
        return output
    count = 0

    def rewrite(m: re.Match) -> str:
        nonlocal count
        code = PLAIN_TOKEN.sub(r"\1", m[3])
        if " id=" in m[2]:  # rewritten already (the hook ran twice)
            return f"{m[1]}<code{m[2]}>{code}</code>"
        target = f"__copy_{count}"
        count += 1
        return (f'{m[1]}<nav class="md-code__nav"><button class="md-code__button" title="{html.escape(title)}" '
                f'data-clipboard-target="#{target}" data-md-type="copy"></button></nav>'
                f'<code id="{target}"{m[2]}>{code}</code>')

    return ARTICLE.sub(lambda a: CODE_BLOCK.sub(rewrite, a[0]), output)


def on_post_page(output: str, page, config) -> str:
    return lean_code_blocks(output)
