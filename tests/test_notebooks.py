"""Every chapter, in each language, is also a notebook that runs and matches its page.

The notebooks come from hooks/notebooks.py during the build; here they are taken
from the built site, compared with the built chapter pages (an independent
rendering of the same snippets, by pymdownx.snippets) and executed top to bottom
in a fresh Jupyter kernel, with each cell's output compared with the recorded one.

A page's zh and en notebooks differ only in their markdown cells: their code cells
and recorded outputs are checked to be identical, so running one of them in a kernel
runs both. The kernels of all pages run at the same time (one per core), started
once per session.
"""

from __future__ import annotations

import asyncio
import html
import json
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from hooks.page_format import read_pages
from tests.conftest import ROOT
from tests.support import background

pytestmark = pytest.mark.notebooks

LANGS = {"zh": "", "en": "en/"}
PAGES_WITH_CODE = sorted(page.path.stem for page in read_pages(ROOT / "docs", "zh").values() if page.code_blocks)
CASES = [(lang, page) for lang in LANGS for page in PAGES_WITH_CODE]
IDS = [f"{lang}/{page}" for lang, page in CASES]


def notebook_path(site: Path, lang: str, page: str) -> Path:
    return site / LANGS[lang] / "notebooks" / page / f"{page}.ipynb"


def page_code_blocks(site: Path, lang: str, page: str) -> list[str]:
    """The code blocks of the built chapter page, as text, without the #> lines."""
    path = site / LANGS[lang] / ("" if page == "index" else page) / "index.html"
    text = path.read_text(encoding="utf-8")
    article = text[text.index("<article"):text.index("</article>")]
    blocks = []
    for m in re.finditer(r'<div class="language-python highlight">.*?<code[^>]*>(.*?)</code>', article, re.S):
        code = html.unescape(re.sub(r"<[^>]+>", "", m[1]))
        lines = [line for line in code.splitlines() if not re.match(r"^\s*#>(?: |$)", line)]
        blocks.append("\n".join(lines).strip("\n"))
    return blocks


@pytest.mark.parametrize(("lang", "page"), CASES, ids=IDS)
def test_notebook_code_cells_are_the_page_code(built_site, lang, page):
    nb = json.loads(notebook_path(built_site, lang, page).read_text(encoding="utf-8"))
    cells = [c["source"] for c in nb["cells"] if c["cell_type"] == "code"]
    assert cells == page_code_blocks(built_site, lang, page)
    assert nb["metadata"]["dlc"]["language"] == lang


@pytest.mark.parametrize(("lang", "page"), CASES, ids=IDS)
def test_notebook_prose_is_in_its_language(built_site, lang, page):
    nb = json.loads(notebook_path(built_site, lang, page).read_text(encoding="utf-8"))
    prose = "".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")
    han = len(re.findall(r"[\u4e00-\u9fff]", prose))
    assert (han > 20) if lang == "zh" else (han == 0), f"{lang}/{page}: {han} Han characters in the prose"
    assert "--8<--" not in prose and "{ #" not in prose


def code_and_outputs(nb) -> list[tuple[str, str]]:
    return [(c.source, "".join(o.get("text", "") for o in c.outputs)) for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("page", PAGES_WITH_CODE)
def test_zh_and_en_notebooks_run_the_same_code(built_site, page):
    zh, en = (nbformat.read(notebook_path(built_site, lang, page), as_version=4) for lang in ("zh", "en"))
    assert code_and_outputs(zh) == code_and_outputs(en)


@background.job("notebooks")
def execute_all(site: Path, tmp_path_factory) -> dict[str, object]:
    """Every page's (zh) notebook executed in a fresh kernel, all pages at once (one per core):
    page -> the executed notebook, or the exception its run raised. Starts as soon as the
    site is built (tests/support/background.py)."""
    async def run_all():
        limit = asyncio.Semaphore(max(1, os.cpu_count() or 1))

        async def run(page):
            nb = nbformat.read(notebook_path(site, "zh", page), as_version=4)
            workdir = tmp_path_factory.mktemp(f"nb-{page}")
            async with limit:
                client = NotebookClient(nb, timeout=120, kernel_name="python3",
                                        resources={"metadata": {"path": str(workdir)}})
                # the kernel at lower priority, like the other jobs' programs, once it runs
                client.on_notebook_start = lambda notebook: background.nice_process(client.km.provisioner.pid)
                # the kernel's own stderr (its start-up warnings) into a file of its run, not
                # into whichever test's captured output happens to be open in the main thread
                with open(workdir / "kernel.log", "w") as log:
                    try:
                        await client.async_execute(stdout=log, stderr=log)
                    except Exception as exc:  # a cell that raised: reported by the test of that page
                        return page, exc
            return page, nb

        return dict(await asyncio.gather(*(run(page) for page in PAGES_WITH_CODE)))

    # asyncio.run in a thread of its own (this one): Playwright's sync API keeps an event loop
    # running in the main thread while the session's browser is open
    return asyncio.run(run_all())


@pytest.fixture(scope="session")
def executed(built_site, tmp_path_factory) -> dict[str, object]:
    return background.result("notebooks", built_site, tmp_path_factory)


def values_shown(cell) -> list[str]:
    """What Jupyter shows under a cell besides printed text: the value of a last line that is
    an expression (``nn.init.zeros_(b)``), a display. The page shows neither."""
    return [o.output_type for o in cell.outputs if o.output_type not in ("stream", "error")]


def test_a_cell_that_ends_in_a_value_is_caught():
    cell = nbformat.v4.new_code_cell("x = 1\nx", outputs=[
        nbformat.v4.new_output("stream", name="stdout", text="1\n"),
        nbformat.v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=1)])
    assert values_shown(cell) == ["execute_result"]
    cell.outputs.pop()
    assert values_shown(cell) == []


@pytest.mark.parametrize("page", PAGES_WITH_CODE)
def test_notebook_runs_and_prints_what_it_says(built_site, executed, page):
    expected = [out for _, out in code_and_outputs(nbformat.read(notebook_path(built_site, "zh", page), as_version=4))]
    nb = executed[page]
    assert not isinstance(nb, Exception), f"{page}: {nb}"
    got = []
    for cell in (c for c in nb.cells if c.cell_type == "code"):
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"{page}: a cell raised {errors[0].ename}: {errors[0].evalue}"
        shown = values_shown(cell)
        assert not shown, (f"{page}: the cell {cell.source.splitlines()[0]!r}… ends in an expression: Jupyter "
                           f"shows its value ({shown[0]}) under the cell, the page does not")
        got.append("".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream"))
    assert got == expected


def test_pinned_mkdocs_jupyter():
    """Tripwire: hooks/notebooks.py slims the HTML of exactly this version."""
    from importlib.metadata import version

    assert version("mkdocs-jupyter") == "0.26.3"


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_pages_are_slim_and_local(built_site, lang):
    for page in PAGES_WITH_CODE:
        path = built_site / LANGS[lang] / "notebooks" / page / "index.html"
        text = path.read_text(encoding="utf-8")
        article = text[text.index("<article"):text.index("</article>")]
        assert "<style" not in article and "<script" not in article, f"{path}: mkdocs-jupyter CSS/JS left in"
        assert "mermaid" not in text and "mathjax" not in text.lower() and "cdnjs" not in text
        assert re.search(r'<div class="highlight"><pre>(<span class="md-code__nav">.*?</span>)?<code[ >]', article), f"{path}: code cells not rewritten"
        assert 'id=""' not in article, f"{path}: a heading without an id"
        # mkdocs-jupyter's own CSS alone was 574 KB; page budgets live in scripts/benchmark.py
        assert len(text.encode()) < 250_000, f"{path}: {len(text.encode())} bytes"
