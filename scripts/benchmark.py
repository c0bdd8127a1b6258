"""Benchmark this machine: test suite vs the torch-import floor, build time, page weight.

    python scripts/benchmark.py            # everything (runs the full test suite once)
    python scripts/benchmark.py --no-suite # build time and page weights only

Prints a table and exits non-zero when a budget (README, "Budgets") is exceeded.
Figures are for the machine it runs on; nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Budgets (also in README.md). Page weight = the HTML plus every stylesheet and script it
# loads from the site (the search worker and lunr's language files included). The search
# index, fetched at load too, is data for the whole language: measured and budgeted apart.
BUDGETS = {
    "chapter page, gzipped (KB)": 100,
    "notebook page, gzipped (KB)": 100,
    "search index zh, gzipped (KB)": 80,
    "search index en, gzipped (KB)": 80,
    "mkdocs build (s)": 60,
    "test suite (s)": 900,
}


def timed(cmd: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def page_weight(site: Path, page: Path) -> tuple[int, int, list[tuple[str, int, int]]]:
    """(raw bytes, gzipped bytes, per-file rows) of a page and the CSS/JS it loads at start."""
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    refs += re.findall(r'<script src="([^"]+)"', html)
    files = [page] + [(page.parent / ref).resolve() for ref in refs if not ref.startswith("http")]
    lang_root = site / "en" if page.is_relative_to(site / "en") else site
    index = lang_root / "search" / "search_index.json"
    files += [next((site / "assets/javascripts/workers").glob("search.*.min.js"))]
    langs = [lang for lang in json.loads(index.read_text(encoding="utf-8"))["config"]["lang"] if lang != "en"]
    if langs:  # the search worker loads lunr's language support for non-English indexes
        lunr = site / "assets/javascripts/lunr/min"
        files += [lunr / "lunr.stemmer.support.min.js", lunr / "lunr.multi.min.js"]
        files += [lunr / f"lunr.{lang}.min.js" for lang in langs]
    rows = []
    for f in files:
        data = f.read_bytes()
        rows.append((f.relative_to(site).as_posix(), len(data), len(gzip.compress(data, 6))))
    return sum(r[1] for r in rows), sum(r[2] for r in rows), rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-suite", action="store_true", help="skip the full test suite run")
    args = parser.parse_args()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    results: dict[str, float] = {}

    results["python -c 'import torch' (s)"] = timed([sys.executable, "-c", "import torch"])
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        results["mkdocs build (s)"] = timed(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=ROOT, env=env)
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
            data = (root / "search" / "search_index.json").read_bytes()
            results[f"search index {lang}, raw (KB)"] = len(data) / 1024
            results[f"search index {lang}, gzipped (KB)"] = len(gzip.compress(data, 6)) / 1024
    if not args.no_suite:
        results["test suite (s)"] = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                                          cwd=ROOT, env=env)

    print(f"\n{'measure':<40} {'value':>10} {'budget':>10}")
    failed = False
    for name, value in results.items():
        budget = BUDGETS.get(name)
        over = budget is not None and value > budget
        failed |= over
        print(f"{name:<40} {value:10.1f} {budget if budget is not None else '':>10} {'OVER BUDGET' if over else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
