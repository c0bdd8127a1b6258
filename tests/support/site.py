"""Helpers to build the site, or a copy of its sources with a planted defect.

``copy_sources`` copies the real site (the page-rule tests plant defects in it without
building). ``small_site`` puts the real ``mkdocs.yml``, hooks, overrides and assets
together with the two-page fixture in ``tests/fixtures/small_site``: the build tests
plant their defects there, and it builds in about a second.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.support.background import niced

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("mkdocs.yml", "docs", "snippets", "hooks", "overrides", "scripts")


def copy_sources(dest: Path) -> Path:
    """Copy what ``mkdocs build`` reads into ``dest`` (a temporary directory)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


FIXTURE = ROOT / "tests" / "fixtures" / "small_site"


def small_site(dest: Path) -> Path:
    """A two-page site (``index.md``, ``demo.md`` per language) built with the real
    configuration: the same hooks, theme overrides, assets and markdown extensions."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURE / "docs", dest / "docs")
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    shutil.copytree(FIXTURE / "snippets", dest / "snippets")
    # the reference links the fixture's pages use, and no others (hooks/api_links.py warns on unused ones)
    from hooks.api_links import API_LINK, DATA

    used = {m["name"] for page in (dest / "docs").rglob("*.md") for m in API_LINK.finditer(page.read_text(encoding="utf-8"))}
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    (dest / "hooks" / DATA.name).write_text(yaml.safe_dump({k: v for k, v in entries.items() if k in used},
                                                           allow_unicode=True), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    head, nav, tail = config.partition("\nnav:\n")
    assert nav, "mkdocs.yml has no nav: section"
    rest = tail.splitlines(keepends=True)
    while rest and (rest[0].startswith((" ", "-")) or not rest[0].strip()):
        rest.pop(0)  # the nav entries
    (dest / "mkdocs.yml").write_text(head + nav + "  - index.md\n  - demo.md\n" + "".join(rest), encoding="utf-8")
    return dest


def build(project: Path, site_dir: Path, *extra: str, strict: bool = True,
          env: dict | None = None, background: bool = False) -> subprocess.CompletedProcess:
    """Run ``mkdocs build [--strict]`` on ``project`` into ``site_dir``; never into the repo.
    ``background``: a background job's build, at lower priority (``background.niced``)."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    env.pop("NO_MKDOCS_2_WARNING", None)  # mkdocs.yml sets it itself (hooks/quiet.py)
    cmd = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "-f", str(project / "mkdocs.yml"),
           "-d", str(site_dir), *extra]
    return subprocess.run(
        niced(cmd) if background else cmd,
        capture_output=True, text=True, env=env, cwd=project,
    )


def warnings_in(result: subprocess.CompletedProcess) -> list[str]:
    """The messages of a build's WARNING lines (a message may go on over following lines)."""
    out: list[str] = []
    for line in (result.stdout + result.stderr).splitlines():
        if line.startswith("WARNING"):
            out.append(line.split("-", 1)[1].strip())
        elif out and line.startswith("  ") and not line.startswith(("INFO", "DEBUG")):
            out[-1] += "\n" + line
    return out
