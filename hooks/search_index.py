"""MkDocs hook: search that answers with the page a query names, in both languages.

Material 9.8.2's search (the Python plugin writes ``search_index.json``; a web worker
builds a lunr.js index from it in the reader's browser) is configured in ``mkdocs.yml``
(``plugins: - search:``): the separator splits on jieba's U+200B word breaks, no stemmer,
and the ``code`` and ``topic`` fields. This hook does what configuration cannot:

1. Previews are prose. The theme indexes a section's code blocks as part of its ``text``,
   and a result's preview *is* that text: a hit on an exercise showed its whole solution,
   ``#>`` lines included, and code words (``parameters()``) outranked the prose. Every
   code block gets the theme's own ``data-search-exclude`` (which the search plugin strips
   from the page after indexing: the published HTML is unchanged), so ``text`` holds the
   prose. The code stays searchable: the names it uses (identifiers and dotted names, no
   ``#>`` output, no keywords, each once) go into the section's ``code`` field, which the
   worker indexes (``fields: code`` in mkdocs.yml) but the results never show.
2. A page's own entry says what the page is about. Titles weigh 1000, text 1 (the
   theme's defaults), so among pages whose titles hold the query word (参数管理 and
   参数初始化 for 参数) or whose titles do not (GPU for 设备, 读写文件 for 保存), the winner
   was decided by a few words of prose, or by a near tie between sections of different
   pages (GPU's 同设备规则 against 读写文件's map_location section, 0.002 % apart). The
   page's first entry gets a ``topic`` field: its front-matter description and its
   section (h2) titles, segmented as the plugin segments text. Its boost (400, in
   mkdocs.yml) is below a title word's, so a page whose title names more of the query
   still wins (自定义层 over 层和块 for 自定义层), and high enough that the page about a
   thing comes before another page's section titled with it. A page boost (front matter
   ``search: boost``) cannot do this: it raises a page for every query.
3. Chinese stop words are indexed. lunr's Chinese stop-word filter drops single
   characters such as 和, 用, 自; a query is never filtered (the theme makes every query
   word a prefix query, and lunr runs no pipeline on those), so 层和块 asked for a
   和 that no document had: it was left unhighlighted and listed as a missing word. The
   Chinese index runs the trimmer only (``STOP_WORDS_KEPT``); English keeps its filter.
4. Chinese queries are segmented into the words of the index. The index is segmented
   by jieba at build time; the worker cannot run jieba (its dictionary is megabytes), so
   it cuts a run of Han characters into words it finds in the index (``segment`` in the
   theme's ``integrations/search/query/segment``). That function never tries a word
   that ends at the run's last character (``j < query.length``), and stops at the first
   character that starts no indexed word: 参数 was searched as 参 (first hit: an
   exercise on 参数量), 层和块 as 层, 自定义层 as 自定义. Its segments were also joined
   with ``"* "``, so every word but the last reached the query parser as ``层**`` and
   was reported missing. ``SEGMENT_CALL`` in the worker bundle is replaced by
   ``SEGMENT_FIXED``: the fewest words of the index that spell the run (a character
   that starts none stays a word of its own), joined with spaces (the theme adds one
   ``*`` per word). ``tests/test_search.py`` fails if the pinned theme's worker changes
   under this, and checks in Chromium that each query of its list answers with its page
   first by a margin, every query word highlighted, previews without code.
5. No word break where the separator splits already. The plugin's segmentation puts a
   U+200B around every run of Han characters and between jieba's words, so also beside
   spaces, punctuation and tags (3 bytes each; 39 % of them are dropped here, 11 % of the
   Chinese index's bytes, but only 2 % gzipped: gzip packs repeated breaks well).
   Chinese punctuation is in the separator (mkdocs.yml), so it is never part of a token
   (``GPU：``, ``cuda、mps、xpu`` were one token each, ``，`` and ``。`` tokens of their
   own); and a break is dropped where the character before or after it is one the
   separator's character class holds (white space, punctuation), where a tag ends before
   it or starts after it (the worker tokenizes the text between tags, each piece apart),
   and at the start or end of a field. Nothing else changes: ``tests/test_search.py``
   splits every field as the worker does, before and after, into the same tokens.
6. The index is fetched when the reader first uses search, not on every page load. The
   theme's bundle requests ``search/search_index.json`` as soon as it starts (its search
   worker is handed the index at once unless the page is a ``file:`` URL, and the
   in-page highlighter subscribes to it on every page, with or without ``?h=``). Two
   exact strings of the bundle are replaced (``LAZY_INDEX``): the worker gets the index
   when the search toggle first opens, as the theme already does for ``file:`` (focus or
   click in the search field, the search icon, the ``/``, ``s`` and ``f`` keys, a ``?q=``
   link: each opens it), and the highlighter asks for it only on a page opened with
   ``?h=`` (a search result followed). lunr's language files, which the worker loads with
   the index, wait too. ``tests/test_search.py`` fails if the pinned bundle changes under
   this, and checks in Chromium that a page load requests no index and that each of
   those ways of opening search does.

Runs once, after hooks/i18n_site.py has split the index per language (``<root>/search/
search_index.json``, locations relative to ``<root>/``).
"""

from __future__ import annotations

import html
import json
import keyword
import logging
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.i18n_build import nested_build  # noqa: E402
from hooks.theme_patch import patch_assets  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search_index")

# --- 1. code out of the previews, into the ``code`` field --------------------------------

CODE_DIV = re.compile(r'<div class="language-[\w-]+ highlight"')
EXCLUDE = ' data-search-exclude="code"'  # the plugin strips data-search-*="…" after indexing
HEADING = re.compile(r'<h[1-6]\b[^>]*\sid="([^"]+)"')
PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
SKIP_NAMES = set(keyword.kwlist) | {"print", "self"}

_code: dict[str, str] = {}  # search location (site-relative, as the index writes it) -> names


def code_names(code: str) -> list[str]:
    """The names a code listing uses, in order of first use, each once; ``#>`` lines
    (recorded output) and comments left out."""
    names: dict[str, None] = {}
    for line in code.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for name in NAME.findall(line.split(" #", 1)[0]):
            if name not in SKIP_NAMES and len(name) > 1:
                names.setdefault(name)
    return list(names)


def sections(content: str, url: str):
    """(search location, HTML) for each section as the search plugin cuts the page: at
    every heading with an id; the first heading's section is the page itself."""
    cuts = list(HEADING.finditer(content))
    if not cuts:
        yield url, content
        return
    yield url, content[: cuts[0].start()]
    for n, m in enumerate(cuts):
        end = cuts[n + 1].start() if n + 1 < len(cuts) else len(content)
        yield (url if n == 0 and not content[: m.start()].strip() else f"{url}#{m[1]}"), content[m.start():end]


# --- 2. what a page is about, on its own entry ------------------------------------------

_topic: dict[str, str] = {}  # page location -> its description and section titles


def page_topic(page) -> str:
    """The page's description (front matter) and the titles of its sections (h2)."""
    h1 = page.toc.items[0].children if len(page.toc.items) == 1 else page.toc.items
    titles = [html.unescape(TAG.sub("", item.title)) for item in h1]
    return " ".join([page.meta.get("description", ""), *titles]).strip()


@event_priority(10)  # before the search plugin (0) indexes page.content
def on_page_context(context, page, config, nav):
    if (page.meta.get("search") or {}).get("exclude") or not page.content:
        return context
    _topic[page.url] = page_topic(page)
    names: dict[str, dict[str, None]] = {}
    for location, part in sections(page.content, page.url):
        for block in PRE.findall(part):
            names.setdefault(location, {}).update(dict.fromkeys(code_names(html.unescape(TAG.sub("", block)))))
    _code.update((location, " ".join(n)) for location, n in names.items() if n)
    page.content = CODE_DIV.sub(lambda m: m[0] + EXCLUDE, page.content)
    return context


# --- 3. Chinese stop words indexed --------------------------------------------------------

STOP_WORDS_KEPT = {"zh"}  # index languages whose stop-word filter is left out of the pipeline

# --- 4. Chinese queries segmented into the index's words (worker bundle patch) -----------

SEGMENT_CALL = '[...fe(s,this.index.invertedIndex)].join("* ")'
# Fewest words of the index (keys of lunr's inverted index) that spell the Han run t; a
# character that starts no such word is a word of its own. c[j]: fewest words for t[0:j],
# p[j]: where the last of them starts.
SEGMENT_FIXED = (
    "((t,e)=>{let n=t.length,c=[0],p=[0],r=[];"
    "for(let j=1;j<=n;j++){c[j]=1/0;"
    "for(let i=j-1;i>=0;i--)if(c[i]+1<c[j]&&(i===j-1||t.slice(i,j)in e))c[j]=c[i]+1,p[j]=i}"
    "for(let j=n;j>0;j=p[j])r.unshift(t.slice(p[j],j));return r})"
    '(s,this.index.invertedIndex).join(" ")'
)


def patch_worker(site_dir: Path) -> int:
    return patch_assets(site_dir / "assets/javascripts/workers", "search.*.min.js", SEGMENT_CALL, SEGMENT_FIXED,
                        owner="hooks/search_index.py")


# --- 5. no word break where the separator splits already --------------------------------

BREAKS = re.compile("\u200b+")
SEGMENTED = ("title", "text", "topic")  # segmented with jieba: by the plugin, the topic by 2.
LEADING_CLASS = re.compile(r"\[(?:\\.|[^\\\]])*\]\+")  # the separator's opening [...]+
# JavaScript's \s, as the worker's `new RegExp(separator)` reads it (Python's str \s
# differs in a few control and format characters).
JS_SPACE = r"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
JS_ESCAPE = re.compile(r"\\.|\[|\]")


def js_regex(pattern: str) -> re.Pattern:
    """``pattern`` compiled to match as JavaScript's ``new RegExp(pattern)`` (no flags)
    does: ASCII ``\\b``, ``\\d`` and ``\\w``, JavaScript's white space for ``\\s``."""
    in_class = False

    def js(m: re.Match) -> str:
        nonlocal in_class
        if m[0] == "[":
            in_class = True
        elif m[0] == "]":
            in_class = False
        elif m[0] == "\\s":
            return JS_SPACE if in_class else f"[{JS_SPACE}]"
        return m[0]

    return re.compile(JS_ESCAPE.sub(js, pattern), re.ASCII)


def always_splits(separator: str) -> re.Pattern | None:
    """The one-character pattern of what ``separator`` splits on wherever it stands: its
    opening character class (``[\\s\\u200b…，。]+``); None if it has none."""
    m = LEADING_CLASS.match(separator)
    return js_regex(m[0][:-1]) if m else None


def drop_breaks(text: str, splits: re.Pattern) -> str:
    """``text`` without the U+200B that split nothing the separator does not: next to a
    character ``splits`` matches, after a tag's ``>`` or before a ``<``, at either end.
    (A run of breaks counts as one; one that stays is one.)"""

    def kept(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else ">"
        after = text[m.end()] if m.end() < len(text) else "<"
        if before == ">" or after == "<" or splits.fullmatch(before) or splits.fullmatch(after):
            return ""
        return "\u200b"

    return BREAKS.sub(kept, text)


def finish_index(path: Path, root: str, segment) -> int:
    """Add the ``code`` and ``topic`` fields to the entries of one language's index;
    Chinese keeps its stop words; word breaks that split nothing new are dropped.
    Returns the number of entries given code."""
    index = json.loads(path.read_text(encoding="utf-8"))
    splits = always_splits(index["config"]["separator"])
    if splits is None:
        log.warning("search separator has no leading [...]+ class: word breaks kept, re-check hooks/search_index.py")
    given = 0
    for doc in index["docs"]:
        topic = _topic.get(root + doc["location"])
        if topic:
            doc["topic"] = segment(topic)
        names = _code.get(root + doc["location"])
        if names:
            doc["code"] = names
            given += 1
        if splits is not None:
            for field in SEGMENTED:
                if field in doc:
                    doc[field] = drop_breaks(doc[field], splits)
    config = index["config"]
    if STOP_WORDS_KEPT & set(config["lang"]):
        config["pipeline"] = [fn for fn in config["pipeline"] if fn != "stopWordFilter"]
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return given


# --- 6. the index fetched when search is first used (bundle patch) ------------------------

# Material 9.8.2's bundle, names read from its source map (bundle.*.min.js.map): L merge,
# $ of, Je watchToggle, z combineLatest, Q startWith, we getLocation, g filter, b switchMap,
# m map; t is index$ in both functions, r the highlighter's location$.
LAZY_INDEX = [
    # integrations/search/worker: merge(of(location.protocol !== "file:"), watchToggle("search"))
    #   .pipe(first(active => active), switchMap(() => index$)): over http, at once.
    ('L($(location.protocol!=="file:"),Je("search")).pipe(Re(o=>o),b(()=>t))',
     'Je("search").pipe(Re(o=>o),b(()=>t))'),
    # components/search/highlight: combineLatest([index$, location$.pipe(startWith(getLocation()),
    #   filter(url => !!url.searchParams.get("h")))]) subscribes to index$ on every page.
    ('z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
     'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))'),
]


def patch_bundle(site_dir: Path) -> int:
    """The theme's bundle with ``LAZY_INDEX`` applied; the number of patches that applied."""
    return sum(patch_assets(site_dir / "assets/javascripts", "bundle.*.min.js", old, new, owner="hooks/search_index.py")
               for old, new in LAZY_INDEX)


@event_priority(-250)  # after hooks/i18n_site.py (-200) has split the index per language
def on_post_build(config, **kwargs) -> None:
    if nested_build(config):
        return  # a nested build of one language: the outer build finishes the indexes
    site_dir = Path(config.site_dir)
    search = config.plugins["material/search"].search_index
    given = 0
    for path in site_dir.glob("**/search/search_index.json"):
        root = path.parent.parent.relative_to(site_dir).as_posix()
        # segmented as the plugin segments titles and text (jieba, U+200B)
        given += finish_index(path, "" if root == "." else root + "/", search._segment_chinese)
    if _code and not given:
        log.warning("no search entry got its code names: section locations changed, re-check hooks/search_index.py")
    _code.clear()
    _topic.clear()
    if not patch_worker(site_dir):
        log.warning("search worker not patched: Chinese queries will be segmented wrongly")
    if patch_bundle(site_dir) != len(LAZY_INDEX):
        log.warning("Material bundle not fully patched: the search index may be fetched on every page load")
