"""Every snippet runs on its own and prints exactly what its ``#>`` lines say.

    pytest tests/test_snippets.py                   # check
    pytest tests/test_snippets.py --update-examples # rewrite the #> lines in place
"""

from __future__ import annotations

import pytest
from pytest_examples import CodeExample, EvalExample

from tests.conftest import ROOT
from hooks.snippet_run import reset_torch_state

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
IDS = [p.relative_to(ROOT).as_posix() for p in SNIPPETS]

# Ruff rules for snippets: errors and real bugs, import order, modern syntax.
RUFF_SELECT = ["E", "F", "W", "B", "I", "UP"]
RUFF_IGNORE = ["E501", "E741", "B018"]


def example_for(path) -> CodeExample:
    return CodeExample.create(path.read_text(encoding="utf-8"), path=path)


@pytest.mark.parametrize("path", SNIPPETS, ids=IDS)
def test_output_is_recorded(path, eval_example: EvalExample, tmp_path, monkeypatch):
    """Run the snippet in a clean state, from an empty directory, and compare its prints."""
    monkeypatch.chdir(tmp_path)
    reset_torch_state()
    example = example_for(path)
    if eval_example.update_examples:
        eval_example.run_print_update(example, rewrite_assertions=False)
    else:
        eval_example.run_print_check(example, rewrite_assertions=False)


@pytest.mark.parametrize("path", SNIPPETS, ids=IDS)
def test_lint(path, eval_example: EvalExample):
    eval_example.set_config(ruff_select=RUFF_SELECT, ruff_ignore=RUFF_IGNORE, target_version="py310")
    eval_example.lint_ruff(example_for(path))


def test_reset_restores_what_snippets_may_change():
    import dataclasses

    import torch

    @dataclasses.dataclass
    class Config:
        lr: float

    torch.set_default_dtype(torch.float64)
    torch.set_printoptions(precision=2)
    torch.set_grad_enabled(False)
    torch.serialization.add_safe_globals([Config])
    reset_torch_state()
    assert torch.get_default_dtype() is torch.float32
    assert torch.is_grad_enabled()
    assert str(torch.tensor([1 / 3])) == "tensor([0.3333])"
    assert torch.serialization.get_safe_globals() == []
    assert torch.empty(1).device.type == "cpu"
