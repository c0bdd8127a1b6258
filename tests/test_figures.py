"""Figures: hand-written SVGs under docs/assets/figures/, one per language.

A page shows a figure as raw HTML (``<figure class="dlc-figure">`` with an ``<img>`` and a
``<figcaption>``), in its prose. ``figure_problems`` checks, for every page of both
languages: the figure's file exists and is in the page's language (``name.zh.svg`` on a zh
page), its ``src`` is absolute to the site (the notebook generator copies the prose
verbatim, and a relative path would break on the notebook page), the ``alt`` text and the
caption are non-empty and in the page's language, the ``<img>`` has the SVG's own width
and height (no layout shift, no distorted aspect ratio); every SVG parses as XML, loads
nothing from outside itself, embeds no font, has labels in its language, and is large
enough on a 390 px phone (its smallest text at least 11 px once scaled to the column);
zh and en pages show the same figures in the same order, and no SVG is left unused.

It runs on the real tree and on copies with one planted defect each. In Chromium, each
page with figures is checked at 390 px in the light and dark schemes.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hooks.page_format import LANGS, Prose, parse_page
from tests.conftest import ROOT

DOCS = ROOT / "docs"
FIGURES = "assets/figures"
HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Material at a 390 px viewport: 20 px root font, 0.8rem padding each side of the article.
PHONE_COLUMN_PX = 390 - 2 * 16
MIN_PHONE_TEXT_PX = 11
EXTERNAL = re.compile(r"""(?:href\s*=\s*["'](?!#))|@import|url\(\s*["']?(?!#)|<image\b|<script\b|<foreignObject\b""", re.IGNORECASE)
FONT_SIZE = re.compile(r"(?:font-size\s*:\s*|font\s*:\s*(?:[a-z-]+\s+)*)(\d+(?:\.\d+)?)px|font-size=\"(\d+(?:\.\d+)?)\"")
SVG_NS = "{http://www.w3.org/2000/svg}"


class _FigureParser(HTMLParser):
    """The <figure> blocks of a page's prose: (img attributes, caption text) each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.figures: list[dict] = []
        self._in_figure = self._in_caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "figure":
            self._in_figure = True
            self.figures.append({"img": None, "caption": "", "class": dict(attrs).get("class", "")})
        elif tag == "img" and self._in_figure:
            self.figures[-1]["img"] = dict(attrs)
        elif tag == "figcaption" and self._in_figure:
            self._in_caption = True

    def handle_endtag(self, tag):
        if tag == "figure":
            self._in_figure = False
        elif tag == "figcaption":
            self._in_caption = False

    def handle_data(self, data):
        if self._in_caption:
            self.figures[-1]["caption"] += data


def page_figures(page: Path) -> list[tuple[int, dict]]:
    """(line, figure) for every <figure> in the page's prose, in order."""
    parsed = parse_page(page, page.parents[2])
    out = []
    for block in parsed.blocks:
        if not isinstance(block, Prose):
            continue
        parser = _FigureParser()
        for n, line in block.lines:
            before = len(parser.figures)
            parser.feed(line + "\n")
            out.extend((n, f) for f in parser.figures[before:])
    return out


def in_language(text: str, lang: str) -> bool:
    text = text.strip()
    if not text:
        return False
    return bool(HAN.search(text)) if lang == "zh" else bool(LATIN_WORD.search(text)) and not HAN.search(text)


def min_font_px(raw: str) -> float | None:
    sizes = [float(a or b) for a, b in FONT_SIZE.findall(raw)]
    return min(sizes) if sizes else None


def svg_problems(path: Path, rel: str, lang: str) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    out = []
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        return [f"{rel}: not well-formed XML: {exc}"]
    if root.tag != f"{SVG_NS}svg":
        return [f"{rel}: the root element is not an SVG <svg>"]
    if m := EXTERNAL.search(raw):
        out.append(f"{rel}: refers to something outside itself ({m.group(0)!r})")
    if "@font-face" in raw:
        out.append(f"{rel}: embeds a font (@font-face); use the reader's system fonts")
    labels = " ".join(t for el in root.iter() if el.tag in (f"{SVG_NS}text", f"{SVG_NS}tspan")
                      for t in [el.text or ""] + [c.tail or "" for c in el])
    if lang == "zh" and not HAN.search(labels):
        out.append(f"{rel}: no Chinese label (a .zh.svg is labelled in Chinese)")
    if lang == "en" and HAN.search(labels):
        out.append(f"{rel}: Chinese text in an English figure")
    vb = (root.get("viewBox") or "").split()
    if len(vb) != 4 or root.get("width") != vb[2] or root.get("height") != vb[3]:
        out.append(f"{rel}: needs a viewBox and the same width and height (1 unit = 1 px at full size)")
    else:
        smallest, width = min_font_px(raw), float(vb[2])
        if smallest is None:
            out.append(f"{rel}: no font size found (set it in the <style>)")
        elif smallest * min(1.0, PHONE_COLUMN_PX / width) < MIN_PHONE_TEXT_PX:
            out.append(f"{rel}: text {smallest:g}px in a {width:g}px wide figure is "
                       f"{smallest * PHONE_COLUMN_PX / width:.1f}px on a 390px phone (< {MIN_PHONE_TEXT_PX}px)")
    return out


def figure_problems(docs: Path) -> list[str]:
    out: list[str] = []
    shown: dict[str, list[str]] = {}
    used: set[str] = set()
    for lang in LANGS:
        for page in sorted((docs / lang).glob("*.md")):
            rel = f"docs/{lang}/{page.name}"
            for n, fig in page_figures(page):
                where = f"{rel}:{n}"
                img = fig["img"]
                if img is None:
                    out.append(f"{where}: <figure> without an <img>")
                    continue
                src = img.get("src") or ""
                m = re.fullmatch(rf"/{FIGURES}/(?P<name>[\w-]+)\.(?P<lang>\w+)\.svg", src)
                if not m:
                    out.append(f"{where}: src {src!r} is not /{FIGURES}/<name>.<lang>.svg "
                               "(absolute to the site, so that it works on the notebook page too)")
                    continue
                shown.setdefault(page.name, {}).setdefault(lang, []).append(m["name"])
                if m["lang"] != lang:
                    out.append(f"{where}: {src} is the {m['lang']} figure on a {lang} page")
                if "dlc-figure" not in fig["class"].split():
                    out.append(f"{where}: <figure> needs class=\"dlc-figure\" (dark-scheme rule in extra.css)")
                if not in_language(img.get("alt") or "", lang):
                    out.append(f"{where}: alt text of {src} is empty or not in {lang}")
                if not in_language(fig["caption"], lang):
                    out.append(f"{where}: caption of {src} is empty or not in {lang}")
                svg = docs / src.lstrip("/")
                if not svg.is_file():
                    out.append(f"{where}: {src} does not exist (docs{src})")
                    continue
                used.add(svg.name)
                try:
                    root = ET.fromstring(svg.read_text(encoding="utf-8"))
                except ET.ParseError:
                    continue  # reported with the SVG's own problems
                if (img.get("width"), img.get("height")) != (root.get("width"), root.get("height")):
                    out.append(f"{where}: <img> width/height {img.get('width')}x{img.get('height')} differ from "
                               f"the SVG's {root.get('width')}x{root.get('height')}")
    for name, by_lang in sorted(shown.items()):
        zh, en = by_lang.get("zh", []), by_lang.get("en", [])
        if zh != en:
            out.append(f"docs/en/{name}: figures {en} differ from docs/zh/{name}'s {zh} (same figures, same order)")
    for svg in sorted((docs / FIGURES).glob("*.svg")):
        rel = f"docs/{FIGURES}/{svg.name}"
        m = re.fullmatch(r"[\w-]+\.(zh|en)\.svg", svg.name)
        if not m:
            out.append(f"{rel}: name it <name>.zh.svg / <name>.en.svg")
            continue
        out.extend(svg_problems(svg, rel, m[1]))
        if svg.name not in used:
            out.append(f"{rel}: not shown on any page")
    return out


def test_real_figures_have_no_problem():
    assert list((DOCS / FIGURES).glob("*.svg")), "no figures found"
    problems = figure_problems(DOCS)
    assert not problems, "\n" + "\n".join(problems)


# --- each rule catches a planted defect -------------------------------------------------

@pytest.fixture
def docs(tmp_path) -> Path:
    shutil.copytree(DOCS, tmp_path / "docs")
    return tmp_path / "docs"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"planting needs {old!r} in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(docs: Path) -> str:
    return "\n".join(figure_problems(docs))


PAGE = "en/layers-and-blocks.md"
SVG = "module-tree.en.svg"


def test_catches_missing_file(docs):
    (docs / FIGURES / SVG).unlink()
    assert re.search(rf"docs/{PAGE}:\d+: /{FIGURES}/{SVG} does not exist", problems(docs))


def test_catches_empty_or_wrong_language_alt_and_caption(docs):
    text = (docs / PAGE).read_text(encoding="utf-8")
    alt = re.search(r'<img src="/assets/figures/module-tree\.en\.svg"[^>]*alt="([^"]*)"', text)[1]
    edit(docs / PAGE, f'alt="{alt}"', 'alt=""')
    edit(docs / PAGE, "<figcaption>The module tree of", "<figcaption>模块树 The module tree of")
    found = problems(docs)
    assert re.search(rf"docs/{PAGE}:\d+: alt text of /{FIGURES}/{SVG} is empty or not in en", found)
    assert re.search(rf"docs/{PAGE}:\d+: caption of /{FIGURES}/{SVG} is empty or not in en", found)


def test_catches_relative_src_and_wrong_language_file(docs):
    edit(docs / PAGE, f'src="/{FIGURES}/{SVG}"', f'src="../{FIGURES}/{SVG}"')
    edit(docs / "zh/parameters.md", "tied-gradients.zh.svg", "tied-gradients.en.svg")
    found = problems(docs)
    assert re.search(rf"docs/{PAGE}:\d+: src '\.\./{FIGURES}/{SVG}' is not /{FIGURES}/", found)
    assert re.search(r"docs/zh/parameters\.md:\d+: /assets/figures/tied-gradients\.en\.svg is the en figure on a zh page", found)


def test_catches_zh_en_mismatch(docs):
    text = (docs / "en/parameters.md").read_text(encoding="utf-8")
    figure = re.search(r"\n<figure class=\"dlc-figure\">.*?</figure>\n", text, re.DOTALL)[0]
    edit(docs / "en/parameters.md", figure, "\n")
    assert "docs/en/parameters.md: figures [] differ from docs/zh/parameters.md's ['tied-gradients']" in problems(docs)


def test_catches_bad_xml_external_reference_and_font(docs):
    edit(docs / FIGURES / SVG, "</svg>", "<text>x</svg>")
    edit(docs / FIGURES / "tied-gradients.en.svg", "<style>", '<style>@import "https://cdn.example/f.css";')
    edit(docs / FIGURES / "lazy-lifecycle.en.svg", "<style>", "<style>@font-face{font-family:x}")
    found = problems(docs)
    assert f"docs/{FIGURES}/{SVG}: not well-formed XML" in found
    assert f"docs/{FIGURES}/tied-gradients.en.svg: refers to something outside itself ('@import')" in found
    assert f"docs/{FIGURES}/lazy-lifecycle.en.svg: embeds a font" in found


def test_catches_svg_in_the_wrong_language_and_image_link(docs):
    zh = docs / FIGURES / "module-tree.zh.svg"
    text = zh.read_text(encoding="utf-8")
    zh.write_text(HAN.sub("x", text.split("<style>")[0]) + "<style>" + HAN.sub("x", text.split("<style>", 1)[1]),
                  encoding="utf-8")
    edit(docs / FIGURES / SVG, "</svg>", '<a href="http://example.com/"><text>x</text></a></svg>')
    found = problems(docs)
    assert f"docs/{FIGURES}/module-tree.zh.svg: no Chinese label" in found
    assert f"docs/{FIGURES}/{SVG}: refers to something outside itself" in found


def test_catches_text_too_small_on_a_phone_and_size_mismatch(docs):
    edit(docs / FIGURES / SVG, 'viewBox="0 0 480 668" width="480" height="668"',
         'viewBox="0 0 960 668" width="960" height="668"')
    found = problems(docs)
    assert f"docs/{FIGURES}/{SVG}: text 15px in a 960px wide figure is 5.6px on a 390px phone" in found
    assert re.search(rf"docs/{PAGE}:\d+: <img> width/height 480x668 differ from the SVG's 960x668", found)


def test_catches_unused_svg(docs):
    shutil.copy(docs / FIGURES / SVG, docs / FIGURES / "spare.en.svg")
    assert f"docs/{FIGURES}/spare.en.svg: not shown on any page" in problems(docs)


# --- in Chromium: every figure loads, fits a phone, and is inverted in the dark scheme ----

FIGURE_PAGES = sorted({(lang, page.stem) for lang in LANGS for page in (DOCS / lang).glob("*.md")
                       if page_figures(page)})


@pytest.mark.browser
def test_figures_on_a_phone_in_both_schemes(browser, server):
    """390 px wide, light and dark: each figure has loaded, fits the column, its smallest text
    is >= 11 px as scaled, and only the dark scheme inverts it."""
    assert FIGURE_PAGES, "no page shows a figure"
    failures = []
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
        tab = context.new_page()
        for lang, stem in FIGURE_PAGES:
            url = f"{server.url}{'' if lang == 'zh' else 'en/'}{stem}/"
            tab.goto(url)
            figures = tab.evaluate("""async () => {
              const out = [];
              for (const img of document.querySelectorAll('.md-typeset figure.dlc-figure img')) {
                img.loading = 'eager';
                if (!img.complete) await new Promise(r => { img.onload = img.onerror = r; });
                const box = img.getBoundingClientRect();
                const column = img.closest('.md-content__inner').getBoundingClientRect();
                out.push({src: img.getAttribute('src'), natural: img.naturalWidth, width: box.width,
                          left: box.left, right: box.right, colLeft: column.left, colRight: column.right,
                          filter: getComputedStyle(img).filter,
                          scheme: document.body.getAttribute('data-md-color-scheme')});
              }
              return out;
            }""")
            if not figures:
                failures.append(f"{url}: no figure found")
            for f in figures:
                where = f"{url} ({scheme}) {f['src']}"
                if not f["natural"]:
                    failures.append(f"{where}: did not load")
                    continue
                if f["left"] < f["colLeft"] - 0.5 or f["right"] > f["colRight"] + 0.5:
                    failures.append(f"{where}: wider than the column ({f['width']:.0f}px)")
                smallest = min_font_px((DOCS / f["src"].lstrip("/")).read_text(encoding="utf-8")) or 0
                if smallest * f["width"] / f["natural"] < MIN_PHONE_TEXT_PX:
                    failures.append(f"{where}: scaled to {f['width']:.0f}px, text is below {MIN_PHONE_TEXT_PX}px")
                inverted = "invert" in f["filter"]
                if inverted != (scheme == "dark"):
                    failures.append(f"{where}: scheme {f['scheme']}, filter {f['filter']!r}")
        context.close()
    assert not failures, "\n".join(failures)
