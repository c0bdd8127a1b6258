"""MkDocs hook: formulas rendered as MathML at build time, with no script and no font.

Pages write TeX between dollars, ``$\\sqrt{2}$`` inline and a ``$$ … $$`` block for a
display formula. ``pymdownx.arithmatex`` (``generic: true``) finds them and leaves
``<span class="arithmatex">\\(…\\)</span>`` and ``<div class="arithmatex">\\[…\\]</div>``;
this hook turns the TeX inside into MathML with ``latex2mathml`` (pure Python, pinned), so
the browser typesets it natively (MathML Core: Chromium, Firefox, Safari) and a page load
fetches nothing for it (no MathJax or KaTeX). The TeX stays on each ``<math>`` as its
``alttext``: assistive technology reads the MathML tree, converters and copy tools can use
the source. The theme's own ``div.arithmatex`` styles centre a display formula and let a
wide one scroll on a phone.

Notebooks get the page's prose as it is written, ``$…$`` included, which Jupyter renders.
On the site's notebook pages nbconvert leaves that TeX as text (its MathJax is removed by
``hooks/notebooks.py``), so ``on_post_page`` converts ``$…$`` and ``$$…$$`` in their
article the same way, outside code.

``tests/test_math.py`` checks the built pages and pins the converter's output.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import PurePosixPath

from latex2mathml.converter import convert

log = logging.getLogger("mkdocs.hooks.formulas")

# What arithmatex (generic mode) writes around a formula.
INLINE = re.compile(r'<span class="arithmatex">\\\((?P<tex>.*?)\\\)</span>', re.S)
BLOCK = re.compile(r'<div class="arithmatex">\\\[(?P<tex>.*?)\\\]</div>', re.S)
# nbconvert's rendering of a notebook's markdown: TeX left between dollars, HTML-escaped.
NB_BLOCK = re.compile(r"<p>\$\$(?P<tex>.+?)\$\$</p>", re.S)
NB_INLINE = re.compile(r"(?<![\\$])\$(?!\s)(?P<tex>[^$<>]+?)(?<!\s)\$(?!\d)")
NB_SKIP = re.compile(r"(<(pre|code|script|style)\b.*?</\2>)", re.S)


# Two spacing fixes to latex2mathml's output, so it sets like TeX: a minus right after "("
# or "," is a sign (prefix form: no space between it and its number), and "/" is an
# ordinary symbol (TeX puts no space around it; MathML's operator dictionary does).
SIGN = re.compile(r"(<mo[^>]*>&#x00028;</mo>|<mo>&#x0002C;</mo>)<mo>&#x02212;</mo>")
SOLIDUS = '<mo>&#x0002F;</mo>'


def mathml(tex: str, display: bool = False) -> str:
    """One formula as a ``<math>`` element carrying its TeX as ``alttext``."""
    tex = tex.strip()
    out = convert(tex, display="block" if display else "inline")
    out = SIGN.sub(r'\1<mo form="prefix">&#x02212;</mo>', out)
    out = out.replace(SOLIDUS, '<mo lspace="0" rspace="0">&#x0002F;</mo>')
    return out.replace("<math ", f'<math alttext="{html.escape(tex, quote=True)}" ', 1)


def convert_page(content: str) -> str:
    """arithmatex's generic output in a page's HTML, as MathML."""
    content = BLOCK.sub(lambda m: f'<div class="arithmatex">{mathml(html.unescape(m["tex"]), True)}</div>', content)
    return INLINE.sub(lambda m: f'<span class="arithmatex">{mathml(html.unescape(m["tex"]))}</span>', content)


def convert_notebook_article(page_html: str) -> str:
    """``$…$`` and ``$$…$$`` in a notebook page's article (not in code), as MathML."""
    start, end = page_html.find("<article"), page_html.find("</article>")
    if start < 0 or end < 0:
        return page_html
    parts = NB_SKIP.split(page_html[start:end])
    out = []
    i = 0
    while i < len(parts):
        text = parts[i]
        text = NB_BLOCK.sub(lambda m: f'<div class="arithmatex">{mathml(html.unescape(m["tex"]), True)}</div>', text)
        text = NB_INLINE.sub(lambda m: f'<span class="arithmatex">{mathml(html.unescape(m["tex"]))}</span>', text)
        out.append(text)
        if i + 1 < len(parts):
            out.append(parts[i + 1])  # a code/pre/script/style element, untouched
        i += 3  # split() also returns the tag-name group
    return page_html[:start] + "".join(out) + page_html[end:]


def on_page_content(html_content, page, config, files):
    return convert_page(html_content)


def on_post_page(output, page, config):
    if PurePosixPath(page.file.src_uri).suffix == ".ipynb":
        return convert_notebook_article(output)
    return output
