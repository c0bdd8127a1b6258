"""Checks that mostly wait on another program start early, in threads.

Some checks spend their time in programs of their own: the notebook kernels
(tests/test_notebooks.py), the Nu Html Checker's Java (tests/test_html_valid.py),
LinkChecker (tests/test_links.py), the planted fixture-site builds (tests/test_build.py),
the collect-only runs of tests/test_subsets.py and the every-page sweep of the browser
tests (tests/conftest.py). Run when their tests came up, they ran
one after another while the rest of the suite waited. Now each starts in a thread as soon
as it can: the jobs that need no site when collection ends (``pytest_collection_finish``
in tests/conftest.py), so they run while the real site builds; the others the moment the
session's site is built (``site_build``), so they run while the browser tests do. The test
that needs a result waits for it, and those tests run after all the others
(``run_waiting_tests_last``, ``waits``), so the main thread is never idle while jobs work. Jobs that
drive a browser start their own (``tests.support.browser.own_browser``).
The programs the jobs start run at a lower CPU priority than the main thread's: their
Chromiums (``tests.support.browser.keeping_priority``), their servers, builds and checkers
(``niced``), the notebook kernels (``nice_process``). The job threads themselves do not: a
niced thread that holds the GIL stalls the main thread whenever it is preempted.

A module registers its work with ``@job``; ``start_selected`` starts the jobs of the
modules the session selected (so ``--page``, ``-k`` and ``-m`` runs start nothing they do
not need); ``result`` returns a job's result, starting it if nothing has, and re-raises
what the job raised, in the test that asked.
"""

from __future__ import annotations

import functools
import inspect
import os
import shutil
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import pytest

NICENESS = 10  # the priority of the programs a job starts (its Chromium, builds, kernels, checkers)


def niced(cmd: list[str]) -> list[str]:
    """``cmd`` started at nice ``NICENESS``: the programs a job runs (a planted build,
    LinkChecker, the Nu Html Checker's Java) then yield the CPU to the main thread's tests,
    which are what the suite waits for; the job still gets every idle moment."""
    nice = shutil.which("nice")
    return [nice, "-n", str(NICENESS), *cmd] if nice else list(cmd)


def nice_process(pid: int) -> None:
    """Lower a running program's priority by ``NICENESS`` (a notebook's kernel, which
    jupyter_client starts)."""
    if hasattr(os, "setpriority"):
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS))


_jobs: dict[str, tuple[tuple[str, ...], bool, Callable]] = {}  # name -> (modules, needs_site, fn)
_futures: dict[str, Future] = {}
# Two pools, so that the jobs that need the site start the moment it is built instead of
# queueing behind the planted builds that started at collection.
_pools = {False: ThreadPoolExecutor(max_workers=4, thread_name_prefix="dlc-background-early"),
          True: ThreadPoolExecutor(max_workers=6, thread_name_prefix="dlc-background")}


def job(name: str, needs_site: bool = True, modules: tuple[str, ...] = ()):
    """Register ``fn(site, tmp_path_factory)``; with ``needs_site=False`` it gets ``None``
    for the site and may start before the site is built. The job belongs to the module that
    defines it, or to ``modules`` (a job defined in conftest for several test modules)."""
    def register(fn: Callable) -> Callable:
        _jobs[name] = (modules or (fn.__module__,), needs_site, fn)
        return fn
    return register


@functools.lru_cache(maxsize=None)
def _source(fn) -> str:
    try:
        return inspect.getsource(fn)
    except (OSError, TypeError):
        return ""


@functools.lru_cache(maxsize=None)
def _result_helpers(module) -> tuple[str, ...]:
    """The functions of a test module that call ``result`` (such as tests/test_build.py's
    ``planted``)."""
    return tuple(name for name, obj in vars(module).items()
                 if inspect.isfunction(obj) and obj.__module__ == module.__name__
                 and "background.result(" in _source(obj))


def waits(item) -> bool:
    """Whether a test reads a job's result: its function, or a fixture it uses, calls
    ``result`` or a helper of its module that does."""
    fn = getattr(item, "function", None)
    module = getattr(item, "module", None)
    if fn is None or module is None:
        return False
    calls = ("background.result(", *(f"{name}(" for name in _result_helpers(module)))
    used = [fn] + [d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs]
    return any(call in _source(f) for f in used for call in calls)


def run_waiting_tests_last(items: list) -> None:
    """Order the session's tests so that those that read a job's result come last (stable
    otherwise): the main thread runs everything else, the other tests of the same modules
    included, while the jobs work."""
    items.sort(key=waits)


class _Folders:
    """pytest's tmp_path_factory for threads: its base folder is made once, here, and
    ``mktemp`` is serialized (two threads making the base folder at once make two)."""

    _lock = threading.Lock()

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        factory.getbasetemp()
        self._factory = factory

    def mktemp(self, basename: str, numbered: bool = True) -> Path:
        with self._lock:
            return self._factory.mktemp(basename, numbered=numbered)


times: dict[str, list[float]] = {}  # name -> [submitted, started, ended] (time.monotonic())


def _timed(name: str, fn: Callable, *args):
    times[name].append(time.monotonic())
    try:
        return fn(*args)
    finally:
        times[name].append(time.monotonic())


def start(name: str, site: Path | None, tmp_path_factory: pytest.TempPathFactory) -> Future:
    """Start job ``name`` once, whichever of its modules asks first."""
    if name not in _futures:
        times[name] = [time.monotonic()]
        _futures[name] = _pools[_jobs[name][1]].submit(_timed, name, _jobs[name][2], site, _Folders(tmp_path_factory))
    return _futures[name]


def result(name: str, site: Path, tmp_path_factory: pytest.TempPathFactory):
    return start(name, site, tmp_path_factory).result()


_selected: list = []  # the session's selected tests, kept when their jobs are started


def selected(module: str) -> list:
    """The selected tests of ``module``: a job that serves one test per page (such as
    tests/test_copy.py's) does the work of those selected only, so ``--page`` stays fast."""
    return [item for item in _selected if getattr(getattr(item, "module", None), "__name__", None) == module]


def start_selected(session: pytest.Session, site: Path | None, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Start the selected modules' jobs: those that need no site if ``site`` is None, else
    those that do."""
    _selected[:] = session.items
    with_tests = {item.module.__name__ for item in session.items if getattr(item, "module", None)}
    for name, (modules, needs_site, _) in _jobs.items():
        if with_tests.intersection(modules) and needs_site == (site is not None):
            start(name, site, tmp_path_factory)


def shutdown() -> None:
    """At the session's end: drop jobs that never started (a run stopped early by -x)."""
    for pool in _pools.values():
        pool.shutdown(wait=True, cancel_futures=True)
