"""The background jobs' Chromiums (tests/support/background.py) run at a lower priority
than the main thread's, and cannot raise it back."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.browser import NICENESS, keeping_priority

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
