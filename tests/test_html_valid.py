"""Valid HTML: the W3C Nu Html Checker (vnu, pinned, scripts/vnu.py) over every page of the built
site, both languages, in one run, reports no error except the stock theme's listed below.

Needs Java and npm (vnu-jar comes from the npm registry into ~/.cache/dlc-vnu). Locally
skipped without them; under CI (``CI`` set) an error.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter

import pytest

from scripts import vnu
from tests.support import background

if not (shutil.which("java") and shutil.which("npm")):
    if os.environ.get("CI"):
        raise RuntimeError("the HTML check needs java and npm in CI (apt-get install default-jre-headless nodejs npm)")
    pytest.skip("java or npm missing", allow_module_level=True)

# Errors of the stock theme (Material 9.8.2) that no small override fixes, each matched by
# its exact message and the exact markup it points at, and allowed once per page.
AUTOCOMPLETE = ("Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
                "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
                "“tel”, “text”, “time”, “url”, or “week”.")
ALLOWED = {
    # base.html writes the drawer and search toggles, outside any block a template can
    # override, with autocomplete="off" on purpose: Firefox restores a checkbox's state
    # when the reader comes back, which would reopen the drawer or the search. Overriding
    # them means copying the whole base.html.
    (AUTOCOMPLETE, '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'),
    (AUTOCOMPLETE, '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'),
}


# Planted beside the site, checked in the same run: the check can fail. A <nav> inside <pre>
# (the copy buttons' old wrapper, 708 errors on the site) and a label for a missing control
# (the theme's table of contents on notebook pages, 18).
PLANTED = ('<!doctype html><html lang="en"><head><title>t</title></head><body>'
           '<pre><nav class="md-code__nav"><button>c</button></nav><code>x</code></pre>'
           '<label for="__toc">toc</label></body></html>')


@background.job("vnu")
def check_site(site, tmp_path_factory) -> dict[str, list[dict]]:
    """One checker run over the site and the planted page; starts as soon as the site is
    built (tests/support/background.py)."""
    planted = tmp_path_factory.mktemp("planted")
    (planted / "index.html").write_text(PLANTED, encoding="utf-8")
    found = vnu.check(site, planted, wrap=background.niced)
    assert all(m["root"] in (site, planted) for m in found), [vnu.describe(m) for m in found]
    return {"site": [m for m in found if m["root"] == site],
            "planted": [m for m in found if m["root"] == planted]}


@pytest.fixture(scope="module")
def messages(built_site, tmp_path_factory) -> dict[str, list[dict]]:
    return background.result("vnu", built_site, tmp_path_factory)


def test_vnu_reports_no_error_but_the_listed_theme_ones(messages, built_site):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert len(pages) > 30 and "404.html" in pages and "en/404.html" in pages
    site = messages["site"]
    errors = [vnu.describe(m) for m in site if (m["message"], m["markup"]) not in ALLOWED]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:50])
    # Each allowed error at most once per page: a second one would be new markup.
    counts = Counter((m["page"], m["message"], m["markup"]) for m in site)
    assert max(counts.values(), default=1) == 1, [k for k, n in counts.items() if n > 1]
    assert all(m["type"] == "error" for m in site)


def test_the_checker_catches_planted_errors(messages):
    found = {m["message"] for m in messages["planted"]}
    assert any("“nav” not allowed as child of element “pre”" in m for m in found), found
    assert any("“for” attribute of the “label” element must be the ID of a non-hidden form control" in m
               for m in found), found
