"""The W3C Nu Html Checker (vnu) over every page of a built site, in one run.

    mkdocs build --strict -d /tmp/site
    python scripts/vnu.py /tmp/site             # prints each error as page:line:column: message

It builds nothing: it runs ``java -jar vnu.jar --skip-non-html --errors-only`` over the whole
directory (both languages, notebook and 404 pages included; a few seconds) and exits 1 if
it reports anything. The checker comes from the npm package ``vnu-jar``, pinned exactly and
installed on first use into ``--tools`` (default ``~/.cache/dlc-vnu``, ``DLC_VNU_DIR``),
outside the repository; it needs Java (Debian: ``default-jre-headless``) and npm.
``tests/test_html_valid.py`` runs it and allows only the theme's errors it lists.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.npm_tools import install

VNU = "vnu-jar@26.9.27"
TOOLS = Path(os.environ.get("DLC_VNU_DIR", Path.home() / ".cache" / "dlc-vnu"))


def jar(tools: Path = TOOLS) -> Path:
    """vnu.jar of the pinned vnu-jar, installed into ``tools`` when it is not there yet."""
    return install(VNU, folder=tools) / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check(*roots: Path, tools: Path = TOOLS, wrap=list) -> list[dict]:
    """Every error vnu reports on the HTML files under ``roots`` (one run for all), as its
    JSON messages, each with ``page`` (the file, relative to its root) and ``markup`` (the
    exact markup it points at). ``wrap`` may change the command (the suite lowers its
    priority: ``tests.support.background.niced``)."""
    java = shutil.which("java")
    if not java:
        raise RuntimeError("java not found: apt-get install default-jre-headless")
    result = subprocess.run(wrap([java, "-jar", str(jar(tools)), "--skip-non-html", "--errors-only", "--format", "json",
                                  *map(str, roots)]), capture_output=True, text=True, timeout=600, check=False)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        raise RuntimeError(f"vnu failed (exit {result.returncode}):\n{result.stderr[-2000:]}") from None
    for m in messages:
        url = m.get("url", "")
        for root in roots:
            prefix = Path(root).resolve().as_uri().replace("file:///", "file:/") + "/"
            if url.startswith(prefix):
                m["root"], m["page"] = Path(root), url.removeprefix(prefix)
                break
        else:
            m["root"], m["page"] = None, url
        extract = m.get("extract", "")
        start = m.get("hiliteStart", 0)
        m["markup"] = extract[start:start + m.get("hiliteLength", len(extract))]
    return messages


def describe(m: dict) -> str:
    return f"{m['page']}:{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: {m['message']} {m['markup'].strip()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path, help="a built site (mkdocs build -d DIR)")
    ap.add_argument("--tools", type=Path, default=TOOLS, help="where vnu-jar is installed")
    args = ap.parse_args(argv)
    if not (args.site / "index.html").is_file():
        ap.error(f"{args.site} is not a built site (no index.html)")
    messages = check(args.site.resolve(), tools=args.tools)
    for m in messages:
        print(describe(m))
    print(f"{len(messages)} errors", file=sys.stderr)
    return 1 if messages else 0


if __name__ == "__main__":
    sys.exit(main())
