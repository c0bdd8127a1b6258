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
        "参数化": "parametrizations/",  # 参数化
        "大模型": "big-models/",  # 大模型
        "没有检查点": "init-on-meta/",  # 没有检查点的大模型
        "初始化循环": "init-on-meta/",  # 没有检查点的大模型
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
        "parametrization": "parametrizations/",  # Parametrizations
        "big models": "big-models/",  # Big models
        "init loop": "init-on-meta/",  # Initializing without a checkpoint
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


def test_pinned_theme_bundle_still_has_the_eager_index_calls():
    """Tripwire: the hook rewrites these exact calls in Material's bundle, and they are the
    index's only two subscribers (the search component and the in-page highlighter)."""
    bundle = theme_file("assets/javascripts/bundle.*.min.js")
    for old, _ in search_index.LAZY_INDEX:
        assert bundle.count(old) == 1, old
    assert bundle.count('zi=document.forms.namedItem("search")?ks():tt') == 1  # index$ = fetchSearchIndex()
    assert len(re.findall(r"[^\w$.]zi[^\w$]", bundle)) == 3  # defined, then index$:zi for each
    assert bundle.count("index$:zi") == 2


@pytest.mark.build
def test_built_bundle_fetches_the_index_lazily(built_site):
    (bundle,) = (built_site / "assets/javascripts").glob("bundle.*.min.js")
    text = bundle.read_text(encoding="utf-8")
    for old, new in search_index.LAZY_INDEX:
        assert old not in text and text.count(new) == 1


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


# --- 5. word breaks: dropped where the separator splits already ----------------------------

# Chinese punctuation in the separator (mkdocs.yml): never part of a token.
PUNCTUATION = "，。、：；？！（）《》〈〉「」『』【】〔〕“”‘’…—·～"


def split(section: str, separator: re.Pattern) -> list[str]:
    """The theme's ``split`` (integrations/search/internal): the non-empty ranges between
    separator matches; after a zero-length match (the camel-case split) it searches on
    one character later, as its JavaScript does."""
    out, index, pos = [], 0, 0
    while True:
        m = separator.search(section, pos) if pos <= len(section) else None
        until = m.start() if m else len(section)
        if index < until:
            out.append(section[index:until])
        if m is None:
            return out
        index = m.end()
        pos = m.end() if m.end() > m.start() else m.start() + 1


def text_sections(value: str) -> list[str]:
    """The theme's ``extract``: the text between tags, each piece on its own (a ``<``
    ends a non-empty piece, every ``>`` starts one)."""
    sections, start = [], 0
    for end, c in enumerate(value):
        if c == "<" and end > start:
            sections.append(value[start:end])
            start = end
        elif c == ">":
            start = end + 1
    if len(value) > start:
        sections.append(value[start:])
    return sections


def worker_tokens(value: str, separator: str) -> list[str]:
    """A field's tokens as the search worker makes them (its tokenizer: tags left out,
    each text section split by the separator, lower-cased), in order."""
    regex = search_index.js_regex(separator)
    return [t.lower() for section in text_sections(value) for t in split(section, regex)]


@pytest.fixture(scope="module")
def plugin_segment():
    """The search plugin's segmentation (jieba, U+200B around and between words)."""
    from material.plugins.search.plugin import SearchIndex

    return SearchIndex()._segment_chinese


@pytest.mark.build
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_dropped_word_breaks_change_no_token(built_site, plugin_segment, lang):
    """Every field of the built index splits into exactly the tokens of the field as the
    plugin wrote it (the hook only deletes U+200B, and jieba is deterministic, so that
    field is the plugin's segmentation of the text without any). Against the separator
    without Chinese punctuation: the old tokens, cut at punctuation, pure punctuation
    left out, are the new tokens, in order."""
    data = index(built_site, lang)
    separator = data["config"]["separator"]
    assert all(search_index.always_splits(separator).fullmatch(c) for c in PUNCTUATION)
    before_separator = separator.replace(PUNCTUATION, "")
    assert before_separator != separator
    cut = re.compile(f"[{PUNCTUATION}]+")
    breaks = {"before": 0, "after": 0}
    pure_punctuation = 0
    for doc in data["docs"]:
        for field in search_index.SEGMENTED:
            if field not in doc:
                continue
            after = doc[field]
            before = plugin_segment(after.replace("\u200b", ""))
            breaks["before"] += before.count("\u200b")
            breaks["after"] += after.count("\u200b")
            assert worker_tokens(after, separator) == worker_tokens(before, separator), (doc["location"], field)
            old = worker_tokens(before, before_separator)
            pure_punctuation += sum(not cut.sub("", t) for t in old)
            assert [p for t in old for p in cut.split(t) if p] == worker_tokens(after, separator), (doc["location"], field)
    if lang == "zh":  # most breaks were beside spaces and punctuation; so were thousands of tokens
        assert breaks["after"] < 0.7 * breaks["before"], breaks
        assert pure_punctuation > 1000


@pytest.mark.build
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_word_break_beside_a_separator(built_site, lang):
    data = index(built_site, lang)
    splits = search_index.always_splits(data["config"]["separator"])
    for doc in data["docs"]:
        for field in search_index.SEGMENTED:
            value = doc.get(field, "")
            assert not value.startswith("\u200b") and not value.endswith("\u200b")
            for m in re.finditer("\u200b", value):
                before, after = value[m.start() - 1], value[m.end()]
                assert not splits.fullmatch(before) and not splits.fullmatch(after), (doc["location"], before, after)
                assert before != ">" and after != "<", (doc["location"], before, after)


@pytest.mark.parametrize(("text", "expected"), [
    ("GPU：\u200b前半部", "GPU：前半部"),  # beside punctuation
    ("\u200b在\u200b GPU \u200b上\u200b", "在 GPU 上"),  # beside spaces, at either end
    ("<p>\u200b上面\u200b的</p>", "<p>上面\u200b的</p>"),  # after a tag, between words
    ("层\u200b<code>nn</code>", "层<code>nn</code>"),  # before a tag
    ("参数\u200b\u200b管理", "参数\u200b管理"),  # a run counts as one
    ("a\u200b.5\u200bb", "a\u200b.5\u200bb"),  # "." splits only before a non-digit: kept
])
def test_drop_breaks_samples(text, expected):
    splits = search_index.always_splits(r'[\s\u200b\-_,:!=\[\]()"`/，。：]+|\.(?!\d)')
    assert search_index.drop_breaks(text, splits) == expected


def test_separator_is_read_as_javascript_reads_it():
    regex = search_index.js_regex(r"[\s\u200b]+|(?!\b)(?=[A-Z][a-z])")
    assert regex.fullmatch("\u3000\ufeff\u200b") and not regex.fullmatch("\x1c")  # JavaScript's white space
    assert regex.search("aBc").start() == 1 and regex.search("中Bc") is None  # \b is ASCII: 中 is no word character
    assert search_index.always_splits(r"\.(?!\d)") is None


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


# --- the index is fetched on first use (hooks/search_index.py, 6) -----------------------------

INDEX_OR_LUNR = re.compile(r"/search/search_index\.json$|/lunr/min/lunr\.\w+\.min\.js$")
RESULT = ".md-search-result__item"


def watched_page(browser, server, path: str, **viewport):
    """A fresh tab at ``path``, theme mounted and network idle; returns (page, urls of every
    request so far and later, as they come)."""
    from tests.support.browser import require_chromium
    from tests.support.theme import MOUNTED

    require_chromium()
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 800})
    pg = context.new_page()
    urls: list[str] = []
    pg.on("request", lambda r: urls.append(r.url))
    pg.goto(server.url + path)
    pg.wait_for_function(MOUNTED, timeout=10_000)
    pg.wait_for_load_state("networkidle")
    return pg, urls


def index_requests(urls: list[str]) -> list[str]:
    return [urlparse(u).path for u in urls if INDEX_OR_LUNR.search(urlparse(u).path)]


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_load_fetches_no_index_until_search_is_used(browser, server, lang):
    """A page load requests neither the index nor lunr's language files; focusing the
    search field fetches the page's language index, and a typed query gets its results."""
    pg, urls = watched_page(browser, server, f"{LANG_ROOT[lang]}layers-and-blocks/")
    pg.wait_for_timeout(500)
    assert index_requests(urls) == [], urls
    assert any("/workers/search." in u for u in urls)  # the worker itself starts with the page
    with pg.expect_request(lambda r: r.url.endswith("/search/search_index.json")) as request:
        pg.focus(".md-search__input")
    assert urlparse(request.value.url).path == f"/{LANG_ROOT[lang]}search/search_index.json"
    pg.keyboard.type("GPU")
    pg.wait_for_selector(RESULT, timeout=15_000)
    assert "/gpu/" in pg.locator(f"{RESULT} > a").first.get_attribute("href")
    assert index_requests(urls).count(f"/{LANG_ROOT[lang]}search/search_index.json") == 1
    if lang == "zh":  # lunr's Chinese support came with the index
        assert "/assets/javascripts/lunr/min/lunr.zh.min.js" in index_requests(urls)
    pg.context.close()


OPENERS = {
    "click in the field": lambda pg: pg.click(".md-search__input"),
    "key /": lambda pg: pg.keyboard.press("/"),
    "key s": lambda pg: pg.keyboard.press("s"),
    "key f": lambda pg: pg.keyboard.press("f"),
    "search icon (phone)": lambda pg: pg.click("header label[for=__search]"),
}


@pytest.mark.browser
@pytest.mark.parametrize("how", OPENERS)
def test_each_way_of_opening_search_fetches_the_index(browser, server, how):
    viewport = {"width": 412, "height": 823} if "phone" in how else {}
    pg, urls = watched_page(browser, server, "en/gpu/", **viewport)
    assert index_requests(urls) == []
    with pg.expect_request(lambda r: r.url.endswith("/en/search/search_index.json")):
        OPENERS[how](pg)
    assert pg.evaluate("document.getElementById('__search').checked")
    pg.context.close()


@pytest.mark.browser
def test_search_link_and_highlight_link_fetch_the_index_at_load(browser, server):
    """``?q=`` (a shared search) opens search with results; ``?h=`` (a result followed)
    highlights the words in the page: both need the index at once."""
    pg, urls = watched_page(browser, server, "en/?q=device")
    assert "/en/search/search_index.json" in index_requests(urls)
    pg.wait_for_selector(RESULT, timeout=15_000)
    pg.context.close()
    pg, urls = watched_page(browser, server, "en/gpu/?h=device")
    assert "/en/search/search_index.json" in index_requests(urls)
    pg.wait_for_function("() => document.querySelectorAll('article mark[data-md-highlight]').length > 0")
    pg.context.close()
