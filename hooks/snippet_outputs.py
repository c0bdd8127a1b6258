"""MkDocs hook: a stale ``#>`` output is a build warning, in the same rebuild.

On every ``mkdocs build`` and on every save under ``mkdocs serve``, each snippet under
``snippets/`` is run and its prints compared with its recorded ``#>`` lines, exactly as
``tests/test_snippets.py`` does (``hooks/snippet_run.py`` serves both). A stale output
is logged as

    snippets/<chapter>/<file>.py:<line>: recorded output differs: the file has '#> …',
    the code prints '#> …' (python -m pytest tests/test_snippets.py -k <file>.py
    --update-examples rewrites the #> lines)

so ``mkdocs build --strict`` fails on it and ``mkdocs serve`` shows it while the page
with the old output is on screen. A snippet that raises is reported at its own
``file:line``; one that runs longer than ``DLC_SNIPPET_TIME_LIMIT`` seconds (default 30)
is stopped and reported. Neither can stop the server: each snippet runs in a child
process of its own, forked from a server process that imported torch once
(``snippet_run.serve``, one server per core), so a child starts in milliseconds, in the
state of a fresh Python.

Only what changed runs again: a result is kept, in memory and in a cache outside the
repository (``$DLC_CACHE_DIR``, else ``$XDG_CACHE_HOME/dlc-site`` or
``~/.cache/dlc-site``), under the hash of the snippet's text, the runner's code and the
version of every installed package (numpy's as much as torch's). The runs start when the
build starts and are collected when it ends, so they overlap with rendering the pages.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks import snippet_run  # noqa: E402
from hooks.cache import cache_dir  # noqa: E402
from hooks.i18n_build import nested_build  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippet_outputs")

_results: dict[str, dict] = {}  # cache key -> result, for the life of the process (mkdocs serve)
_pending: dict[str, tuple[str, Future]] = {}  # snippet path -> (cache key, its run)
_pool: ThreadPoolExecutor | None = None
_servers: queue.SimpleQueue | None = None  # servers with nothing to do
# servers: one per core (at most 4), or $DLC_SNIPPET_SERVERS (the tests' two-snippet fixture
# builds ask for one: a second server would cost a second torch import for one snippet)
_workers = int(os.environ.get("DLC_SNIPPET_SERVERS") or max(1, min(os.cpu_count() or 1, 4)))
_started = 0
_lock = threading.Lock()
ROOT = Path(__file__).resolve().parent.parent


def time_limit() -> float:
    return float(os.environ.get("DLC_SNIPPET_TIME_LIMIT", "30"))


@functools.cache
def _installed() -> bytes:
    """Every installed distribution and its version, read once per process: a snippet may
    import any of them (torch, numpy, safetensors…), and the snippet servers keep what they
    imported at start, so a package upgraded under a running ``mkdocs serve`` needs a restart
    either way."""
    from importlib.metadata import distributions

    return "\n".join(sorted({f"{d.metadata['Name']}=={d.version}" for d in distributions()})).encode()


def _fingerprint() -> bytes:
    """What else decides a result besides the snippet's text: the runner's code and the
    installed packages."""
    return Path(snippet_run.__file__).read_bytes() + _installed()


def _start_server() -> subprocess.Popen:
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHONDONTWRITEBYTECODE="1")
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from hooks.snippet_run import serve; serve()"
    return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)


def _stop_servers() -> None:
    while _servers is not None and not _servers.empty():
        server = _servers.get()
        server.stdin.close()  # the server's signal to exit
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:  # a loaded machine, or a child it still waits on
            server.kill()
            server.wait()


def _free_server() -> subprocess.Popen:
    """A server with nothing to do, started on first need (a build whose results are all
    known starts none), at most one per worker thread."""
    global _started
    try:
        return _servers.get_nowait()
    except queue.Empty:
        with _lock:
            if _started < _workers:
                _started += 1
                return _start_server()
        return _servers.get()


def run_one(path: Path, limit: float) -> dict:
    """Check one snippet on a free server; never raises for what the snippet does."""
    global _started
    server = _free_server()
    try:
        server.stdin.write(f"{path}\t{limit}\n")
        server.stdin.flush()
        answer = server.stdout.readline()
    except OSError:
        answer = ""
    if not answer:  # the server itself died: report it; a new one starts when needed
        server.kill()
        with _lock:
            _started -= 1
        return {"raised": f"{snippet_run.shown_path(path)}: the snippet server stopped while checking it; "
                          "its output is not checked"}
    _servers.put(server)
    return json.loads(answer)


def submit(path: Path, limit: float | None = None) -> Future:
    """Check one file on the snippet servers (started on first need, one per core, stopped
    at exit); the future's result is ``run_one``'s. Also used by tests/test_copy.py."""
    global _pool, _servers
    if _pool is None:
        _servers = queue.SimpleQueue()
        atexit.register(_stop_servers)
        _pool = ThreadPoolExecutor(max_workers=_workers, thread_name_prefix="dlc-snippet")
    return _pool.submit(run_one, Path(path), time_limit() if limit is None else limit)


def start(snippets_dir: Path) -> None:
    """Start every snippet whose result is not known yet; reuse the others."""
    fingerprint = _fingerprint()
    store = cache_dir("snippet-outputs")
    _pending.clear()
    for path in sorted(Path(snippets_dir).rglob("*.py")):
        key = hashlib.sha256(fingerprint + path.read_bytes()).hexdigest()
        known = _known(key, store)
        done: Future = Future()
        if known is not None:
            done.set_result(known)
        else:
            done = submit(path)
        _pending[str(path)] = (key, done)


def _known(key: str, store: Path) -> dict | None:
    """The result kept under ``key``: from this process, else from the cache (then kept in
    this process too); None if it has not run."""
    if key not in _results:
        try:
            _results[key] = json.loads((store / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
    return _results[key]


def known_true(text: str) -> bool:
    """Whether a file with exactly this text (and a final newline) has run true on this
    runner already: in this process or, with the same runner code and packages, in the cache.
    tests/test_copy.py runs only the copies that are not a snippet file checked this way."""
    key = hashlib.sha256(_fingerprint() + (text + "\n").encode("utf-8")).hexdigest()
    return _known(key, cache_dir("snippet-outputs")) == {"ok": True}


def collect() -> list[str]:
    """Wait for the runs and return one message per snippet whose output is not true."""
    store = cache_dir("snippet-outputs")
    messages = []
    for path, (key, future) in sorted(_pending.items()):
        result = future.result()
        if key not in _results:
            _results[key] = result
            if "raised" not in result:  # a time-out or crash may be the machine's: run it again next time
                (store / f"{key}.json").write_text(json.dumps(result), encoding="utf-8")
        if "differs" in result:
            messages.append(result["differs"])
        elif "raised" in result:
            messages.append(result["raised"])
    _pending.clear()
    return messages


def on_pre_build(config, **kwargs) -> None:
    if not nested_build(config):
        start(Path(config.docs_dir).parent / "snippets")


def on_post_build(config, **kwargs) -> None:
    if not nested_build(config):
        for message in collect():
            log.warning(message)
