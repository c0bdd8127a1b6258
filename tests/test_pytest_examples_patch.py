"""Guards for the pytest-examples patch in hooks/snippet_run.py.

Tripwires fail when upstream changes under the patch; behaviour tests show that
a broken snippet is a normal failure that names its file and line.
"""

from __future__ import annotations

import textwrap

import pytest_examples
import torch
from pytest_examples import run_code
from pytest_examples.config import ExamplesConfig

from hooks import snippet_run as patch


def test_pinned_upstream_version():
    assert pytest_examples.__version__ == patch.EXPECTED_VERSION


def test_upstream_still_reformats_printed_tensors():
    """The reason for the patch: upstream black-formats a printed 2-D tensor.
    If this fails, upstream changed; re-check whether the patch is still needed."""
    statement = run_code.PrintStatement(1, " ", [run_code.Arg("x")])
    statement.args[0].data, statement.args[0].is_str = str(torch.tensor([[0.0, 1.0], [2.0, 3.0]])), False
    printer = run_code.InsertPrintStatements.__new__(run_code.InsertPrintStatements)
    printer.config, printer.print_callback = ExamplesConfig(), None
    lines = ["print(x)"]
    patch.ORIGINALS["insert_print_args"](printer, lines, statement, True, 0, 0)
    assert "tensor([[0.0, 1.0], [2.0, 3.0]])" in "\n".join(lines)  # not what Python prints


def test_patched_output_is_verbatim():
    text = str(torch.tensor([[0.0, 1.0], [2.0, 3.0]]))
    statement = run_code.PrintStatement(1, " ", [run_code.Arg(text)])
    printer = run_code.InsertPrintStatements.__new__(run_code.InsertPrintStatements)
    printer.config, printer.print_callback = ExamplesConfig(), None
    lines = ["print(x)"]
    run_code.InsertPrintStatements._insert_print_args(printer, lines, statement, True, 0, 0)
    assert lines[1].split("\n") == ["#> " + line for line in text.split("\n")]


RUNNER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    import pytest
    from pytest_examples import CodeExample
    from hooks import snippet_run
    snippet_run.apply()

    @pytest.mark.parametrize("path", sorted(Path("snips").glob("*.py")), ids=str)
    def test_snippet(path, eval_example):
        eval_example.run_print_check(CodeExample.create(path.read_text(), path=path.resolve()),
                                     rewrite_assertions=False)
    """
)


def run_inner(pytester, files: dict[str, str]):
    snips = pytester.mkdir("snips")
    for name, body in files.items():
        (snips / name).write_text(textwrap.dedent(body))
    pytester.makepyfile(test_inner=RUNNER.format(root=str(patch.ROOT)))
    return pytester.runpytest_subprocess("-p", "no:cacheprovider")


def test_raising_snippet_fails_normally_with_file_and_line(pytester):
    result = run_inner(pytester, {"broken.py": """\
        import torch
        x = torch.ones(2)
        y = x @ torch.ones(3)
        print(y)
        """})
    out = result.stdout.str()
    assert "INTERNALERROR" not in out
    result.assert_outcomes(failed=1)
    assert "snips/broken.py:3: RuntimeError" in out


def test_wrong_recorded_output_names_file_and_line(pytester):
    result = run_inner(pytester, {"stale.py": """\
        print(1 + 1)
        #> 3
        """})
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*stale.py:2: recorded output differs: the file has '#> 3', the code prints '#> 2'*--update-examples*"])


def test_true_output_passes(pytester):
    result = run_inner(pytester, {"ok.py": """\
        import torch
        print(torch.arange(6).reshape(2, 3))
        #> tensor([[0, 1, 2],
        #>         [3, 4, 5]])
        print()
        #>
        """})
    result.assert_outcomes(passed=1)
