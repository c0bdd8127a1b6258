"""Search answers with the page a query names, in both languages (hooks/search_index.py).

The index tests read the built ``search_index.json`` files; the browser tests open a page
with ``?q=TERM`` in Chromium (typing Chinese through Playwright triggers no search, see
TOOLCHAIN.md), wait for the theme's worker to answer and read the rendered results.

"First hit": the first result item the reader sees. The theme groups results by page, in
the order of each page's best-scoring entry, and every item opens with the page's own
title link, followed by its best sections; so the first hit is the page that item links
to first, whichever of its entries (its title or a section) scored best.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from hooks import search_index
from tests.support.theme import theme_file

LANG_ROOT = {"zh": "", "en": "en/"}
HAN = re.compile(r"[\u4e00-\u9fff]")

# query -> the page its first hit must be (path below the language root). The titles are
# the pages' own (docs/<lang>/*.md).
QUERIES = {
    "zh": {
        "参数": "parameters/",  # 参数管理
        "设备": "gpu/",  # GPU
        "初始化": "initialization/",  # 参数初始化
        "层和块": "layers-and-blocks/",  # 层和块
        "自定义层": "custom-layers/",  # 自定义层
        "延后初始化": "lazy-initialization/",  # 延后初始化
        "读写文件": "read-write/",  # 读写文件
        "钩子": "module-hooks/",  # 模块钩子
        "保存": "read-write/",  # 读写文件
    },
    "en": {
        "parameter": "parameters/",  # Parameter management
        "GPU": "gpu/",  # GPUs
        "initialization": "initialization/",  # Initialization
        "hooks": "module-hooks/",  # Module hooks
        "save": "read-write/",  # Reading and writing files
        "lazy": "lazy-initialization/",  # Lazy initialization
        "custom layer": "custom-layers/",  # Custom layers
        "device": "gpu/",  # GPUs
    },
}
CASES = [(lang, q, page) for lang, queries in QUERIES.items() for q, page in queries.items()]
MARGIN = 1.03  # the first hit's best score over the next page's (today's closest: 初始化, 1.06)


def shows_code(preview: str) -> bool:
    """A code listing or recorded output (``#>`` lines) in a preview; inline code in the
    prose (``<code>#&gt;</code>``) is prose."""
    return "<pre" in preview or "#&gt;" in re.sub(r"<code>[^<]*</code>", "", preview)


def index(site: Path, lang: str) -> dict:
    return json.loads((site / LANG_ROOT[lang] / "search/search_index.json").read_text(encoding="utf-8"))


# --- the index ------------------------------------------------------------------------


def test_pinned_theme_worker_still_has_the_patched_call():
    """Tripwire: the hook rewrites this exact call in Material's search worker."""
    assert theme_file("assets/javascripts/workers/search.*.min.js").count(search_index.SEGMENT_CALL) == 1


@pytest.mark.build
def test_built_worker_is_patched(built_site):
    (worker,) = (built_site / "assets/javascripts/workers").glob("search.*.min.js")
    text = worker.read_text(encoding="utf-8")
    assert search_index.SEGMENT_CALL not in text and search_index.SEGMENT_FIXED in text


@pytest.mark.build
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_index_text_is_prose_and_code_is_a_field(built_site, lang):
    data = index(built_site, lang)
    docs = data["docs"]
    assert {"code", "topic"} <= set(data["config"]["fields"])
    assert not [d["location"] for d in docs if shows_code(d["text"])]
    code = " ".join(d.get("code", "") for d in docs)
    assert "register_forward_hook" in code and "#>" not in code  # code names stay searchable
    # every page's own entry says what the page is about
    assert all(d.get("topic") for d in docs if "#" not in d["location"])


@pytest.mark.build
def test_chinese_index_keeps_stop_words(built_site):
    assert "stopWordFilter" not in index(built_site, "zh")["config"]["pipeline"]  # 层和块: 和 is a word
    assert "stopWordFilter" in index(built_site, "en")["config"]["pipeline"]


def test_code_names_leave_out_outputs_comments_and_keywords():
    code = "import torch\nnet = torch.nn.LazyLinear(4)  # a comment\nprint(net.weight)\n#> <UninitializedParameter>\n"
    assert search_index.code_names(code) == ["torch", "net", "torch.nn.LazyLinear", "net.weight"]


# --- in the browser -----------------------------------------------------------------------

RESULTS = """() => {
  const items = [...document.querySelectorAll('.md-search-result__item')];
  const visible = el => !el.closest('details:not([open])');
  const first = items[0];
  return {
    first: first ? first.querySelector(':scope > a').getAttribute('href') : null,
    pages: items.map(i => i.querySelector(':scope > a').href),
    marks: first ? [...first.querySelectorAll('mark')].filter(visible).map(m => m.textContent) : [],
    previews: items.map(i => [...i.querySelectorAll('article')].map(a => a.innerHTML)).flat(),
    scores: items.slice(0, 2).map(i => Math.max(...[...i.querySelectorAll('article')].map(a => +a.dataset.mdScore))),
  };
}"""


# A new query in the open search: the theme reads the input on keyup (Playwright's typing
# of Chinese sends none); the result count is cleared first, so the wait below sees the new one.
ASK = """q => { const m = document.querySelector('.md-search-result__meta'); m.textContent = '';
  const input = document.querySelector('.md-search__input'); input.value = q;
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true})); }"""


@pytest.fixture(scope="module")
def search(browser, server):
    """``search(lang, q)``: the rendered results of ``q`` on the language's home page. The
    first query of a language opens the page with ``?q=`` (a deep link, as a reader would
    share it); later ones are asked in the same page, which keeps its worker and index."""
    from tests.support.browser import require_chromium

    require_chromium()
    context = browser.new_context()
    pg = context.new_page()
    opened = {"lang": None}

    def run(lang: str, q: str) -> dict:
        if opened["lang"] != lang:
            pg.goto(f"{server.url}{LANG_ROOT[lang]}?q={quote(q)}")
            opened["lang"] = lang
        else:
            pg.evaluate(ASK, q)
        pg.wait_for_function(  # the worker has answered: a count of results, or "no results"
            "() => { const m = document.querySelector('.md-search-result__meta');"
            " const t = JSON.parse(document.getElementById('__config').textContent).translations;"
            " return m && (/\\d/.test(m.textContent) || m.textContent.trim() === t['search.result.none']); }",
            timeout=30_000,
        )
        return pg.evaluate(RESULTS)

    yield run
    context.close()


def query_words_missing(q: str, marks: list[str]) -> list[str]:
    """The words of ``q`` no highlight shows: a Chinese query, character by character (the
    index's words are jieba's, the query's the worker's); other words as prefixes."""
    marked = [m.replace("\u200b", "").lower() for m in marks]
    missing = [c for c in q if HAN.match(c) and not any(c in m for m in marked)]
    words = HAN.sub(" ", q).lower().split()
    return missing + [w for w in words if not any(m.startswith(w) for m in marked)]


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "q", "expected"), CASES, ids=[f"{lang}-{q}" for lang, q, _ in CASES])
def test_query_answers_with_its_page(search, server, lang, q, expected):
    result = search(lang, q)
    assert result["first"], f"{q!r}: no result"
    first = urlparse(result["first"]).path.removeprefix("/" + LANG_ROOT[lang])
    assert first.lstrip("/") == expected, f"{q!r}: first hit {first}, expected {expected}"
    # by a clear margin, not by a near tie that any edit of the prose could turn round
    best, runner_up = (result["scores"] + [0])[:2]
    assert best >= MARGIN * runner_up, f"{q!r}: first by {best / runner_up:.3f} only"
    assert query_words_missing(q, result["marks"]) == [], f"{q!r}: highlighted only {result['marks']}"
    code = [p for p in result["previews"] if shows_code(p)]
    assert code == [], f"{q!r}: a preview shows code: {code[0][:300]}"
    # one search index per language, one item per page, no notebook page (it repeats its chapter)
    paths = [urlparse(u).path for u in result["pages"]]
    assert all(p.startswith("/en/") == (lang == "en") for p in paths), paths
    assert len(paths) == len(set(paths)), f"duplicate hits: {paths}"
    assert not any("/notebooks/" in p for p in paths), paths
