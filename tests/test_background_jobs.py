"""The suite's background jobs (tests/support/background.py) run at a lower priority than
the tests of the main thread, and so does everything they start, Chromium included."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from tests.support import background
from tests.support.browser import keeping_priority

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")

NICE = "cut -d' ' -f19 /proc/self/stat"  # the nice value of the process that reads it


def test_a_job_thread_and_what_it_starts_run_niced():
    seen = {}

    def job():
        background._lower_priority()
        seen["thread"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen["child"] = int(subprocess.run(["sh", "-c", NICE], capture_output=True, text=True).stdout)

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert seen == {"thread": background.NICENESS, "child": background.NICENESS}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) < background.NICENESS  # the main thread is not


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="only root can raise its priority back")
def test_chromium_of_a_job_cannot_raise_its_priority_back(tmp_path):
    """Chromium, run as root, sets its processes' nice values itself; started through
    ``keeping_priority`` it cannot lower them below what it inherited."""
    raiser = tmp_path / "raiser"  # stands in for Chromium: raises its priority, reports it
    raiser.write_text(f"#!/bin/sh\nrenice -n -8 -p $$ >/dev/null 2>&1\n{NICE}\n")
    raiser.chmod(0o755)
    niced = ["nice", "-n", str(background.NICENESS)]
    assert subprocess.run([*niced, str(raiser)], capture_output=True, text=True).stdout.strip() == "-8"
    wrapped = keeping_priority(str(raiser))
    assert wrapped != str(raiser)
    assert subprocess.run([*niced, wrapped], capture_output=True, text=True).stdout.strip() == str(background.NICENESS)
