"""Lighthouse on a sample of the built site, in CI: accessibility, best practices and SEO
(light and dark) must score at least 95. Performance is printed, not gated here: it is
a timing score that moves by up to 8 points between identical runs on a busy 2-core
machine (README, "Lighthouse"); the full list runs on demand with scripts/lighthouse.py.

Needs npm (Node.js) and Chromium. Locally skipped without them; under CI an error.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.support.browser import chromium_available

pytestmark = pytest.mark.browser

if not (chromium_available() and shutil.which("npm")):
    if os.environ.get("CI"):
        raise RuntimeError("Lighthouse needs npm and chromium in CI (apt-get install nodejs npm chromium)")
    pytest.skip("npm or chromium missing", allow_module_level=True)


def test_lighthouse_sample_scores_at_least_95(built_site):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lighthouse.py"), str(built_site), "--sample", "--dark",
         "--gate", "accessibility,best-practices,seo,a11y-dark"],
        capture_output=True, text=True, timeout=1200, cwd=ROOT,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
