"""Serve a built site on localhost (for the browser and link tests); launch Debian's Chromium;
watch a page for problems; visit every page of the site once, several at a time."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.support.background import NICENESS, niced

# Debian's headless shell (package chromium-headless-shell): the same Blink and V8 as its
# Chromium without the browser around them, the build Playwright itself drives headless. The
# browser tests spend half the CPU time they spent in the full browser (test_keyboard.py 42 ->
# 19 CPU-s, test_reader.py 32 -> 16). Lighthouse, on demand, uses the full one
# (scripts/lighthouse.py). ``DLC_CHROMIUM`` names another build.
CHROMIUM = os.environ.get("DLC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"
INSTALL = "apt-get install chromium-headless-shell fonts-noto-cjk"
# Flags that keep Chromium from phoning home on a machine with no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class SiteServer:
    """The built site on http://127.0.0.1:<free port>/, served by a process of its own
    (tests/support/serve.py); ``background``: for a background job, at lower priority."""

    def __init__(self, site: Path, *, background: bool = False) -> None:
        cmd = [sys.executable, str(Path(__file__).with_name("serve.py")), str(site)]
        self.process = subprocess.Popen(niced(cmd) if background else cmd, stdout=subprocess.PIPE, text=True)
        port = self.process.stdout.readline().strip()
        if not port.isdigit():
            self.process.kill()
            raise RuntimeError(f"the site server did not start (exit {self.process.wait()})")
        self.url = f"http://127.0.0.1:{port}/"

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait()
        self.process.stdout.close()


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM)


def require_chromium(*, module: bool = False) -> None:
    """Browser tests without Chromium: skipped locally, an error under CI (``CI`` set), so a
    CI run can never pass without them. ``module=True`` at a test module's top level."""
    if not chromium_available():
        if os.environ.get("CI"):
            raise RuntimeError(f"Chromium's headless shell is required for the browser tests in CI ({INSTALL})")
        pytest.skip(f"Chromium's headless shell not installed ({INSTALL})", allow_module_level=module)


def keeping_priority(executable: str) -> str:
    """A Chromium for a background job: started at nice ``NICENESS``, so the main thread's
    tests and their Chromium come first on a 2-core machine, and kept there: run as root,
    Chromium sets the nice value of its processes itself (-8 for the browser and GPU
    processes, 0 or 5 for renderers); started through ``setpriv`` without CAP_SYS_NICE it can
    only keep what it inherited. (The job threads themselves are not niced: a niced thread
    that holds the GIL stalls the main thread whenever it is preempted.)"""
    nice, setpriv = shutil.which("nice"), shutil.which("setpriv")
    if not nice:
        return executable
    keep = f"{setpriv} --bounding-set=-sys_nice --inh-caps=-sys_nice -- " if setpriv and os.getuid() == 0 else ""
    wrapper = Path(tempfile.mkdtemp(prefix="dlc-chromium-")) / "chromium"
    wrapper.write_text(f'#!/bin/sh\nexec {nice} -n {NICENESS} {keep}{executable} "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


def launch(playwright, *, background: bool = False):
    """Chromium with a new, empty profile (Playwright's persistent-context-free launch; each
    context keeps its cache in memory); ``background``: for a background job, at that job's
    lower priority. (No ``--disk-cache-dir``: with one, the headless shell's contexts share
    an on-disk cache, and after a search in one context a page load in a new one never
    finished, its document request answered by the server and still pending in Chromium.)"""
    return playwright.chromium.launch(
        executable_path=keeping_priority(CHROMIUM) if background else CHROMIUM,
        args=CHROMIUM_ARGS,
    )


@contextlib.contextmanager
def own_browser(site: Path):
    """A Chromium and a server of ``site`` for a background thread (tests/support/background.py):
    Playwright's sync API is bound to the thread that starts it, so a job cannot share the
    session's browser. Yields (browser, base URL)."""
    from playwright.sync_api import sync_playwright

    with SiteServer(site, background=True) as server, sync_playwright() as p:
        browser = launch(p, background=True)
        try:
            yield browser, server.url
        finally:
            browser.close()


class PageWatch:
    """Console errors, failed requests, HTTP errors and any request that leaves localhost."""

    def __init__(self, page) -> None:
        self.problems: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("request", self._request)

    def _failed(self, request) -> None:
        # ERR_ABORTED: the test navigated away while the page was still loading something.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.problems.append(f"failed: {request.url} {request.failure}")

    def _request(self, request) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        if urlparse(request.url).hostname not in ("127.0.0.1", "localhost"):
            self.problems.append(f"third-party request: {request.url}")


@dataclass
class Visit:
    """What one visit of a page saw."""
    problems: list[str] = field(default_factory=list)
    lang: str | None = None
    titles: int = 0
    mounted: bool = False
    theme: dict = field(default_factory=dict)


SWEEP_READ = """() => ({lang: document.documentElement.lang,
  titles: document.querySelectorAll('article h1').length,
  theme: {lcp: (window.__lcp || []).filter(e => e.article), at: window.__bundleAt}})"""


def sweep(context, base_url: str, pages: list[str], *, mounted: str, at_once: int = 10,
          timeout_ms: int = 20_000) -> dict[str, Visit]:
    """Visit every page once, ``at_once`` of them at a time: wait until ``mounted`` holds and
    the network is idle, then read the page (``SWEEP_READ``) and what its PageWatch saw."""
    visits: dict[str, Visit] = {}
    for start in range(0, len(pages), at_once):
        batch = []
        for rel in pages[start:start + at_once]:
            pg = context.new_page()
            watch = PageWatch(pg)
            pg.goto(base_url + rel, wait_until="commit")
            batch.append((rel, pg, watch))
        for rel, pg, watch in batch:
            visit = Visit()
            try:
                pg.wait_for_function(mounted, timeout=timeout_ms)
                visit.mounted = True
                pg.wait_for_load_state("networkidle", timeout=timeout_ms)
            except Exception as exc:  # noqa: BLE001 - reported as this page's problem
                visit.problems.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
            read = pg.evaluate(SWEEP_READ)
            visit.lang, visit.titles, visit.theme = read["lang"], read["titles"], read["theme"]
            visit.problems += watch.problems
            visits[rel] = visit
            pg.close()
    return visits
