"""Guards for .github/: the GitHub Actions workflows and the Dependabot configuration.

zizmor (pinned in requirements.txt, run offline) reports nothing on them, in its default
persona and in its "auditor" one; every action is pinned to a full commit SHA with its
version in a comment; no checkout keeps the token; every job has the least permissions it
needs; the self-hosted GPU job refuses fork (and Dependabot) pull requests; Dependabot
proposes weekly, grouped, exact-pin updates for both ecosystems and leaves torch alone;
the install lines on the pages and in the README name the versions requirements.txt pins.

Each check is a function returning the problems it finds, run on the real files (no
problem) and on a planted violation in a temporary copy (the problem is reported).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"
DEPENDABOT = GITHUB / "dependabot.yml"
ZIZMOR = Path(sys.executable).with_name("zizmor")  # `python -m zizmor` does not exist


def requirement_pins(root: Path = ROOT) -> dict[str, str]:
    """requirements.txt's ``name==version`` lines as {name (lower case): version}; the
    zizmor, Dependabot and page-version checks all read the pins from here."""
    lines = (root / "requirements.txt").read_text().splitlines()
    return dict(line.lower().split("==", 1) for line in lines if "==" in line and not line.startswith("#"))


SHA_PIN = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")

# The job permissions each workflow needs, and no more (a job absent here is a failure).
PERMISSIONS = {
    "ci.yml": {
        "test": {"contents": "read"},
        "build": {"contents": "read"},
        "deploy": {"pages": "write", "id-token": "write"},
        "notebooks": {"contents": "write"},  # pushes the notebooks branch Colab opens
    },
    "gpu.yml": {"gpu": {"contents": "read"}},
}


def workflow_files(directory: Path = WORKFLOWS) -> list[Path]:
    files = sorted(directory.glob("*.yml")) + sorted(directory.glob("*.yaml"))
    assert files, f"no workflow in {directory}"
    return files


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as True
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict):
    for job_id, job in workflow.get("jobs", {}).items():
        for step in job.get("steps", []):
            yield job_id, step


def copy_github(tmp_path: Path) -> Path:
    """A copy of .github/ under tmp_path (returned: the copy's root, holding .github/)."""
    shutil.copytree(GITHUB, tmp_path / ".github")
    return tmp_path


def plant(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"cannot plant: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- zizmor ---------------------------------------------------------------------------


def zizmor(target: Path, persona: str) -> tuple[int, list[dict], str]:
    """zizmor's exit code, its findings (JSON) and its log, offline, with no config file."""
    assert ZIZMOR.exists(), f"{ZIZMOR} missing: pip install -r requirements.txt"
    result = subprocess.run(
        [
            str(ZIZMOR),
            "--offline",
            "--no-config",
            f"--persona={persona}",
            "--format=json",
            str(target),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=target,
    )
    assert result.returncode != 1 and result.returncode != 2, result.stderr  # tool error
    assert result.returncode != 3, f"zizmor collected no input in {target}"
    return result.returncode, json.loads(result.stdout or "[]"), result.stderr


def summary(findings: list[dict]) -> list[str]:
    return sorted(
        f"{f['ident']} ({f['determinations']['severity']}): "
        f"{f['locations'][0]['symbolic']['key']['Local']['verbatim_path']}:"
        f"{f['locations'][0]['concrete']['location']['start_point']['row'] + 1}"
        for f in findings
    )


def test_zizmor_is_the_pinned_version():
    pin = requirement_pins().get("zizmor")
    assert pin, "zizmor is not pinned (==) in requirements.txt"
    version = subprocess.run(
        [str(ZIZMOR), "--version"], check=False, capture_output=True, text=True
    )
    assert version.stdout.split() == ["zizmor", pin]


@pytest.mark.parametrize("persona", ["regular", "auditor"])
def test_zizmor_reports_no_finding(persona):
    code, findings, log = zizmor(ROOT / ".github", persona)
    assert "completed" in log and "dependabot.yml" in log, log  # workflows and dependabot.yml
    # Exit codes 11-14: findings whose highest severity is informational/low/medium/high.
    assert (code, summary(findings)) == (0, [])


def test_zizmor_reports_planted_findings(tmp_path):
    """The zizmor run above can fail: a copy with an unpinned, credential-keeping checkout,
    a write-all token, no Dependabot cooldown and the self-hosted ignore removed is flagged."""
    copy = copy_github(tmp_path)
    ci, gpu = copy / ".github/workflows/ci.yml", copy / ".github/workflows/gpu.yml"
    plant(
        ci,
        "actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0\n"
        "        with:\n          persist-credentials: false\n",
        "actions/checkout@v4\n        with:\n",  # its other input (fetch-depth) stays
    )
    plant(ci, "\npermissions: {}\n", "\npermissions: write-all\n")
    plant(gpu, " # zizmor: ignore[self-hosted-runner]", " #")
    plant(copy / ".github/dependabot.yml", "    cooldown:\n      default-days: 7\n", "")

    code, findings, _ = zizmor(copy / ".github", "regular")
    assert code == 14  # highest finding: high
    assert {f["ident"] for f in findings} == {"unpinned-uses", "artipacked", "dependabot-cooldown"}
    code, findings, _ = zizmor(copy / ".github", "auditor")
    assert code == 14
    assert {"excessive-permissions", "self-hosted-runner"} <= {f["ident"] for f in findings}


def ignore_problems(directory: Path) -> list[str]:
    """Inline ignores need a reason on their line; no zizmor.yml silences rules wholesale."""
    problems = [
        f"{p.name}:{n}: ignore without a reason"
        for p in workflow_files(directory / ".github/workflows")
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if (m := re.search(r"# zizmor: ignore\[[\w,-]+\](.*)$", line)) and len(m[1].split()) < 3
    ]
    for config in ("zizmor.yml", ".zizmor.yml", ".github/zizmor.yml", ".github/.zizmor.yml"):
        if (directory / config).exists():
            problems.append(f"{config}: a configuration file silencing rules")
    return problems


def test_ignores_are_explained(tmp_path):
    assert ignore_problems(ROOT) == []

    copy = copy_github(tmp_path)
    gpu = copy / ".github/workflows/gpu.yml"
    lines = gpu.read_text().splitlines(keepends=True)
    n = next(n for n, line in enumerate(lines, 1) if "ignore[self-hosted-runner]" in line)
    lines[n - 1] = re.sub(r"(# zizmor: ignore\[self-hosted-runner\]).*", r"\1", lines[n - 1])
    gpu.write_text("".join(lines))
    (copy / ".github/zizmor.yml").write_text("rules:\n  unpinned-uses:\n    disable: true\n")
    assert ignore_problems(copy) == [
        f"gpu.yml:{n}: ignore without a reason",
        ".github/zizmor.yml: a configuration file silencing rules",
    ]


# --- pins, checkouts, permissions -----------------------------------------------------


def pin_problems(directory: Path) -> list[str]:
    """Every `uses:` is owner/repo@<40-hex SHA> # v<version> (local ./ actions aside)."""
    problems = []
    for path in workflow_files(directory):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            m = re.match(r"^\s*(?:-\s+)?uses:\s*(.*?)\s*$", line)
            if m and not m[1].startswith("./") and not SHA_PIN.match(m[1]):
                problems.append(f"{path.name}:{n}: {m[1]}")
    used = sum(1 for p in workflow_files(directory) for _, step in steps(load(p)) if "uses" in step)
    found = sum(
        len(re.findall(r"^\s*(?:-\s+)?uses:", p.read_text(), re.MULTILINE))
        for p in workflow_files(directory)
    )
    if used != found:  # a `uses:` written some other way than one per line
        problems.append(f"{used} steps use an action, {found} `uses:` lines")
    return problems


def test_actions_pinned_to_commit_shas(tmp_path):
    assert pin_problems(WORKFLOWS) == []

    copy = copy_github(tmp_path) / ".github/workflows"
    plant(
        copy / "ci.yml",
        "actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0",
        "actions/checkout@v4",
    )
    plant(
        copy / "ci.yml",
        "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5",
        "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e",
    )
    plant(
        copy / "gpu.yml",
        "a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0",
        "a26af69be951a213d495a4c3e4e4022e16d87065 # latest",
    )
    assert [p.split(": ", 1)[1] for p in pin_problems(copy)] == [
        "actions/checkout@v4",
        "actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e",
        "actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # latest",
    ]


def checkout_problems(directory: Path) -> list[str]:
    problems = []
    for path in workflow_files(directory):
        for job_id, step in steps(load(path)):
            checkout = str(step.get("uses", "")).startswith("actions/checkout@")
            if checkout and (step.get("with") or {}).get("persist-credentials") is not False:
                problems.append(f"{path.name}: job {job_id}: checkout keeps the token")
    return problems


def test_checkouts_do_not_persist_credentials(tmp_path):
    assert checkout_problems(WORKFLOWS) == []
    assert (
        sum(
            1
            for p in workflow_files()
            for _, s in steps(load(p))
            if str(s.get("uses", "")).startswith("actions/checkout@")
        )
        == 3
    )

    copy = copy_github(tmp_path) / ".github/workflows"
    plant(copy / "gpu.yml", "persist-credentials: false", "persist-credentials: true")
    assert checkout_problems(copy) == ["gpu.yml: job gpu: checkout keeps the token"]


def permission_problems(directory: Path) -> list[str]:
    problems = []
    for path in workflow_files(directory):
        workflow = load(path)
        granted = workflow.get("permissions", "missing")
        if granted not in ({}, {"contents": "read"}):
            problems.append(f"{path.name}: workflow permissions {granted!r}")
        expected = PERMISSIONS.get(path.name, {})
        for job_id, job in workflow["jobs"].items():
            granted = job.get("permissions", "missing")
            if granted != expected.get(job_id, "unknown job"):
                problems.append(f"{path.name}: job {job_id}: permissions {granted!r}")
    return problems


def test_least_permissions(tmp_path):
    assert permission_problems(WORKFLOWS) == []

    copy = copy_github(tmp_path) / ".github/workflows"
    plant(copy / "gpu.yml", "contents: read # check out", "contents: write # check out")
    plant(copy / "ci.yml", "\npermissions: {}\n", "\npermissions: write-all\n")
    plant(
        copy / "ci.yml",
        "    permissions:\n      contents: read # check out the repository\n    steps:",
        "    steps:",
    )
    assert permission_problems(copy) == [
        "ci.yml: workflow permissions 'write-all'",
        "ci.yml: job test: permissions 'missing'",
        "gpu.yml: job gpu: permissions {'contents': 'write'}",
    ]


# --- the self-hosted GPU job ----------------------------------------------------------


def evaluate(expression: str, context: dict) -> bool:
    """A GitHub Actions `if:` of context paths, 'strings', ==, !=, !, &&, || and parentheses."""
    tokens = re.findall(
        r"'(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][\w.\-]*|\S",
        expression.replace("${{", "").replace("}}", ""),
    )
    python = []
    for token in tokens:
        if token in ("&&", "||", "!"):
            python.append({"&&": " and ", "||": " or ", "!": " not "}[token])
        elif token in ("==", "!=", "(", ")") or token.startswith("'"):
            python.append(token.replace("''", "\\'") if token.startswith("'") else token)
        elif re.fullmatch(r"[A-Za-z_][\w.\-]*", token) and token not in ("true", "false", "null"):
            python.append(f"ctx({token!r})")
        elif token in ("true", "false", "null"):
            python.append({"true": "True", "false": "False", "null": "None"}[token])
        else:
            raise ValueError(f"unsupported token {token!r} in {expression!r}")

    def ctx(path: str):
        value = context
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value

    return bool(eval("".join(python), {"__builtins__": {}}, {"ctx": ctx}))


def github(event: str, head_repo: str | None = None, author: str = "maintainer") -> dict:
    context = {"event_name": event, "repository": "owner/site", "event": {}}
    if event == "pull_request":
        head = {"repo": {"full_name": head_repo} if head_repo else None}
        context["event"] = {"pull_request": {"head": head, "user": {"login": author}}}
    return {"github": context}


CASES = {  # event → does the GPU job run?
    "push to main": (github("push"), True),
    "workflow_dispatch": (github("workflow_dispatch"), True),
    "pull request from a branch here": (github("pull_request", "owner/site"), True),
    "pull request from a fork": (github("pull_request", "someone/site"), False),
    "pull request from a deleted fork": (github("pull_request", None), False),
    "Dependabot pull request": (github("pull_request", "owner/site", "dependabot[bot]"), False),
}


def gpu_guard_problems(directory: Path) -> list[str]:
    problems = []
    for path in workflow_files(directory):
        workflow = load(path)
        triggers = workflow["on"] if isinstance(workflow["on"], (dict, list)) else [workflow["on"]]
        if "pull_request_target" in triggers or "workflow_run" in triggers:
            problems.append(f"{path.name}: runs with a privileged pull request trigger")
        for job_id, job in workflow["jobs"].items():
            runs_on = job.get("runs-on", [])
            if "self-hosted" not in (runs_on if isinstance(runs_on, list) else [runs_on]):
                continue
            if job.get("permissions") not in ({}, {"contents": "read"}):
                problems.append(f"{path.name}: job {job_id}: token not read-only")
            for case, (context, runs) in CASES.items():
                if evaluate(str(job.get("if", "true")), context) != runs:
                    problems.append(f"{path.name}: job {job_id}: {case}: runs={not runs}")
    return problems


def test_gpu_job_refuses_fork_pull_requests(tmp_path):
    gpu = load(WORKFLOWS / "gpu.yml")["jobs"]["gpu"]
    assert "self-hosted" in gpu["runs-on"] and "gpu" in gpu["runs-on"]
    assert gpu_guard_problems(WORKFLOWS) == []

    copy = copy_github(tmp_path) / ".github/workflows"
    plant(
        copy / "gpu.yml",
        "github.event.pull_request.head.repo.full_name == github.repository",
        "true",
    )
    plant(copy / "gpu.yml", "contents: read # check out", "contents: write # check out")
    assert gpu_guard_problems(copy) == [
        "gpu.yml: job gpu: token not read-only",
        "gpu.yml: job gpu: pull request from a fork: runs=True",
        "gpu.yml: job gpu: pull request from a deleted fork: runs=True",
    ]


def gpu_pytest_problems(path: Path) -> list[str]:
    """Every pytest step of the GPU job names its test modules: a bare `pytest -m gpu` also
    collects the browser and HTML modules, which under CI refuse to be collected on a
    machine without Chromium, npm and Java (tests/support/browser.py), so the job would
    fail before any GPU test ran."""
    problems = []
    for step in load(path)["jobs"]["gpu"]["steps"]:
        for line in str(step.get("run", "")).splitlines():
            if "pytest" in line and not re.search(r"pytest(\s+-\S+)*\s+tests/\w+\.py", line):
                problems.append(f"{path.name}: step {step.get('name')!r}: pytest names no module")
    return problems


def test_gpu_job_names_its_test_modules(tmp_path):
    assert gpu_pytest_problems(WORKFLOWS / "gpu.yml") == []
    copy = copy_github(tmp_path) / ".github/workflows"
    plant(
        copy / "gpu.yml",
        "run: python -m pytest tests/test_gpu.py -m gpu",
        "run: python -m pytest -m gpu",
    )
    assert gpu_pytest_problems(copy / "gpu.yml") == [
        "gpu.yml: step 'Device snippets on the GPU': pytest names no module"
    ]


def test_gpu_guard_on_the_original_condition():
    """The condition before this module existed let Dependabot pull requests in."""
    old = (
        "github.event_name != 'pull_request' || "
        "github.event.pull_request.head.repo.full_name == github.repository"
    )
    assert [case for case, (context, runs) in CASES.items() if evaluate(old, context) != runs] == [
        "Dependabot pull request"
    ]


# --- Dependabot -----------------------------------------------------------------------

# The keys the Dependabot options reference documents (docs.github.com, "Dependabot options
# reference"), as far as this file may use them.
UPDATE_KEYS = {
    "package-ecosystem",
    "directory",
    "directories",
    "schedule",
    "allow",
    "assignees",
    "commit-message",
    "cooldown",
    "groups",
    "ignore",
    "labels",
    "milestone",
    "open-pull-requests-limit",
    "pull-request-branch-name",
    "rebase-strategy",
    "registries",
    "target-branch",
    "versioning-strategy",
    "exclude-paths",
    "reviewers",
}
SCHEDULE_KEYS = {"interval", "day", "time", "timezone", "cronjob"}
GROUP_KEYS = {"applies-to", "dependency-type", "exclude-patterns", "patterns", "update-types"}
IGNORE_KEYS = {"dependency-name", "versions", "update-types"}
COOLDOWN_KEYS = {
    "default-days",
    "semver-major-days",
    "semver-minor-days",
    "semver-patch-days",
    "include",
    "exclude",
}


def dependabot_problems(path: Path) -> list[str]:
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    if set(config) - {"version", "updates", "registries"} or config.get("version") != 2:
        problems.append(f"top level: {sorted(config)} version={config.get('version')}")
    updates = {u.get("package-ecosystem"): u for u in config.get("updates", [])}
    if set(updates) != {"github-actions", "pip"}:
        problems.append(f"ecosystems: {sorted(updates, key=str)}")
    for name, update in updates.items():
        unknown = set(update) - UPDATE_KEYS
        unknown |= set(update.get("schedule", {})) - SCHEDULE_KEYS
        unknown |= set(update.get("cooldown", {})) - COOLDOWN_KEYS
        for group in update.get("groups", {}).values():
            unknown |= set(group) - GROUP_KEYS
        for rule in update.get("ignore", []):
            unknown |= set(rule) - IGNORE_KEYS
        if unknown:
            problems.append(f"{name}: undocumented keys {sorted(unknown)}")
        if update.get("directory") != "/":
            problems.append(f"{name}: directory {update.get('directory')!r}")
        if update.get("schedule", {}).get("interval") != "weekly":
            problems.append(f"{name}: not weekly")
        if not any(g.get("patterns") == ["*"] for g in update.get("groups", {}).values()):
            problems.append(f"{name}: updates not grouped")
    pip = updates.get("pip", {})
    if pip.get("versioning-strategy") != "increase":  # `==X` becomes `==Y`, never a range
        problems.append(f"pip: versioning-strategy {pip.get('versioning-strategy')!r}")
    if not any(
        r.get("dependency-name") == "torch" and set(r) == {"dependency-name"}
        for r in pip.get("ignore", [])
    ):
        problems.append("pip: torch is not ignored")
    return problems


def test_dependabot(tmp_path):
    assert dependabot_problems(DEPENDABOT) == []
    requirements = (ROOT / "requirements.txt").read_text().splitlines()
    packages = [line for line in requirements if line.strip() and not line.startswith("#")]
    assert packages and all(re.fullmatch(r"[\w.-]+==[\w.]+", line) for line in packages)
    assert f"torch {requirement_pins()['torch']}" in (ROOT / "README.md").read_text()  # the held version

    planted = tmp_path / "dependabot.yml"
    text = DEPENDABOT.read_text()
    planted.write_text(
        text.replace("    ignore:\n      - dependency-name: torch\n", "")
        .replace("versioning-strategy: increase", "versioning-strategy: widen")
        .replace("interval: weekly", "interval: daily", 1)
        .replace("    cooldown:", "    automerge: true\n    cooldown:", 1)
    )
    assert dependabot_problems(planted) == [
        "github-actions: undocumented keys ['automerge']",
        "github-actions: not weekly",
        "pip: versioning-strategy 'widen'",
        "pip: torch is not ignored",
    ]


PAGE_PIN = re.compile(r"\b([A-Za-z][\w.-]*)(==| )(\d+\.\d+(?:\.\d+)*)\b")


def page_pin_problems(root: Path) -> list[str]:
    """Every version of a package that requirements.txt pins, as a page or the README names
    it (``numpy==2.4.6`` in an install line, ``NumPy 2.4.6`` in a sentence; a shorter
    ``torch 2.13`` must be the pin's prefix), is that pin: a Dependabot bump of numpy or
    safetensors (or a torch upgrade) must update the home and testing pages too, or readers
    install versions whose outputs differ from the pages'."""
    pins = requirement_pins(root)
    problems = []
    for path in sorted([*(root / "docs").rglob("*.md"), root / "README.md"]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for name, sep, version in PAGE_PIN.findall(line):
                pin = pins.get(name.lower())
                if pin and version != pin and not (sep == " " and pin.startswith(version + ".")):
                    problems.append(f"{path.relative_to(root)}:{n}: {name}{sep}{version}, requirements.txt pins {pin}")
    return problems


def test_pages_install_the_pinned_versions(tmp_path):
    assert page_pin_problems(ROOT) == []
    (tmp_path / "docs").mkdir()
    (tmp_path / "requirements.txt").write_text("# pins\ntorch==2.13.0\nnumpy==2.4.6\n")
    (tmp_path / "README.md").write_text("pip install torch==2.13.0 numpy==2.4.5\nfor torch 2.13 and 2.13.0\n")
    (tmp_path / "docs" / "index.md").write_text("`pip install torch==2.12.0 jieba==0.1`, NumPy 2.4.5 needs 3.11\n")
    assert page_pin_problems(tmp_path) == [
        "README.md:1: numpy==2.4.5, requirements.txt pins 2.4.6",
        "docs/index.md:1: torch==2.12.0, requirements.txt pins 2.13.0",
        "docs/index.md:1: NumPy 2.4.5, requirements.txt pins 2.4.6",
    ]
