"""Links of the built site: LinkChecker finds no broken internal link, no link points
at a missing anchor, and every external link is one listed in tests/external_links.txt or,
for the PyTorch reference (docs.pytorch.org), in hooks/api_links.yml: exactly that set.

    DLC_LINKCHECK_ANCHORS=1 python -m pytest tests/test_links.py   # LinkChecker checks anchors too (slow)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from hooks.api_links import check as check_api_links
from hooks.api_links import links as api_links
from tests.conftest import ROOT
from tests.support import background
from tests.support.browser import SiteServer

pytestmark = pytest.mark.build

SITE_URL = "https://dl-computation.github.io/"
ALLOWED = ROOT / "tests/external_links.txt"


def linkchecker(url: str, anchors: bool = bool(os.environ.get("DLC_LINKCHECK_ANCHORS"))):
    exe = shutil.which("linkchecker") or str(Path(sys.executable).with_name("linkchecker"))
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "linkcheckerrc"
        config.write_text((ROOT / "tests/linkcheckerrc").read_text() + ("[AnchorCheck]\n" if anchors else ""))
        config.chmod(0o644)
        Path(tmp).chmod(0o755)  # LinkChecker drops root privileges to "nobody" and must read it
        return subprocess.run(background.niced([exe, "-f", str(config), "--no-status", "-o", "text", url]),
                              capture_output=True, text=True, timeout=900)


@background.job("linkchecker")
def crawl_planted_copy(built_site: Path, tmp_path_factory) -> subprocess.CompletedProcess:
    """LinkChecker over a copy of the site with one broken link planted; starts as soon as
    the site is built (tests/support/background.py)."""
    site = tmp_path_factory.mktemp("linkcheck") / "site"
    shutil.copytree(built_site, site)
    page = site / "en/layers-and-blocks/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</article>", '<a href="../no-such-page/">x</a></article>', 1), encoding="utf-8")
    with SiteServer(site, background=True) as server:
        return linkchecker(server.url)


def test_no_broken_internal_link_or_anchor(built_site, tmp_path_factory):
    """One LinkChecker crawl over a copy of the site with one planted broken link: it finds
    that one, so the check can fail, and nothing else, so the real site has no broken link."""
    result = background.result("linkchecker", built_site, tmp_path_factory)
    summary = re.search(r"That's it\. (\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found", result.stdout)
    assert summary, result.stdout + result.stderr
    links, _, warnings, errors = map(int, summary.groups())
    assert links > 100
    assert (warnings, errors) == (0, 1), result.stdout
    assert "/en/no-such-page/" in result.stdout and "404" in result.stdout
    assert result.returncode != 0


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def broken_anchors(site: Path, checked: list | None = None) -> list[str]:
    """Every ``<a href="…#frag">`` inside the site whose target page has no such id."""
    parsed = {}
    for path in site.rglob("*.html"):
        parser = _Anchors()
        parser.feed(path.read_text(encoding="utf-8"))
        parsed[path] = parser
    broken = []
    root = "http://site/"
    for path, parser in parsed.items():
        page_url = urljoin(root, path.relative_to(site).as_posix())
        for href in parser.hrefs:
            url = urljoin(page_url, href)
            if not url.startswith(root) or "#" not in url or url.endswith("#"):
                continue
            target, _, frag = url.partition("#")
            rel = target[len(root):]
            target_path = site / rel / "index.html" if rel == "" or rel.endswith("/") else site / rel
            if target_path.suffix != ".html":
                continue
            if checked is not None:
                checked.append(url)
            if target_path not in parsed:
                broken.append(f"{path.relative_to(site)}: {href} (no page)")
            elif unquote(frag) not in parsed[target_path].ids:
                broken.append(f"{path.relative_to(site)}: {href}")
    return broken


def test_no_link_points_at_a_missing_anchor(built_site):
    checked: list[str] = []
    assert broken_anchors(built_site, checked) == []
    assert len(checked) > 500  # TOC, permalinks, cross-page links, both languages


def test_anchor_check_catches_a_broken_anchor(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page = site / "en/layers-and-blocks/index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</article>", '<a href="../parameters/#no-such-anchor">y</a></article>', 1),
                    encoding="utf-8")
    assert broken_anchors(site) == ["en/layers-and-blocks/index.html: ../parameters/#no-such-anchor"]


def external_links(site: Path) -> set[str]:
    found = set()
    for page in site.rglob("*.html"):
        for url in re.findall(r'(?:href|src)="(https?://[^"]+)"', page.read_text(encoding="utf-8")):
            if not url.startswith(SITE_URL):
                found.add(url)
    return found


def test_external_links_are_listed(built_site):
    allowed = {line.strip() for line in ALLOWED.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    found = external_links(built_site)
    reference = {u for u in found if urlparse(u).netloc == REFERENCE_HOST}
    found -= reference
    found -= {u for u in found if points_at_own_file(u, built_site)}
    assert found - allowed == set(), f"new external links: add them to {ALLOWED.name} after checking them"
    assert allowed - found == set(), f"links in {ALLOWED.name} that the site no longer has"
    assert all(urlparse(u).scheme == "https" for u in found)
    assert reference_link_problems(reference) == []


REFERENCE_HOST = "docs.pytorch.org"
REPOSITORY = "https://github.com/dl-computation/dl-computation.github.io"
OWN_FILE = re.compile(rf"{re.escape(REPOSITORY)}/edit/main/(?P<source>docs/\S+\.md)"
                      rf"|https://colab\.research\.google\.com/github/{re.escape(REPOSITORY.removeprefix('https://github.com/'))}"
                      r"/blob/notebooks/(?P<notebook>\S+\.ipynb)")


def points_at_own_file(url: str, site: Path) -> bool:
    """An "edit this page" link to a page source in the repository, or an "Open in Colab" link
    to a notebook the site publishes: no need to list them one by one, the file must exist."""
    m = OWN_FILE.fullmatch(url)
    return bool(m) and ((ROOT / m["source"]).is_file() if m["source"] else (site / m["notebook"]).is_file())


def reference_link_problems(found: set[str], listed: set[str] | None = None) -> list[str]:
    """Links into the PyTorch reference must be exactly the URLs of hooks/api_links.yml."""
    listed = set(api_links().values()) if listed is None else listed
    return ([f"{u}: not in hooks/api_links.yml (link it as api:NAME, with NAME listed there)" for u in sorted(found - listed)]
            + [f"{u}: in hooks/api_links.yml but linked by no page" for u in sorted(listed - found)])


def test_reference_links_per_page(built_site):
    """At least five links into the reference on every chapter page, the same in zh and en."""
    from hooks.api_links import page_links
    from hooks.page_format import read_pages

    assert check_api_links(ROOT / "docs") == []
    pages = {lang: read_pages(ROOT / "docs", lang) for lang in ("zh", "en")}
    for name, page in pages["en"].items():
        if name == "index.md" or not page.code_blocks or name not in pages["zh"]:
            continue  # chapter pages only (a page in one language is tests/test_pages.py's to report)
        assert len(page_links(page)) >= 5, name
        assert page_links(page) and [n for n, _ in page_links(page)] == [n for n, _ in page_links(pages["zh"][name])]
        html = (built_site / "en" / name.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        assert len(set(re.findall(r'href="(https://docs\.pytorch\.org/[^"]+)"', html))) >= 5, name


def test_reference_link_checks_catch_planted_defects(tmp_path):
    listed = set(api_links().values())
    stray = "https://docs.pytorch.org/docs/stable/generated/torch.nn.GRU.html"
    assert reference_link_problems(listed | {stray}) == [f"{stray}: not in hooks/api_links.yml (link it as api:NAME, with NAME listed there)"]
    unused = sorted(listed)[0]
    assert reference_link_problems(listed - {unused}) == [f"{unused}: in hooks/api_links.yml but linked by no page"]
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "en/gpu.md"
    page.write_text(page.read_text(encoding="utf-8").replace("(api:torch.device)", "(api:torch.no_such_api)", 1), encoding="utf-8")
    assert check_api_links(docs) == [
        "docs/en/gpu.md:14: api:torch.no_such_api is not in api_links.yml; add it there with its URL",
        "docs/en/gpu.md: api links " + str(["torch.no_such_api"] + [n for n in _names(docs / "zh/gpu.md")][1:])
        + " differ from docs/zh/gpu.md: " + str(_names(docs / "zh/gpu.md")),
    ]


def _names(path):
    from hooks.api_links import API_LINK
    return [m["name"] for m in API_LINK.finditer(path.read_text(encoding="utf-8"))]
