"""Formulas as hooks/formulas.py renders them: MathML in the built pages (chapter and
notebook pages), no TeX left as text, no formula left in a code span, the TeX kept as each
formula's alttext, and latex2mathml's output for one formula pinned (a tripwire: a new
version of the converter must be looked at before the pin moves)."""

from __future__ import annotations

import re

import pytest

from hooks.formulas import convert_notebook_article, convert_page, mathml
from hooks.page_format import Prose, read_pages
from tests.conftest import ROOT

pytestmark = pytest.mark.build

ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)
# The formulas that sat in code spans before (issue 14, item 9): none may come back.
FORMULAS_ONCE_IN_CODE = ["U(−1/√in, 1/√in)", "2/(fan_in + fan_out)", "y_k = Σ_{i,j} W_ijk x_i x_j",
                         "gain × √(3/fan_in)", "1/√fan_in", "y_0 = Σ_i x_i²", "v / ‖v‖", "2·n³",
                         "20×256 + 256 + 256×10 + 10 = 7946"]
# A formula in a page's source: $…$ or $$…$$ in its prose (not in a code span), as
# pymdownx.arithmatex finds them.
CODE_SPAN = re.compile(r"(`+).+?\1")
SOURCE_FORMULA = re.compile(r"\$\$.+?\$\$|(?<![\\$])\$(?=\S)(?:\\.|[^\\$\n])+?(?<=\S)\$", re.S)


def source_formulas(lang: str) -> dict[str, int]:
    """page stem -> how many formulas its source has, for the pages that have any."""
    counts = {}
    for name, page in read_pages(ROOT / "docs", lang).items():
        prose = "\n".join(line for block in page.blocks if isinstance(block, Prose) for _, line in block.lines)
        n = len(SOURCE_FORMULA.findall(CODE_SPAN.sub("", prose)))
        if n:
            counts[name.removesuffix(".md")] = n
    return counts


def leftover_tex(page_html: str) -> list[str]:
    """TeX that reached the reader as text: arithmatex's delimiters or dollars outside code."""
    article = ARTICLE.search(page_html)
    text = CODE.sub("", article[0] if article else "")
    return re.findall(r"\\\(|\\\[|\$\$|\$[^$\s][^$]*\$", text)


def test_every_formula_is_mathml(built_site):
    """Each formula of a page's source is one <math> on its chapter page and its notebook
    page, in both languages; zh and en have the same number on every page."""
    expected = {lang: source_formulas(lang) for lang in ("zh", "en")}
    assert expected["zh"] == expected["en"]
    assert sum(expected["en"].values()) > 50 and expected["en"]["initialization"] > 20
    for lang, prefix in (("zh", ""), ("en", "en/")):
        for name, count in expected[lang].items():
            pages = [f"{prefix}{name}/index.html"]
            if (built_site / f"{prefix}notebooks/{name}/index.html").exists():
                pages.append(f"{prefix}notebooks/{name}/index.html")
            for page in pages:
                html = (built_site / page).read_text(encoding="utf-8")
                assert html.count("<math ") == count, page
                assert html.count(' alttext="') >= count, page
                assert leftover_tex(html) == [], page
    for page in built_site.rglob("*.html"):
        assert leftover_tex(page.read_text(encoding="utf-8")) == [], page


def test_display_formula_is_a_centred_block(built_site):
    html = (built_site / "en/custom-layers/index.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="arithmatex"><math alttext="y_k = [^"]*" [^>]*display="block"', html)


def test_no_formula_left_in_code_spans():
    for lang in ("zh", "en"):
        for page in sorted((ROOT / "docs" / lang).glob("*.md")):
            spans = re.findall(r"`([^`\n]+)`", page.read_text(encoding="utf-8"))
            assert not set(spans) & set(FORMULAS_ONCE_IN_CODE), page


def test_converter_output_is_pinned():
    """Tripwire on latex2mathml (requirements.txt pins 3.81.1) and on this hook's two
    spacing fixes (a sign after "(", no space around "/")."""
    assert mathml(r"\mathcal{U}(-1/\sqrt{\text{in}}, 1/\sqrt{\text{in}})") == (
        r'<math alttext="\mathcal{U}(-1/\sqrt{\text{in}}, 1/\sqrt{\text{in}})" '
        'xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><mrow><mi>&#x1D4B0;</mi>'
        '<mo stretchy="false">&#x00028;</mo><mo form="prefix">&#x02212;</mo><mn>1</mn>'
        '<mo lspace="0" rspace="0">&#x0002F;</mo><msqrt><mrow><mtext>in</mtext></mrow></msqrt>'
        '<mo>&#x0002C;</mo><mn>1</mn><mo lspace="0" rspace="0">&#x0002F;</mo><msqrt><mrow>'
        '<mtext>in</mtext></mrow></msqrt><mo stretchy="false">&#x00029;</mo></mrow></math>')


def test_conversions_catch_planted_tex():
    """The checks can fail: raw TeX is found; the converters turn it into MathML, outside code only."""
    page = '<article><p>a <span class="arithmatex">\\(x^2\\)</span> b</p></article>'
    assert leftover_tex(page) == ["\\("]
    assert leftover_tex(convert_page(page)) == [] and "<msup>" in convert_page(page)
    nb = '<article><p>$x &lt; 1$ and</p><p>$$\ny_k\n$$</p><pre>$HOME $PATH$</pre></article>'
    assert len(leftover_tex(nb)) == 3  # the inline formula and both $$ of the block
    out = convert_notebook_article(nb)
    assert leftover_tex(out) == [] and out.count("<math ") == 2 and "<pre>$HOME $PATH$</pre>" in out
    assert 'alttext="x &lt; 1"' in out


@pytest.mark.browser
def test_math_is_typeset_inline_and_block(built_site, browser, server):
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(f"{server.url}en/custom-layers/")
    boxes = page.evaluate("""[...document.querySelectorAll('article math')].map(m => {
        const r = m.getBoundingClientRect();
        return {display: m.getAttribute('display'), w: r.width, h: r.height, right: r.right,
                css: getComputedStyle(m).display}; })""")
    page.close()
    assert boxes and all(b["w"] > 0 and b["h"] > 0 for b in boxes)  # laid out as MathML, not raw text
    assert {b["css"] for b in boxes if b["display"] == "inline"} <= {"math", "inline math"}
    assert {b["css"] for b in boxes if b["display"] == "block"} == {"block math"}
    assert all(b["right"] <= 390 for b in boxes)  # nothing runs off a phone's screen
