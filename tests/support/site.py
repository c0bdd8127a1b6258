"""Helpers to build the site, or a copy of its sources with a planted defect."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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


def build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` on ``project`` into ``site_dir``; never into the repo."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        capture_output=True, text=True, env=env, cwd=project,
    )
