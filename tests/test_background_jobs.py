"""The programs the background jobs start (tests/support/background.py) run at a lower
priority than the main thread's: their Chromiums, which cannot raise it back, the builds and
checkers started through ``niced``, and the notebook kernels lowered by ``nice_process``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.background import NICENESS, nice_process, niced
from tests.support.browser import keeping_priority

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nice values as Linux has them")

NICE = "cut -d' ' -f19 /proc/self/stat"  # the nice value of the process that reads it


def test_a_jobs_chromium_runs_niced_and_cannot_raise_its_priority(tmp_path):
    """Chromium, run as root, sets its processes' nice values itself; started through
    ``keeping_priority`` it runs at ``NICENESS`` and cannot go below it."""
    raiser = tmp_path / "raiser"  # stands in for Chromium: tries to raise its priority, reports it
    raiser.write_text(f"#!/bin/sh\nrenice -n -8 -p $$ >/dev/null 2>&1\n{NICE}\n")
    raiser.chmod(0o755)
    plain = subprocess.run([str(raiser)], capture_output=True, text=True).stdout.strip()
    wrapped = subprocess.run([keeping_priority(str(raiser))], capture_output=True, text=True).stdout.strip()
    assert wrapped == str(min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS))
    if os.getuid() == 0:
        assert plain == "-8"  # what Chromium does when nothing stops it


def test_a_jobs_programs_run_niced():
    """``niced`` wraps a build's or a checker's command; ``nice_process`` lowers a program that
    is already running (a notebook's kernel, started by jupyter_client)."""
    expected = str(min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS))
    assert subprocess.run(niced(["sh", "-c", NICE]), capture_output=True, text=True).stdout.strip() == expected
    reader = subprocess.Popen(["sh", "-c", f"read _; {NICE}"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    nice_process(reader.pid)
    out, _ = reader.communicate("go\n")
    assert out.strip() == expected
