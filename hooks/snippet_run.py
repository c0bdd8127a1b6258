"""Running a snippet and checking its recorded output: the one place for both.

Not a hook itself (``mkdocs.yml`` does not list it). ``tests/test_snippets.py`` runs
every snippet through pytest-examples' ``EvalExample``; ``hooks/snippet_outputs.py``
runs the snippets that changed, during ``mkdocs build``/``serve``, in a child process.
Both go through the patched pytest-examples below, reset torch's global state the same
way, and describe a stale output with the same message.

The patch of pytest-examples (pinned: 0.0.18). Our examples are whole ``.py`` files
under ``snippets/``, not fenced blocks in docstrings. Upstream 0.0.18 needs these
changes for that; each is applied by ``apply()`` and guarded by
``tests/test_pytest_examples_patch.py``, which fails if upstream changes under us
(new version, renamed internals).

1. Verbatim output. Upstream black-formats every printed non-``str`` argument
   and wraps long or multi-line output in a ``'''`` block, so a printed 2-D
   tensor is recorded as ``tensor([[0.0, 1.0], ...])``, which Python never
   printed. We record exactly what ``print`` writes, one ``#> `` line per
   output line (an empty output line becomes a bare ``#>``).
2. Real file paths. Upstream copies each example into a temporary module and
   rebuilds a fake traceback with ctypes; on Python 3.11 that rebuild passes
   ``co_lnotab`` where ``co_linetable`` belongs and crashes pytest with
   INTERNALERROR. We execute the snippet file itself, so a failing snippet is
   an ordinary test failure whose traceback names ``snippets/…/x.py:LINE``.
3. No fake traceback (follows from 2): ``create_example_traceback`` is
   disabled, the genuine traceback already points at the snippet.
4. A located mismatch. When the output differs, the failure starts with
   ``snippets/…/x.py:LINE:`` (the first line that would change), shows that line
   as recorded and as printed, says how to rewrite the recorded output, then shows
   upstream's diff.
5. ``#>`` lines with no text (a blank output line) are recognised as recorded
   output, so ``--update-examples`` replaces them instead of piling up copies.
6. A cheap caller lookup. Upstream's mocked ``print`` calls ``inspect.stack()`` on
   every call, which reads the source context of every frame of the stack (pytest's
   included): two thirds of the snippet check's time went there. We take the caller's
   frame with ``sys._getframe`` at upstream's own depth (``parent_frame_id``); the
   result (which prints count, and at which line) is the same.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from textwrap import indent

import pytest_examples
from pytest_examples import run_code
from pytest_examples.eval_example import EvalExample
from pytest_examples.lint import code_diff

EXPECTED_VERSION = "0.0.18"
COMMENT_PREFIX = "#> "
ROOT = Path(__file__).resolve().parent.parent


# --- the patch ---------------------------------------------------------------------------

def _insert_print_args(self, lines, statement, in_python, line_index, col):
    """Insert what ``print`` really wrote, one ``#>`` line per output line."""
    text = statement.sep.join(str(arg) for arg in statement.args)
    if self.print_callback:
        text = self.print_callback(text)
    out = [(COMMENT_PREFIX + line).rstrip() for line in text.split("\n")]
    lines.insert(line_index + 1, indent("\n".join(out), " " * col))


@dataclass
class Difference:
    """The first line of a snippet whose recorded output is no longer true."""
    path: str  # as shown: relative to the repository when inside it
    line: int
    recorded: str  # that line in the file ("" past its end)
    printed: str  # the line the run would write there ("" past its end)

    def message(self) -> str:
        return (f"{self.path}:{self.line}: recorded output differs: the file has {self.recorded.strip()!r}, "
                f"the code prints {self.printed.strip()!r} (python -m pytest tests/test_snippets.py "
                f"-k {self.path.removeprefix('snippets/')} --update-examples rewrites the #> lines)")


def shown_path(path: str | Path) -> str:
    path = Path(path)
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def first_difference(example, new_code: str) -> Difference:
    old, new = example.source.splitlines(), new_code.splitlines()
    i = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    return Difference(shown_path(example.path), i + 1, old[i] if i < len(old) else "", new[i] if i < len(new) else "")


def _check_print_statements(self, example) -> None:
    """Fail with ``file:line`` of the first recorded line that is no longer true."""
    import pytest

    new_code = self.updated_print_statements(example)
    if new_code is None:
        return
    diff = code_diff(example, new_code, self.config)
    pytest.fail(f"{first_difference(example, new_code).message()}\n{indent(diff, '  ')}", pytrace=False)


def _arg_init(self, v):
    """Keep ``str(v)``: upstream prints sets sorted, which Python does not.
    The rewrite of ``<… at 0x…>`` addresses stays, so such lines are stable."""
    self.data = v if isinstance(v, str) else re.sub("0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(v))
    self.is_str = isinstance(v, str)


def _mock_print_call(self, *args, sep=" ", **kwargs):
    """Upstream's ``MockPrintFunction.__call__`` without ``inspect.stack()``: record a print
    made by the snippet file itself, at the line of the call."""
    frame = sys._getframe(run_code.parent_frame_id)
    if self.include_print is not None:  # upstream's hook wants a FrameInfo; not used here
        return ORIGINALS["mock_print_call"](self, *args, sep=sep, **kwargs)
    if frame.f_code.co_filename == str(self.file) or self.file.samefile(frame.f_code.co_filename):
        self.statements.append(run_code.PrintStatement(frame.f_lineno, sep, [run_code.Arg(a) for a in args]))


def _write_file(self, example) -> Path:
    """Run the snippet file itself instead of a temporary copy."""
    return Path(example.path)


def _no_fake_traceback(exc, module_path, example):
    return None


ORIGINALS: dict[str, object] = {}


def apply() -> None:
    if pytest_examples.__version__ != EXPECTED_VERSION:
        raise RuntimeError(
            f"pytest-examples {pytest_examples.__version__} is installed but "
            f"hooks/snippet_run.py was written for {EXPECTED_VERSION}; "
            "re-check the patch against the new version, then update EXPECTED_VERSION."
        )
    if ORIGINALS:
        return
    ORIGINALS.update(
        insert_print_args=run_code.InsertPrintStatements._insert_print_args,
        check_print_statements=run_code.InsertPrintStatements.check_print_statements,
        arg_init=run_code.Arg.__init__,
        mock_print_call=run_code.MockPrintFunction.__call__,
        comment_prefix_re=run_code.comment_prefix_re,
        create_example_traceback=run_code.create_example_traceback,
        write_file=EvalExample._write_file,
    )
    run_code.InsertPrintStatements._insert_print_args = _insert_print_args
    run_code.InsertPrintStatements.check_print_statements = _check_print_statements
    run_code.Arg.__init__ = _arg_init
    run_code.MockPrintFunction.__call__ = _mock_print_call
    run_code.comment_prefix_re = re.compile(r"^ *#>( |$)", re.MULTILINE)
    run_code.create_example_traceback = _no_fake_traceback
    EvalExample._write_file = _write_file


# --- a clean torch state ----------------------------------------------------------------

def reset_torch_state() -> None:
    """Every snippet starts as in a fresh Python.

    Snippets share one process in the tests (pytest-examples runs them in-process);
    without this, a seed, print option, default dtype/device or grad mode set by one
    snippet would leak into the next one. A fresh Python seeds torch's generator
    non-deterministically, so we do too: a snippet that prints random numbers without
    calling ``torch.manual_seed`` itself fails, instead of passing by luck of the order.
    """
    import torch

    torch.seed()
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)
    torch.set_default_device(None)
    torch.set_grad_enabled(True)
    torch.use_deterministic_algorithms(False)
    torch.serialization.clear_safe_globals()  # an allow-list set by one snippet must not leak


# --- one snippet, outside pytest (hooks/snippet_outputs.py runs this in a child) ---------

def check_file(path: Path, workdir: Path) -> dict:
    """Run ``path`` from ``workdir`` in a clean state and compare its prints with its
    ``#>`` lines. Returns ``{"ok": True}``, ``{"differs": message}`` or
    ``{"raised": message}``, every message starting with ``file:line``."""
    import traceback

    from pytest_examples import CodeExample
    from pytest_examples.config import ExamplesConfig

    apply()
    os.chdir(workdir)
    reset_torch_state()
    example = CodeExample.create(path.read_text(encoding="utf-8"), path=path)
    try:
        insert_print, _ = run_code.run_code(
            example=example, python_file=path, loader=None, config=ExamplesConfig(),
            enable_print_mock=True, print_callback=None, include_print=None, module_globals=None, call=None)
    except BaseException as exc:  # noqa: BLE001 - a snippet may raise anything, SystemExit included
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
        line = frames[-1].lineno if frames else 1
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return {"raised": f"{shown_path(path)}:{line}: the snippet raised {detail}"}
    new_code = insert_print.updated_print_statements(example)
    if new_code is None:
        return {"ok": True}
    return {"differs": first_difference(example, new_code).message()}



WARM_MODULES = ("numpy", "torch._dynamo", "torch._inductor", "torch.fx", "torch.distributed", "torch.onnx",
                "torch.testing", "torch._functorch", "torch._decomp", "torch._higher_order_ops", "sympy")


def serve() -> None:
    """The snippet server that ``hooks/snippet_outputs.py`` starts (one per core).

    It imports torch once, then reads requests from stdin, one ``PATH<TAB>LIMIT`` line
    each, and answers each with one JSON line on stdout. Every snippet runs in a child
    forked for it alone, so it starts in the state of a fresh Python (after
    ``reset_torch_state``) without paying for ``import torch``; the child's own output goes
    to /dev/null, an empty temporary directory is its working directory, and it is killed
    when it runs past LIMIT seconds. Nothing a snippet does can stop the server.
    """
    import importlib
    import json
    import select
    import signal
    import tempfile
    import time

    import torch  # noqa: F401  (imported once, inherited by every child)

    # What torch imports lazily on first use (a module's first call reaches torch._dynamo,
    # which brings sympy): ~800 modules, 0.8 s per child if every child imported them anew.
    # Importing runs no operator, so no thread pool exists yet when the server forks.
    for name in WARM_MODULES:
        importlib.import_module(name)

    apply()
    for request in sys.stdin:
        path, _, limit = request.rstrip("\n").partition("\t")
        shown = shown_path(path)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_end)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            with tempfile.TemporaryDirectory(prefix="dlc-snippet-") as workdir:
                result = check_file(Path(path), Path(workdir))
            os.write(write_end, json.dumps(result).encode())
            os._exit(0)
        os.close(write_end)
        data, deadline = b"", time.monotonic() + float(limit)
        while (left := deadline - time.monotonic()) > 0 and select.select([read_end], [], [], left)[0]:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            data += chunk
        timed_out = time.monotonic() >= deadline
        if timed_out:
            os.kill(pid, signal.SIGKILL)
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
        if timed_out:
            result = {"raised": f"{shown}: did not finish within {float(limit):g} s "
                                "(DLC_SNIPPET_TIME_LIMIT); stopped, its output is not checked"}
        else:
            try:
                result = json.loads(data)
            except ValueError:
                result = {"raised": f"{shown}: the snippet's process ended (status {status}) before "
                                    "reporting; its output is not checked"}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
