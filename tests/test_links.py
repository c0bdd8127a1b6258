"""Links of the built site: LinkChecker finds no broken internal link or anchor, and
every external link is one listed in tests/external_links.txt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT
from tests.support.browser import SiteServer

pytestmark = pytest.mark.build

SITE_URL = "https://dl-computation.github.io/"
ALLOWED = ROOT / "tests/external_links.txt"


def linkchecker(url: str) -> subprocess.CompletedProcess:
    exe = shutil.which("linkchecker") or str(Path(sys.executable).with_name("linkchecker"))
    return subprocess.run(
        [exe, "-f", str(ROOT / "tests/linkcheckerrc"), "--no-status", "-o", "text", url],
        capture_output=True, text=True, timeout=600,
    )


def test_no_broken_internal_link_or_anchor(built_site):
    with SiteServer(built_site) as server:
        result = linkchecker(server.url)
    summary = re.search(r"That's it\. (\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found", result.stdout)
    assert summary, result.stdout + result.stderr
    links, _, warnings, errors = map(int, summary.groups())
    assert links > 100
    assert (warnings, errors) == (0, 0), result.stdout
    assert result.returncode == 0


def test_linkchecker_catches_broken_links(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page = site / "en/layers-and-blocks/index.html"
    html = page.read_text(encoding="utf-8")
    first_anchor = re.search(r'href="#([\w-]+)"', html)[1]
    html = html.replace(f'href="#{first_anchor}"', 'href="#no-such-anchor"', 1)
    html = html.replace("</article>", '<a href="../no-such-page/">x</a></article>', 1)
    page.write_text(html, encoding="utf-8")
    with SiteServer(site) as server:
        result = linkchecker(server.url)
    assert result.returncode != 0
    assert "Anchor `no-such-anchor' (decoded:" in result.stdout
    assert "/en/no-such-page/" in result.stdout and "404" in result.stdout


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
    assert found - allowed == set(), f"new external links: add them to {ALLOWED.name} after checking them"
    assert allowed - found == set(), f"links in {ALLOWED.name} that the site no longer has"
    assert all(urlparse(u).scheme == "https" for u in found)
