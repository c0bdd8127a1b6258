"""Serve a built site on localhost (for the browser and link tests); launch Debian's Chromium."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
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


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        # LinkChecker throttles every host to ~3 requests/s unless the server answers
        # with a "LinkChecker" header; ours is a local test server, so it allows more.
        self.send_header("LinkChecker", "allowed")
        super().end_headers()


class SiteServer:
    """The built site on http://127.0.0.1:<free port>/ in a background thread."""

    def __init__(self, site: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(site))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM)


def require_chromium(*, module: bool = False) -> None:
    """Browser tests without Chromium: skipped locally, an error under CI (``CI`` set), so a
    CI run can never pass without them. ``module=True`` at a test module's top level."""
    if not chromium_available():
        if os.environ.get("CI"):
            raise RuntimeError("Chromium is required for the browser tests in CI (apt-get install chromium)")
        pytest.skip("Chromium not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=module)


def launch(playwright):
    """Chromium with a new, empty profile (Playwright's persistent-context-free launch)."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[*CHROMIUM_ARGS, f"--disk-cache-dir={tempfile.mkdtemp(prefix='dlc-chromium-')}"],
    )
