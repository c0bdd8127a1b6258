"""Every snippet runs on its own and prints exactly what its ``#>`` lines say.

    pytest tests/test_snippets.py                   # check
    pytest tests/test_snippets.py --update-examples # rewrite the #> lines in place
"""

from __future__ import annotations

from pathlib import Path

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


def lint_all(paths: list[Path], root: Path) -> dict[str, list[str]]:
    """Ruff over ``paths`` in one run, with the arguments pytest-examples' ``lint_ruff`` would
    pass (its own ``ExamplesConfig.ruff_config``): path relative to root -> findings. One
    run instead of a ruff process per snippet (~1.5 s of the snippet check)."""
    import json
    import subprocess

    from pytest_examples.config import ExamplesConfig
    from pytest_examples.lint import find_ruff_bin

    config = ExamplesConfig(ruff_select=RUFF_SELECT, ruff_ignore=RUFF_IGNORE, target_version="py310")
    result = subprocess.run([find_ruff_bin(), "check", "--output-format", "json", *config.ruff_config(),
                             *map(str, paths)], capture_output=True, text=True, cwd=root, timeout=60)
    assert result.returncode in (0, 1), result.stderr
    found: dict[str, list[str]] = {}
    for d in json.loads(result.stdout or "[]"):
        rel = Path(d["filename"]).resolve().relative_to(root.resolve()).as_posix()
        found.setdefault(rel, []).append(f"{rel}:{d['location']['row']}:{d['location']['column']}: "
                                         f"{d['code']} {d['message']}")
    return found


@pytest.fixture(scope="module")
def ruff_findings() -> dict[str, list[str]]:
    return lint_all(SNIPPETS, ROOT)


@pytest.mark.parametrize("path", SNIPPETS, ids=IDS)
def test_lint(path, ruff_findings):
    findings = ruff_findings.get(path.relative_to(ROOT).as_posix(), [])
    assert not findings, "ruff failed:\n  " + "\n  ".join(findings)


def test_lint_finds_a_planted_problem(tmp_path):
    """The one-run lint reports an unused import and unsorted imports, at file:line."""
    (tmp_path / "ok.py").write_text("import torch\n\nprint(torch.ones(1))\n", encoding="utf-8")
    (tmp_path / "bad.py").write_text("import torch\nimport os\n\nprint(torch.ones(1))\n", encoding="utf-8")
    found = lint_all([tmp_path / "ok.py", tmp_path / "bad.py"], tmp_path)
    assert set(found) == {"bad.py"}
    assert any(f.startswith("bad.py:2:") and "F401" in f for f in found["bad.py"]), found
    assert any("I001" in f for f in found["bad.py"]), found


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
