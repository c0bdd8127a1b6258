"""The device snippets really run on a GPU.

    python -m pytest tests/test_gpu.py -m gpu    # on a machine with a CUDA GPU (the GPU workflow)

Every file under ``snippets/gpu/``, and the device snippets of other chapters named in
``ELSEWHERE``, is run in a fresh namespace (``runpy``), with its
prints captured, on a machine where CUDA is visible. Then:

* every ``torch.Tensor`` and ``nn.Module`` the snippet leaves in its globals (also
  inside top-level lists, tuples and dicts) must be on a CUDA device, except the names
  in ``OFF_DEVICE``, which the page puts elsewhere on purpose; those must really be off
  the GPU, so the list cannot go stale;
* a global named ``device`` must be a CUDA device, and ``try_gpu()`` / ``try_all_gpus()``,
  where a snippet defines them, must return CUDA devices;
* a snippet must leave at least one tensor or module on the GPU, unless ``NO_TENSORS``
  says why it has none;
* what the page says happens on a GPU (``GPU_CLAIMS``) must happen.

The ``#>`` lines are NOT compared here: they are the CPU outputs that the normal suite
(tests/test_snippets.py) checks. On a GPU, device strings read ``cuda:0`` instead of
``cpu``, CUDA's random generator gives other numbers for the same seed, and float
results may differ in the last digits. See docs/*/testing.md#gpu-job.

Without a visible CUDA device every GPU test here FAILS: a GPU job that quietly ran on the
CPU would prove nothing.
"""

from __future__ import annotations

import contextlib
import gc
import io
import re
import runpy

import pytest
import torch
from torch import nn

from hooks.snippet_run import reset_torch_state
from tests.conftest import ROOT
from tests.test_workflows import load as load_workflow

# Device snippets of other chapters: they pick a device as the GPU page's do.
ELSEWHERE = [
    "big_models/load_to_gpu.py",
    "big_models/recipe.py",
    "home/check_setup.py",
    "read_write/data_parallel_key_prefix.py",
]
SNIPPETS = sorted((ROOT / "snippets" / "gpu").glob("*.py")) + [
    ROOT / "snippets" / f for f in ELSEWHERE
]
IDS = [p.relative_to(ROOT / "snippets").as_posix() for p in SNIPPETS]

# Names that a snippet deliberately keeps off the GPU, and why.
OFF_DEVICE: dict[str, dict[str, str]] = {
    "gpu/to_copies.py": {
        "X": "made on the CPU to show what .to() copies",
        "Y": "X.to('cpu'): the same CPU tensor as X",
    },
    "gpu/same_device_rule.py": {
        "W": "made on the CPU to break the same-device rule",
        "scale": "a 0-dim CPU tensor, allowed next to a GPU tensor",
        "rows": "a CPU index tensor, allowed to index a GPU tensor",
    },
    "gpu/default_device.py": {
        "big": "built on the meta device",
        "W": "made with device='cpu' inside the meta block: an explicit device wins",
    },
    "gpu/same_device_meta.py": {
        "net": "moved to the meta device, whose check the CPU can show",
        "X": "the CPU batch fed to the meta model",
    },
    "gpu/plain_attribute_meta.py": {
        "net": "moved to the meta device to show what .to() leaves behind",
        "X": "a meta batch",
    },
    "gpu/training_loop.py": {
        "features": "the data set stays in main memory; each batch is moved",
        "labels": "the data set stays in main memory; each batch is moved",
    },
    "gpu/device_memory.py": {"plan": "a meta tensor: its size without allocating it"},
    "big_models/load_to_gpu.py": {"trained": "the float32 model the checkpoint is saved from"},
    "read_write/data_parallel_key_prefix.py": {
        "plain": "a CPU model that loads the GPU model's state dict",
    },
    "home/check_setup.py": {
        "net": "the setup check computes on the CPU",
        "X": "the setup check computes on the CPU",
    },
}

# Snippets that leave no tensor or module on the GPU, and why.
NO_TENSORS: dict[str, str] = {
    "gpu/device_objects.py": "only builds torch.device handles",
    "gpu/query_devices.py": "only asks torch what hardware it sees",
    "gpu/try_gpu.py": "checked through try_gpu() / try_all_gpus()",
    "gpu/default_device_per_thread.py": "shows the default device of two threads with meta and cpu",
    "gpu/same_device_meta.py": "shows the same-device check with the meta device",
    "gpu/plain_attribute_meta.py": "shows Module.to with the meta device",
    "gpu/out_of_memory.py": "looks at exception classes and retries a pretend step that raises one",
    "gpu/device_memory.py": "frees its GPU tensors before it ends (checked in GPU_CLAIMS)",
    "home/check_setup.py": "only asks which accelerator PyTorch can use",
}

MiB = 2**20

# What the page says happens on a GPU, checked on (namespace, captured stdout).
GPU_CLAIMS = {
    "gpu/query_devices.py": (
        "torch.accelerator reports CUDA",
        lambda ns, out: torch.accelerator.current_accelerator(check_available=True).type == "cuda",
    ),
    "gpu/tensors_on_device.py": ("the devices print as cuda:0", lambda ns, out: "cuda:0" in out),
    "home/check_setup.py": (
        "line 2 names the accelerator, cuda",
        lambda ns, out: out.splitlines()[1] == "cuda",
    ),
    "big_models/recipe.py": (
        ".to() in step 5 keeps the re-tied Parameter, so it still serves both modules",
        lambda ns, out: (
            ns["net"].head.weight is ns["net"].embed.weight and ns["net"].embed.weight.is_cuda
        ),
    ),
    "gpu/to_copies.py": ("X.to(device) is a new tensor", lambda ns, out: ns["Z"] is not ns["X"]),
    "gpu/same_device_rule.py": (
        "X @ W raises the same-device error; X * scale and X[rows] work and stay on the GPU",
        lambda ns, out: (
            "RuntimeError: Expected all tensors to be on the same device" in out
            and out.rstrip().endswith("cuda:0 cuda:0")
        ),
    ),
    "gpu/default_device_per_thread.py": (
        "a new thread creates its tensors on the CPU",
        lambda ns, out: (
            ns["seen"] == {"device": torch.device("cpu"), "default": torch.device("cpu")}
        ),
    ),
    "gpu/training_loop.py": (
        "the loss is printed three times, and falls",
        lambda ns, out: (
            len(losses := [float(line.rsplit(" ", 1)[1]) for line in out.splitlines()]) == 3
            and losses[0] > losses[1] > losses[2]
        ),
    ),
    "gpu/device_memory.py": (
        (
            "allocated grows by the tensor's 4 MiB, the peak counts the 4 MiB temporary, "
            "del gives it all back while the cache still holds memory, and empty_cache() "
            "lowers what is reserved"
        ),
        lambda ns, out: (
            ns["grown"] == 4 * MiB
            and ns["now"] == 8 * MiB
            and ns["peak"] == 12 * MiB
            and ns["left"] == 0
            and ns["cached"] > 0
            and "4.0 8.0 12.0" in out
            and "0 True\nTrue" in out
        ),
    ),
    "gpu/autocast_bfloat16.py": (
        "under autocast the output is bfloat16, the mse_loss float32, parameters and gradients float32",
        lambda ns, out: (
            ns["out"].dtype == torch.bfloat16
            and ns["loss"].dtype == torch.float32
            and ns["net"][0].weight.dtype == torch.float32
            and ns["net"][0].weight.grad.dtype == torch.float32
        ),
    ),
    "gpu/exercise_autocast_dtypes.py": (
        "A @ A is bfloat16, product + A float32, and CUDA runs exp in float32 (the CPU does not)",
        lambda ns, out: (
            ns["product"].dtype == torch.bfloat16
            and ns["summed"].dtype == torch.float32
            and ns["exp"].dtype == torch.float32
        ),
    ),
    "gpu/exercise_matmul_speed.py": (
        "8 x 8 is faster on the CPU, 1024 x 1024 on the GPU",
        lambda ns, out: "8 faster on cpu" in out and "1024 faster on cuda" in out,
    ),
    "gpu/module_to.py": (
        "parameters and output print as cuda:0",
        lambda ns, out: "cuda:0 cuda:0" in out,
    ),
    "gpu/buffers_follow_to.py": (
        "the buffer moves, the plain tensor attribute stays on the CPU and breaks the forward pass",
        lambda ns, out: (
            ns["net"].shift.device.type == "cuda"
            and ns["net"].plain.device.type == "cpu"
            and "RuntimeError: Expected all tensors to be on the same device" in out
        ),
    ),
    "gpu/exercise_log_without_item.py": (
        "both ways of logging give the same losses",
        lambda ns, out: ns["with_item"] == ns["without_item"],
    ),
    "gpu/grad_scaler_loop.py": (
        "float16 autocast with a GradScaler: the scale only ever halves from 65536, weights and gradients stay float32",
        lambda ns, out: (
            all(s in {2.0**k for k in range(17)} for s in ns["scales"])
            and ns["scales"] == sorted(ns["scales"], reverse=True)
            and ns["net"].weight.dtype == torch.float32
            and ns["net"].weight.grad.dtype == torch.float32
        ),
    ),
    "gpu/default_device.py": (
        "outside the with block tensors are made on the CPU again",
        lambda ns, out: out.rstrip().endswith("cpu"),
    ),
}


def require_cuda() -> None:
    if not torch.cuda.is_available():
        pytest.fail(
            "No CUDA device is visible: `pytest tests/test_gpu.py -m gpu` must run on a machine "
            "with a CUDA GPU "
            f"and a CUDA build of torch (this is torch {torch.__version__}, "
            f"torch.version.cuda={torch.version.cuda}, "
            f"torch.cuda.device_count()={torch.cuda.device_count()}). "
            "It fails rather than skip, so that a GPU job cannot pass on the CPU.",
            pytrace=False,
        )


def placements(value, name: str):
    """(name, device) for every tensor, module parameter and buffer in value."""
    if isinstance(value, torch.Tensor):
        yield name, value.device
    elif isinstance(value, nn.Module):
        for sub, t in [*value.named_parameters(), *value.named_buffers()]:
            yield f"{name}.{sub}", t.device
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from placements(item, f"{name}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from placements(item, f"{name}[{key!r}]")


def run_snippet(path):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ns = runpy.run_path(str(path), run_name="__main__")
    torch.cuda.synchronize()  # surface asynchronous CUDA errors here, not in the next test
    return ns, out.getvalue()


@pytest.mark.gpu
def test_cuda_is_visible():
    require_cuda()
    print(
        f"torch {torch.__version__}, CUDA {torch.version.cuda}, "
        f"{torch.cuda.device_count()} device(s): {torch.cuda.get_device_name(0)}"
    )
    assert torch.accelerator.current_accelerator(check_available=True).type == "cuda"


def test_tables_name_real_snippets():
    """Not a GPU test: runs in the normal suite, so a renamed snippet is noticed on the CPU."""
    assert all(path.is_file() for path in SNIPPETS), [str(p) for p in SNIPPETS if not p.is_file()]
    names = set(IDS)
    for table in (OFF_DEVICE, NO_TENSORS, GPU_CLAIMS):
        assert set(table) <= names, f"unknown snippets: {sorted(set(table) - names)}"


# A snippet that picks a device, or puts its tensors on a GPU when there is one.
DEVICE_MOVE = (
    r"try_gpu\(|current_accelerator\(|cuda\.is_available\(\) else|(\.to\(|device=)[\"']cuda"
)


def test_every_device_snippet_runs_in_the_gpu_job():
    """Not a GPU test: a snippet of another chapter that picks a device (try_gpu(),
    current_accelerator(), "cuda") must be in ELSEWHERE and in gpu.yml, or the GPU job never
    runs it."""
    job = load_workflow(ROOT / ".github" / "workflows" / "gpu.yml")
    paths = {event: job["on"][event]["paths"] for event in ("push", "pull_request")}
    hidden = next(
        s["run"] for s in job["jobs"]["gpu"]["steps"] if "GPU hidden" in s.get("name", "")
    )
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        rel = path.relative_to(ROOT / "snippets").as_posix()
        code = path.read_text(encoding="utf-8")
        if rel.startswith("gpu/") or not re.search(DEVICE_MOVE, code):
            continue
        assert rel in ELSEWHERE, f"snippets/{rel} moves tensors to a GPU: add it to ELSEWHERE"
    for rel in ELSEWHERE:
        missing = [event for event, listed in paths.items() if f"snippets/{rel}" not in listed]
        assert not missing, f"gpu.yml's paths: lists ({', '.join(missing)}) miss snippets/{rel}"
        assert rel in hidden.split(" -k ", 1)[1], f"gpu.yml's hidden-GPU step misses {rel}"


@pytest.mark.gpu
@pytest.mark.parametrize("path", SNIPPETS, ids=IDS)
def test_snippet_runs_on_gpu(path, tmp_path, monkeypatch):
    require_cuda()
    rel = path.relative_to(ROOT / "snippets").as_posix()
    monkeypatch.chdir(tmp_path)
    reset_torch_state()
    gc.collect()  # free earlier snippets' GPU tensors now, not while a snippet counts memory
    ns, out = run_snippet(path)

    off = OFF_DEVICE.get(rel, {})
    on_gpu, wrong = [], []
    for name, value in ns.items():
        if name.startswith("__"):
            continue
        for where, device in placements(value, name):
            if name in off:
                if device.type == "cuda":
                    wrong.append(f"{where} is on {device}, but OFF_DEVICE says: {off[name]}")
            elif device.type == "cuda":
                on_gpu.append(where)
            else:
                wrong.append(f"{where} is on {device}, not on the GPU")
    assert not wrong, "\n".join(wrong)
    missing = sorted(set(off) - set(ns))
    assert not missing, f"OFF_DEVICE names not defined by the snippet: {missing}"

    if "device" in ns:
        assert isinstance(ns["device"], torch.device) and ns["device"].type == "cuda", ns["device"]
    if "try_gpu" in ns:
        assert ns["try_gpu"]().type == "cuda"
    if "try_all_gpus" in ns:
        found = ns["try_all_gpus"]()
        assert found and all(d.type == "cuda" for d in found), found
        assert len(found) == torch.cuda.device_count()

    if rel in NO_TENSORS:
        assert not on_gpu, f"{rel} now puts {on_gpu} on the GPU: drop it from NO_TENSORS"
    else:
        assert on_gpu, f"{rel} left nothing on the GPU"

    if rel in GPU_CLAIMS:
        claim, holds = GPU_CLAIMS[rel]
        assert holds(ns, out), f"the page says: {claim}; the snippet printed:\n{out}"


# What the page says about a GPU beyond what its snippets print.

SAME_DEVICE = r"^Expected all tensors to be on the same device, but"


@pytest.mark.gpu
def test_same_device_error_wording_on_cuda():
    """The CUDA message the page quotes; the meta device words its check differently."""
    require_cuda()
    X = torch.ones(4, 3, device="cuda")
    mixes = {
        "X @ W": lambda: X @ torch.ones(3, 2),
        "X + v": lambda: X + torch.ones(3),
        "linear": lambda: nn.Linear(3, 2).to("cuda")(torch.ones(4, 3)),
    }
    for name, mix in mixes.items():
        with pytest.raises(RuntimeError, match=SAME_DEVICE) as info:
            mix()
        assert "cuda:0" in str(info.value) and "cpu" in str(info.value), (name, info.value)
    with pytest.raises(RuntimeError) as info:
        nn.Linear(3, 2).to("meta")(torch.ones(4, 3))
    assert "is not on the expected device" in str(info.value), info.value


@pytest.mark.gpu
def test_cpu_inputs_the_same_device_rule_lets_through():
    """Python numbers, 0-dim CPU tensors in element-wise ops, CPU index tensors."""
    require_cuda()
    X = torch.arange(12.0, device="cuda").reshape(4, 3)
    expected = torch.arange(12.0).reshape(4, 3)
    for result, want in [
        (X * 2, expected * 2),
        (X * torch.tensor(2.0), expected * 2),
        (X[torch.tensor([3, 0])], expected[[3, 0]]),
        (X[torch.tensor([True, False, True, False])], expected[[0, 2]]),
    ]:
        assert result.device.type == "cuda"
        assert torch.equal(result.cpu(), want)
    Y = X.clone()
    Y[torch.tensor([3, 0])] = torch.zeros(2, 3, device="cuda")
    assert Y.sum(dim=1).tolist() == [0.0, 12.0, 21.0, 0.0]
    # Only that way round: a GPU index into a CPU tensor raises.
    with pytest.raises(RuntimeError, match="indices should be either on cpu or on the same device"):
        expected[torch.tensor([3, 0], device="cuda")]
    # A CPU tensor with one or more dimensions is not an exception.
    with pytest.raises(RuntimeError, match=SAME_DEVICE):
        X * torch.tensor([2.0])


@pytest.mark.gpu
def test_small_work_is_slower_on_the_gpu():
    """A tiny product, with its copies and synchronization, loses to the CPU."""
    require_cuda()
    from torch.utils import benchmark

    A = torch.randn(8, 8)
    threads = torch.get_num_threads()

    def median(stmt, **names):
        timer = benchmark.Timer(stmt, globals={"torch": torch, **names}, num_threads=threads)
        return timer.blocked_autorange(min_run_time=0.2).median

    on_cpu = median("A @ A", A=A)
    on_gpu_with_copies = median("(A.to('cuda') @ A.to('cuda')).cpu()", A=A)
    on_gpu_alone = median("A @ A; torch.cuda.synchronize()", A=A.to("cuda"))
    assert on_gpu_with_copies > on_cpu, (on_gpu_with_copies, on_cpu)
    assert on_gpu_alone > on_cpu, (on_gpu_alone, on_cpu)


@pytest.mark.gpu
def test_out_of_memory_error_on_cuda():
    """Asking for more than the GPU has raises torch.OutOfMemoryError, a RuntimeError."""
    require_cuda()
    _, total = torch.cuda.mem_get_info()
    with pytest.raises(torch.OutOfMemoryError) as info:
        torch.empty(2 * total, dtype=torch.uint8, device="cuda")
    assert isinstance(info.value, RuntimeError)
    assert str(info.value).startswith("CUDA out of memory. Tried to allocate"), info.value
    torch.cuda.empty_cache()


@pytest.mark.gpu
def test_sync_debug_mode_warns_on_item():
    require_cuda()
    total = torch.ones(3, device="cuda").sum()
    torch.cuda.set_sync_debug_mode("warn")
    try:
        with pytest.warns(UserWarning, match="synchronizing CUDA operation"):
            total.item()
    finally:
        torch.cuda.set_sync_debug_mode("default")


@pytest.mark.gpu
def test_grad_scaler_scales_the_loss_on_cuda():
    require_cuda()
    scaler = torch.amp.GradScaler("cuda")
    assert scaler.is_enabled()
    assert scaler.scale(torch.tensor(1.0, device="cuda")).item() == 2.0**16
