"""Checks that mostly wait on another program start as soon as the site is built.

Three checks spend their time in programs of their own: the notebook kernels
(tests/test_notebooks.py), the Nu Html Checker's Java (tests/test_html_valid.py) and
LinkChecker (tests/test_links.py). Run when their tests come up, they ran one after
another while the rest of the suite waited; started in threads the moment the session's
site is built (``site_build`` in tests/conftest.py), they run while the browser tests do,
and the test that needs a result waits for it.

A module registers its work with ``@job``; ``start_selected`` starts the jobs of the
modules the session selected (so ``--page``, ``-k`` and ``-m`` runs start nothing they do
not need); ``result`` returns a job's result, starting it if nothing has, and re-raises
what the job raised, in the test that asked.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import pytest

_jobs: dict[str, tuple[str, Callable]] = {}  # name -> (module, fn(site, tmp_path_factory))
_futures: dict[str, Future] = {}
_pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="dlc-background")


def job(name: str):
    def register(fn: Callable) -> Callable:
        _jobs[name] = (fn.__module__, fn)
        return fn
    return register


def start(name: str, site: Path, tmp_path_factory: pytest.TempPathFactory) -> Future:
    if name not in _futures:
        _futures[name] = _pool.submit(_jobs[name][1], site, tmp_path_factory)
    return _futures[name]


def result(name: str, site: Path, tmp_path_factory: pytest.TempPathFactory):
    return start(name, site, tmp_path_factory).result()


def start_selected(session: pytest.Session, site: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    selected = {item.module.__name__ for item in session.items if getattr(item, "module", None)}
    names = [name for name, (module, _) in _jobs.items() if module in selected]
    for name in names:
        start(name, site, tmp_path_factory)
    return names


def shutdown() -> None:
    """At the session's end: drop jobs that never started (a run stopped early by -x)."""
    _pool.shutdown(wait=True, cancel_futures=True)
