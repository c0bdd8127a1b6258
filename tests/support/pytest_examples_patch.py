"""The one place where pytest-examples (pinned: 0.0.18) is patched.

Our examples are whole ``.py`` files under ``snippets/``, not fenced blocks in
docstrings. Upstream 0.0.18 needs four changes for that; each is applied by
``apply()`` and guarded by ``tests/test_pytest_examples_patch.py``, which fails
if upstream changes under us (new version, renamed internals).

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
   ``snippets/…/x.py:LINE:`` (the first line that would change) and says how
   to rewrite the recorded output, then shows upstream's diff.
5. ``#>`` lines with no text (a blank output line) are recognised as recorded
   output, so ``--update-examples`` replaces them instead of piling up copies.
"""

from __future__ import annotations

import re
from pathlib import Path
from textwrap import indent

import pytest
import pytest_examples
from pytest_examples import run_code
from pytest_examples.lint import code_diff
from pytest_examples.eval_example import EvalExample

EXPECTED_VERSION = "0.0.18"
COMMENT_PREFIX = "#> "


def _insert_print_args(self, lines, statement, in_python, line_index, col):
    """Insert what ``print`` really wrote, one ``#>`` line per output line."""
    text = statement.sep.join(str(arg) for arg in statement.args)
    if self.print_callback:
        text = self.print_callback(text)
    out = [(COMMENT_PREFIX + line).rstrip() for line in text.split("\n")]
    lines.insert(line_index + 1, indent("\n".join(out), " " * col))


ROOT = Path(__file__).resolve().parents[2]


def _check_print_statements(self, example) -> None:
    """Fail with ``file:line`` of the first recorded line that is no longer true."""
    new_code = self.updated_print_statements(example)
    if new_code is None:
        return
    old, new = example.source.splitlines(), new_code.splitlines()
    line = next((i for i, (a, b) in enumerate(zip(old, new), 1) if a != b), min(len(old), len(new)) + 1)
    path = Path(example.path)
    shown = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    diff = code_diff(example, new_code, self.config)
    pytest.fail(
        f"{shown}:{line}: printed output differs from the recorded #> lines "
        f"(pytest --update-examples rewrites them)\n{indent(diff, '  ')}",
        pytrace=False,
    )


def _arg_init(self, v):
    """Keep ``str(v)``: upstream prints sets sorted, which Python does not.
    The rewrite of ``<… at 0x…>`` addresses stays, so such lines are stable."""
    self.data = v if isinstance(v, str) else re.sub("0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(v))
    self.is_str = isinstance(v, str)


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
            f"tests/support/pytest_examples_patch.py was written for {EXPECTED_VERSION}; "
            "re-check the patch against the new version, then update EXPECTED_VERSION."
        )
    if ORIGINALS:
        return
    ORIGINALS.update(
        insert_print_args=run_code.InsertPrintStatements._insert_print_args,
        check_print_statements=run_code.InsertPrintStatements.check_print_statements,
        arg_init=run_code.Arg.__init__,
        comment_prefix_re=run_code.comment_prefix_re,
        create_example_traceback=run_code.create_example_traceback,
        write_file=EvalExample._write_file,
    )
    run_code.InsertPrintStatements._insert_print_args = _insert_print_args
    run_code.InsertPrintStatements.check_print_statements = _check_print_statements
    run_code.Arg.__init__ = _arg_init
    run_code.comment_prefix_re = re.compile(r"^ *#>( |$)", re.MULTILINE)
    run_code.create_example_traceback = _no_fake_traceback
    EvalExample._write_file = _write_file
