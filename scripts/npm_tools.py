"""Tools from the npm registry, installed pinned into a cache folder outside the repository.

    from scripts.npm_tools import install
    modules = install("axe-core@4.14.1", Path.home() / ".cache" / "dlc-axe")

``install`` runs ``npm install --prefix FOLDER SPEC…`` once, and again only when a package's
installed version is not the pinned one. No browser is ever downloaded (Puppeteer's download
is switched off). Used by scripts/lighthouse.py and the test support for axe-core.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def installed(modules: Path, spec: str) -> bool:
    name, _, version = spec.rpartition("@")
    package = modules / name / "package.json"
    return package.is_file() and json.loads(package.read_text(encoding="utf-8"))["version"] == version


def install(*specs: str, folder: Path) -> Path:
    """Install the exact ``name@version`` specs into ``folder``; returns its node_modules."""
    modules = folder / "node_modules"
    if all(installed(modules, spec) for spec in specs):
        return modules
    if not shutil.which("npm"):
        raise RuntimeError("npm not found: apt-get install nodejs npm")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"installing {' '.join(specs)} into {folder} ...", file=sys.stderr)
    env = dict(os.environ, PUPPETEER_SKIP_DOWNLOAD="1", PUPPETEER_SKIP_CHROMIUM_DOWNLOAD="1")
    subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", str(folder), *specs], check=True, env=env)
    missing = [spec for spec in specs if not installed(modules, spec)]
    if missing:
        raise RuntimeError(f"npm did not install {missing} into {folder}")
    return modules
