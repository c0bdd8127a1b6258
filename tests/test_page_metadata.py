"""What Lighthouse's SEO and best-practices categories check in a page's HTML, on every built page.

Lighthouse ran on a sample of four pages; these checks read every page of both languages,
in well under a second: a doctype, a UTF-8 charset declared first, a viewport that lets the
reader zoom, a title, a meta description in the page's language, the page's ``lang``, a
canonical URL, crawlable links with descriptive text, and images with alt text. Console
errors, failed and third-party requests are checked in Chromium by tests/test_browser.py,
accessibility by tests/test_accessibility.py, hreflang by tests/test_i18n_site.py.
"""

from __future__ import annotations

import html
import re

import pytest

from scripts.lighthouse import site_pages

pytestmark = pytest.mark.build

HAN = re.compile(r"[\u4e00-\u9fff]")
VAGUE_LINK_TEXT = {"click here", "here", "more", "read more", "link", "this", "点击这里", "这里", "更多"}


def page_problems(rel: str, text: str) -> list[str]:
    lang = "en" if rel.startswith("en/") else "zh"
    problems = []
    if not text.lstrip().lower().startswith("<!doctype html>"):
        problems.append("no <!doctype html> first")
    head = text[: text.find("</head>")]
    if not re.match(r'\s*<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">', text, re.I):
        problems.append('<meta charset="utf-8"> is not the first thing in <head>')
    viewport = re.search(r'<meta name="viewport" content="([^"]*)"', head)
    if not viewport or "width=device-width" not in viewport[1] or re.search(r"user-scalable=no|maximum-scale=1\b", viewport[1]):
        problems.append(f"viewport: {viewport and viewport[1]}")
    title = re.search(r"<title>(.*?)</title>", head, re.S)
    if not title or not title[1].strip():
        problems.append("no <title>")
    description = re.search(r'<meta name="description" content="([^"]*)"', head)
    if not description or len(description[1].strip()) < 10:
        problems.append("no meta description")
    elif bool(HAN.search(description[1])) != (lang == "zh"):
        problems.append(f"meta description not in {lang}: {description[1][:60]}")
    if not re.search(rf'<html[^>]*\blang="{lang}"', text):
        problems.append(f'<html lang="{lang}"> missing')
    if not rel.endswith("404.html") and not re.search(r'<link rel="canonical" href="https?://[^"]+"', head):
        problems.append("no absolute canonical URL")
    for href, label in re.findall(r'<a\b[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', text, re.S):
        if href.lower().startswith("javascript:"):
            problems.append(f"uncrawlable link {href}")
        if html.unescape(re.sub(r"<[^>]+>", "", label)).strip().lower() in VAGUE_LINK_TEXT:
            problems.append(f"link text says nothing: {label!r} -> {href}")
    for img in re.findall(r"<img\b[^>]*>", text):
        if not re.search(r'\balt="[^"]+"', img):
            problems.append(f"image without alt text: {img[:80]}")
    return problems


def test_every_page_has_what_search_engines_and_browsers_expect(built_site):
    pages = site_pages(built_site)
    assert len(pages) >= 30
    found = {}
    for rel in pages:
        path = built_site / (rel if rel.endswith(".html") else f"{rel}index.html")
        if problems := page_problems(rel, path.read_text(encoding="utf-8")):
            found[rel] = problems
    assert found == {}


def test_checks_catch_planted_problems(built_site):
    text = (built_site / "en" / "gpu" / "index.html").read_text(encoding="utf-8")
    planted = (text.replace('<meta name="viewport" content="width=device-width,initial-scale=1">',
                            '<meta name="viewport" content="width=device-width,user-scalable=no">')
               .replace("<title>", "<title> ", 1).replace('lang="en"', 'lang="zh"', 1)
               .replace("</article>", '<a href="x.html">here</a><img src="x.png"></article>', 1))
    problems = "\n".join(page_problems("en/gpu/", planted))
    for expected in ("viewport", '<html lang="en"> missing', "link text says nothing", "image without alt text"):
        assert expected in problems, problems
