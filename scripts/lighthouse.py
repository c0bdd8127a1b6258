"""Lighthouse over every page of a built site, served on localhost; exits non-zero below the bar.

    mkdocs build --strict -d /tmp/site
    python scripts/lighthouse.py /tmp/site --dark               # every page, both languages
    python scripts/lighthouse.py /tmp/site --page en/gpu/ --page 404.html --reports /tmp/lh
    python scripts/lighthouse.py /tmp/site --sample --dark \
        --gate accessibility,best-practices,seo,a11y-dark       # CI: 4 pages, timing not gated

It builds nothing: it serves the given directory on 127.0.0.1 (gzip-compressed, as any
production host serves text), runs Lighthouse 13 (Lighthouse's default mobile settings,
the four categories performance, accessibility, best practices and SEO) on each page in
turn with Debian's Chromium, prints a table page -> four scores and exits 1 if any score
is below ``--min`` (95). ``--dark`` adds a column: the accessibility score with the page in
its dark scheme (colour contrast). ``--gate`` names the columns that must reach the bar.

Lighthouse and the Node.js it needs (>= 22.19; Debian ships 20) are installed from the
npm registry, pinned exactly, into ``--tools`` (default ``~/.cache/dlc-lighthouse``, outside
the repository) on first use. No browser is downloaded: Lighthouse launches
``/usr/bin/chromium`` (``CHROME_PATH``).

Performance is measured, not simulated from the HTML alone: Lighthouse throttles the CPU
4x on top of the host. On a busy or slow host (Lighthouse prints its benchmark index; it
expects >= 1000) performance scores drop; ``--runs N`` takes each page's median of N runs.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.npm_tools import install as install_npm  # noqa: E402

LIGHTHOUSE = "lighthouse@13.5.0"
NODE = "node@22.23.3"  # Lighthouse 13 needs Node.js >= 22.19; the `node` package ships the binary
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
HEADERS = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo",
           "a11y-dark": "a11y-dark"}
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# One chapter page and one notebook page per language: every kind of page that differs.
SAMPLE = ["layers-and-blocks/", "en/notebooks/layers-and-blocks/", "en/parameters/", "notebooks/parameters/"]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb", ".txt")


class _Handler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the client accepts it (as GitHub Pages does)."""

    protocol_version = "HTTP/1.1"  # keep-alive: one connection serves many requests, as in production
    _cache: ClassVar[dict[str, bytes]] = {}

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and os.path.isfile(path) and path.endswith(COMPRESSIBLE)):
            return super().send_head()
        if path not in self._cache:
            self._cache[path] = gzip.compress(Path(path).read_bytes(), 6)
        data = self._cache[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


class Server:
    """The site on http://127.0.0.1:<free port>/ in a background thread."""

    def __init__(self, site: Path) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def site_pages(site: Path) -> list[str]:
    """Every page of both languages, as URL paths relative to the root, 404 pages included."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        rel = path.parent.relative_to(site).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        pages.append("" if rel == "." else f"{rel}/")
    return pages + [p.relative_to(site).as_posix() for p in sorted(site.glob("*404.html")) + sorted(site.glob("*/404.html"))]


def install(tools: Path) -> tuple[Path, Path]:
    """Node.js and Lighthouse in ``tools`` (npm, exact pins); returns (node, lighthouse cli)."""
    try:
        modules = install_npm(NODE, LIGHTHOUSE, folder=tools)
    except RuntimeError as exc:
        sys.exit(f"{exc} (any Node.js; Lighthouse's own comes from npm)")
    return modules / "node" / "bin" / "node", modules / "lighthouse" / "cli" / "index.js"


def run_lighthouse(node: Path, cli: Path, url: str, out: Path, chrome: str, *, dark: bool = False) -> dict:
    """One Lighthouse run; ``dark``: accessibility only, with the page in its dark scheme."""
    profile = tempfile.mkdtemp(prefix="dlc-lighthouse-chrome-")
    flags = [*CHROME_FLAGS, f"--user-data-dir={profile}"]
    if dark:
        flags.append("--force-dark-mode")  # prefers-color-scheme: dark, so Material picks slate
    try:
        cmd = [str(node), str(cli), url, "--output=json", f"--output-path={out}", "--quiet",
               f"--only-categories={'accessibility' if dark else ','.join(CATEGORIES)}",
               f"--chrome-flags={' '.join(flags)}"]
        env = dict(os.environ, CHROME_PATH=chrome)
        result = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True, timeout=300)
        if result.returncode != 0 or not out.exists():
            raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def scores(report: dict) -> dict[str, int]:
    return {c: round(100 * (report["categories"][c]["score"] or 0)) for c in report["categories"]}


def failing_audits(report: dict, label: str = "") -> list[str]:
    """The weighted audits that lost points, for a page below the bar."""
    lines = []
    for cid in report["categories"]:
        for ref in report["categories"][cid]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lines.append(f"    {cid}{label}: {ref['id']} {audit['score']:.2f} {audit.get('displayValue', '')}".rstrip())
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path, help="a built site (mkdocs build -d DIR)")
    ap.add_argument("--page", action="append", help="a page path such as en/gpu/ (repeatable; default: every page)")
    ap.add_argument("--sample", action="store_true", help=f"only {', '.join(SAMPLE)}")
    ap.add_argument("--min", type=int, default=95, help="the bar for every category (default 95)")
    ap.add_argument("--dark", action="store_true",
                    help="also score accessibility with the page in its dark scheme (colour contrast)")
    ap.add_argument("--gate", help="comma-separated columns that must reach --min (default: all); "
                    "the others are printed only, e.g. accessibility,best-practices,seo,a11y-dark")
    ap.add_argument("--runs", type=int, default=1, help="runs per page; the median score counts (default 1)")
    ap.add_argument("--reports", type=Path, help="keep each JSON report in this directory")
    ap.add_argument("--tools", type=Path, help="where Node.js and Lighthouse are installed",
                    default=Path(os.environ.get("DLC_LIGHTHOUSE_DIR", Path.home() / ".cache/dlc-lighthouse")))
    ap.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = ap.parse_args(argv)

    site = args.site.resolve()
    if not (site / "index.html").exists():
        ap.error(f"{site} is not a built site (no index.html)")
    if not Path(args.chrome).exists():
        ap.error(f"no Chromium at {args.chrome} (apt-get install chromium fonts-noto-cjk)")
    pages = args.page or (SAMPLE if args.sample else site_pages(site))
    columns = [*CATEGORIES, *(["a11y-dark"] if args.dark else [])]
    gated = args.gate.split(",") if args.gate else columns
    if unknown := set(gated) - set(columns):
        ap.error(f"--gate: unknown column(s) {', '.join(sorted(unknown))} (have {', '.join(columns)})")
    node, cli = install(args.tools)
    reports = args.reports or Path(tempfile.mkdtemp(prefix="dlc-lighthouse-"))
    reports.mkdir(parents=True, exist_ok=True)

    server = Server(site)
    start = time.perf_counter()
    low: list[str] = []
    benchmarks: list[float] = []
    width = max(len(p or "/") for p in pages)
    print(f"{'page':<{width}}  " + "  ".join(f"{HEADERS[c]:>{max(4, len(HEADERS[c]))}}" for c in columns), flush=True)
    try:
        for rel in pages:
            name = (rel or "index").strip("/").replace("/", "_")
            light = [run_lighthouse(node, cli, server.url + rel, reports / f"{name}.{i}.json", args.chrome)
                     for i in range(args.runs)]
            got = {c: int(statistics.median(scores(r)[c] for r in light)) for c in CATEGORIES}
            worst = [min(light, key=lambda r: sum(scores(r).values()))]
            if args.dark:
                dark = run_lighthouse(node, cli, server.url + rel, reports / f"{name}.dark.json", args.chrome, dark=True)
                got["a11y-dark"] = scores(dark)["accessibility"]
                worst.append(dark)
            benchmarks += [r["environment"]["benchmarkIndex"] for r in light]
            below = min(got[c] for c in gated) < args.min
            print(f"{rel or '/':<{width}}  " + "  ".join(f"{got[c]:>{max(4, len(HEADERS[c]))}}" for c in columns)
                  + (f"  <-- below {args.min}" if below else ""), flush=True)
            if below:
                low.append(rel or "/")
                for report, label in zip(worst, ["", " (dark)"]):
                    for line in failing_audits(report, label):
                        print(line, flush=True)
    finally:
        server.close()
    elapsed = time.perf_counter() - start
    print(f"\n{len(pages)} pages, {args.runs} run(s) each{' + a dark-scheme run' if args.dark else ''}, "
          f"{elapsed:.0f} s; host benchmark index (Lighthouse expects >= 1000) median "
          f"{statistics.median(benchmarks):.0f}, min {min(benchmarks):.0f}; reports in {reports}")
    if low:
        print(f"{len(low)} page(s) below {args.min}: {', '.join(low)}")
        return 1
    print(f"every score >= {args.min}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
