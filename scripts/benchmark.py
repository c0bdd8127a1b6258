"""Benchmark this machine: the writer's loop, the suite, page weight, each next to its budget.

    python scripts/benchmark.py             # everything (runs the full test suite once)
    python scripts/benchmark.py --no-suite  # everything but the suite run
    python scripts/benchmark.py --no-serve  # skip the mkdocs serve measurements

Prints one table and exits non-zero when a budget (README, "Benchmark") is exceeded.
Figures are for the machine it runs on, measured now; nothing here is a timed test.

- floor: ``python -c "import torch"``, the least any run of a snippet costs;
- snippets: every snippet once in one Python (runpy, from an empty directory) next to
  ``python -m pytest tests/test_snippets.py`` (the harness that checks them), and their ratio;
- build: ``mkdocs build --strict`` with an empty cache (as in CI), again with the cache it
  left (as on a writer's machine), and without the notebooks (hooks/notebooks.py and
  mkdocs-jupyter switched off) for comparison;
- serve: ``mkdocs serve`` on a copy of the sources; the time from saving a snippet, and
  from saving a page, until the served page shows the change (median of 3 saves each);
- page weight: a chapter page and a notebook page with the CSS/JS they load (the search
  worker included); and what a reader's first search fetches (hooks/search_index.py):
  each language's search index, and lunr's language files for Chinese;
- suite: ``python -m pytest``, the whole suite.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Budgets (also in README.md). Page weight = the HTML plus every stylesheet and script it
# loads from the site (the search worker included). The search index is fetched when the
# reader first opens search, not at page load (hooks/search_index.py), with lunr's language
# files; it is data for the whole language: measured and budgeted apart. Its budget was
# 80 KB while every page load fetched it; since it is fetched once, on the first search
# (then cached), and the chapter grew to 11 pages, it was 120 KB; with 13 pages (Big models
# and Parametrizations became pages of their own, and the second editorial pass added
# text) it is 150 KB: about 1.2 s on a 1 Mbit/s line, paid only by a reader who searches.
BUDGETS = {
    "serve: saved snippet -> page shows it (s)": 4,
    "serve: saved page -> page shows it (s)": 4,
    "snippet check / raw run (ratio)": 1.5,
    "mkdocs build, warm cache (s)": 60,
    "mkdocs build, empty cache (s)": 60,
    "chapter page, gzipped (KB)": 100,
    "notebook page, gzipped (KB)": 100,
    "search index zh, fetched on first search, gzipped (KB)": 150,
    "search index en, fetched on first search, gzipped (KB)": 150,
    "test suite (s)": 150,
}

RAW_RUN = """
import contextlib, io, os, runpy, sys, tempfile
from pathlib import Path
import torch
for path in sorted(Path(sys.argv[1]).rglob("*.py")):
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        torch.manual_seed(0)
        with contextlib.redirect_stdout(io.StringIO()):
            runpy.run_path(str(path), run_name="__main__")
"""


def timed(cmd: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def weigh(site: Path, files: list[Path]) -> tuple[int, int, list[tuple[str, int, int]]]:
    """(raw bytes, gzipped bytes, per-file rows) of ``files``."""
    rows = []
    for f in files:
        data = f.read_bytes()
        rows.append((f.relative_to(site).as_posix(), len(data), len(gzip.compress(data, 6))))
    return sum(r[1] for r in rows), sum(r[2] for r in rows), rows


def page_weight(site: Path, page: Path) -> tuple[int, int, list[tuple[str, int, int]]]:
    """(raw bytes, gzipped bytes, per-file rows) of a page and the CSS/JS it loads at start."""
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    refs += re.findall(r'<script src="([^"]+)"', html)
    refs += re.findall(r'<link rel="preload" as="script" href="([^"]+)"', html)  # the theme's bundle
    files = [page] + [(page.parent / ref).resolve() for ref in dict.fromkeys(refs) if not ref.startswith("http")]
    files += [next((site / "assets/javascripts/workers").glob("search.*.min.js"))]  # started with the page
    return weigh(site, files)


def first_search(site: Path, lang_root: Path) -> tuple[int, int, list[tuple[str, int, int]]]:
    """(raw bytes, gzipped bytes, per-file rows) of what the first search on a page of that
    language fetches: its index first, then lunr's language support for a non-English one."""
    index = lang_root / "search" / "search_index.json"
    files = [index]
    langs = [lang for lang in json.loads(index.read_text(encoding="utf-8"))["config"]["lang"] if lang != "en"]
    if langs:  # the search worker loads lunr's language support when it gets the index
        lunr = site / "assets/javascripts/lunr/min"
        files += [lunr / "lunr.stemmer.support.min.js", lunr / "lunr.multi.min.js"]
        files += [lunr / f"lunr.{lang}.min.js" for lang in langs]
    return weigh(site, files)


def without_notebooks(project: Path) -> Path:
    """A copy of mkdocs.yml with the notebook hook and mkdocs-jupyter switched off."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - hooks/notebooks.py\n", "")
    config = re.sub(r"\n  - mkdocs-jupyter:\n(?:      .*\n|\s*\n)*", "\n", config)
    path = project / "mkdocs-no-notebooks.yml"
    path.write_text(config, encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def serve_rebuilds(project: Path, env: dict, saves: int = 3) -> dict[str, float]:
    """Start ``mkdocs serve`` on ``project``; time saves of a snippet and of a page until the
    served page shows them."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/layers-and-blocks/"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                fetch(url)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("mkdocs serve did not come up") from None
                time.sleep(0.5)
        snippet = project / "snippets/layers_and_blocks/mlp_subclass.py"
        page = project / "docs/zh/layers-and-blocks.md"
        results = {}
        for label, path, edit in (
            ("serve: saved snippet -> page shows it (s)", snippet, lambda text, mark: f"{text}# {mark}\n"),
            ("serve: saved page -> page shows it (s)", page, lambda text, mark: f"{text}\n{mark}\n"),
        ):
            original = path.read_text(encoding="utf-8")
            times = []
            for i in range(saves):
                mark = f"benchmark-mark-{i}-{time.time_ns()}"
                start = time.perf_counter()
                path.write_text(edit(original, mark), encoding="utf-8")
                while mark not in fetch(url):
                    if time.perf_counter() - start > 120:
                        raise RuntimeError(f"{label}: the served page never showed the change")
                    time.sleep(0.05)
                times.append(time.perf_counter() - start)
                time.sleep(1.5)  # let the rebuild settle before the next save
            path.write_text(original, encoding="utf-8")
            results[label] = statistics.median(times)
            print(f"{label}: {', '.join(f'{t:.2f}' for t in times)}", file=sys.stderr)
        return results
    finally:
        server.terminate()
        server.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-suite", action="store_true", help="skip the full test suite run")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve measurements")
    args = parser.parse_args()
    from tests.support.site import copy_sources

    env = dict(os.environ)
    env.pop("NO_MKDOCS_2_WARNING", None)
    results: dict[str, float] = {}

    results["floor: python -c 'import torch' (s)"] = timed([sys.executable, "-c", "import torch"])
    with tempfile.TemporaryDirectory() as empty:
        results["snippets: every one once in one Python (s)"] = timed(
            [sys.executable, "-c", RAW_RUN, str(ROOT / "snippets")], cwd=empty, env=dict(env, CUDA_VISIBLE_DEVICES=""))
    results["snippets: python -m pytest tests/test_snippets.py (s)"] = timed(
        [sys.executable, "-m", "pytest", "-q", "tests/test_snippets.py"], cwd=ROOT, env=env)
    results["snippet check / raw run (ratio)"] = (results["snippets: python -m pytest tests/test_snippets.py (s)"]
                                                 / results["snippets: every one once in one Python (s)"])

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = copy_sources(tmp / "src")
        cold = dict(env, DLC_CACHE_DIR=str(tmp / "cache"))
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp / "site")]
        results["mkdocs build, empty cache (s)"] = timed(build, cwd=project, env=cold)
        results["mkdocs build, warm cache (s)"] = timed(build, cwd=project, env=cold)
        results["mkdocs build, no notebooks (s)"] = timed(
            [*build[:4], "-f", str(without_notebooks(project)), *build[4:]], cwd=project, env=cold)
        timed(build, cwd=project, env=cold)
        site = tmp / "site"
        chapter = site / "layers-and-blocks" / "index.html"
        notebook = site / "notebooks" / "layers-and-blocks" / "index.html"
        for label, page in (("chapter page", chapter), ("notebook page", notebook)):
            raw, gz, rows = page_weight(site, page)
            results[f"{label}, raw (KB)"] = raw / 1024
            results[f"{label}, gzipped (KB)"] = gz / 1024
            print(f"\n{label}: {page.relative_to(site)}")
            for name, r, g in rows:
                print(f"  {name:<60} {r / 1024:8.1f} KB raw {g / 1024:8.1f} KB gz")
        for lang, root in (("zh", site), ("en", site / "en")):
            _, gz, rows = first_search(site, root)
            (_, index_raw, index_gz), *_ = rows
            results[f"search index {lang}, raw (KB)"] = index_raw / 1024
            results[f"search index {lang}, fetched on first search, gzipped (KB)"] = index_gz / 1024
            results[f"first search {lang}: index and lunr files, gzipped (KB)"] = gz / 1024
            print(f"\nfirst search, {lang}")
            for name, r, g in rows:
                print(f"  {name:<60} {r / 1024:8.1f} KB raw {g / 1024:8.1f} KB gz")
        if not args.no_serve:
            results.update(serve_rebuilds(project, cold))
    if not args.no_suite:
        results["test suite (s)"] = timed([sys.executable, "-m", "pytest", "-q"], cwd=ROOT, env=env)

    print(f"\n{'measure':<56} {'value':>8} {'budget':>8}")
    failed = False
    for name, value in results.items():
        budget = BUDGETS.get(name)
        over = budget is not None and value > budget
        failed |= over
        print(f"{name:<56} {value:8.2f} {budget if budget is not None else '':>8} {'OVER BUDGET' if over else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
