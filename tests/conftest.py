"""Shared test setup: paths, the pytest-examples patch, the built site, the browser.

Markers, CUDA hiding and the ``--page`` / ``pytest snippets/…`` subsets are in
tests/support/plugin.py, which pytest loads for every run (pyproject.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # makes `hooks` and `tests.support` importable

# Snippets are executed from their own files: never leave bytecode beside them.
sys.dont_write_bytecode = True

from hooks import snippet_run  # noqa: E402
from tests.support import background  # noqa: E402

snippet_run.apply()


pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def site_build(request, tmp_path_factory):
    """The real site, built once per session into a temp dir: ``(site, warnings)``.

    It is built without ``--strict`` so that one warning fails one test, not every test
    that needs a site: ``tests/test_build.py::test_strict_build_passes`` fails on any
    warning except the page rules' own, which ``tests/test_pages.py`` reports (a page in
    one language only, say, fails there, once). While developing,
    ``DLC_BUILT_SITE=/path/to/site`` reuses a site you built yourself (no warnings known).
    Once the site is there, the checks that wait on other programs start in the background
    (tests/support/background.py).
    """
    import os

    from tests.support.site import build, warnings_in

    if os.environ.get("DLC_BUILT_SITE"):
        site, warnings = Path(os.environ["DLC_BUILT_SITE"]), []
    else:
        site = tmp_path_factory.mktemp("site")
        result = build(ROOT, site, strict=False)
        assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
        warnings = warnings_in(result)
    background.start_selected(request.session, site, tmp_path_factory)
    return site, warnings


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):

    background.run_waiting_tests_last(items)


def pytest_collection_finish(session):
    """Start the background jobs that need no site (tests/support/background.py). pytest's
    own tmp_path_factory (``config._tmp_path_factory``, what the fixture returns) gives them
    their folders."""

    if not session.config.option.collectonly:
        background.start_selected(session, None, session.config._tmp_path_factory)


def pytest_sessionfinish(session):
    import os


    background.shutdown()
    if os.environ.get("DLC_BACKGROUND_TIMES"):  # when each job was queued, started and ended
        t0 = session.config._dlc_t0
        for name, (queued, *run) in sorted(background.times.items(), key=lambda kv: kv[1][0]):
            print(f"\n{name:28} queued {queued - t0:6.1f} s  " + "  ".join(
                f"{label} {t - t0:6.1f} s" for label, t in zip(("started", "ended"), run)), end="")


def pytest_configure(config):
    import time

    config._dlc_t0 = time.monotonic()


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build[0]


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on http://127.0.0.1:<free port>/ (browser, keyboard and link tests)."""
    from tests.support.browser import SiteServer

    with SiteServer(built_site) as srv:
        yield srv


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, one for the whole session (each test opens
    its own context: cookies, storage and permissions never leak between tests)."""
    from playwright.sync_api import sync_playwright

    from tests.support.browser import launch, require_chromium

    require_chromium()
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


def sweep_every_page(site: Path, tmp_path_factory) -> dict:
    """Every page of both languages visited once, ten at a time, in Lighthouse's phone
    viewport, with the theme's start-up watched and its 3 s fallback switched off:
    rel -> Visit (problems seen, lang, titles, whether and when the theme mounted).
    A background job with a Chromium of its own (tests/support/background.py)."""
    from scripts.lighthouse import site_pages
    from tests.support.browser import own_browser, sweep
    from tests.support.theme import MOUNTED, NO_FALLBACK, WATCH, mobile

    with own_browser(site) as (browser, url):
        context = mobile(browser, WATCH, NO_FALLBACK)
        try:
            return sweep(context, url, site_pages(site), mounted=MOUNTED)
        finally:
            context.close()


background.job("sweep", modules=("tests.test_browser", "tests.test_theme_startup"))(sweep_every_page)


@pytest.fixture(scope="session")
def every_page(built_site, tmp_path_factory):
    """tests/test_browser.py and tests/test_theme_startup.py read it."""
    return background.result("sweep", built_site, tmp_path_factory)


@pytest.fixture
def page(browser):
    """A desktop-sized tab that may read the clipboard and download; ``page.errors`` collects
    uncaught page errors. (tests/test_browser.py has its own, which watches requests too.)"""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True,
                                  permissions=["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()
