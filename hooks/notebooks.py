"""MkDocs hook: every chapter page, in each language, also as a Jupyter notebook.

The notebooks are generated on every build from the page and its snippets, so they
cannot go stale and are never edited by hand:

- markdown cells: the page's prose in that language (anchors dropped, admonitions
  turned into plain paragraphs, links to other pages made absolute to the site);
- code cells: the page's code blocks in page order, i.e. the included snippets
  without their ``#>`` lines; those recorded lines become the cell's output, so the
  notebook reads like an executed one before anyone runs it.

mkdocs-jupyter (0.26.3) renders them with nbconvert's JupyterLab template: ~600 KB of
inlined CSS, its own copy-button script, MathJax and a mermaid import from a CDN.
``slim_notebook_html`` strips those and rewrites code cells as the theme's own code
blocks (``<div class="highlight"><pre><code>``), so notebook pages look like the
rest of the site, get the theme's copy button and make no third-party request;
headings get the page's anchors (nbconvert gives Chinese headings an empty id).

They are written to a temporary directory (never into the repo) and handed to
mkdocs-jupyter as pages ``<lang>/notebooks/<page>/`` with the ``.ipynb`` beside each
(``include_source``). mkdocs-static-i18n only localises files under ``docs/`` and
turns notebooks into raw copies (ultrabug/mkdocs-static-i18n#198), so this hook adds
the notebook pages after it has run and gives them the language alternates the
theme's language switcher needs.

``tests/test_notebooks.py`` executes every generated notebook and compares its
code cells and outputs with the page.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.api_links import resolve as resolve_api_links  # noqa: E402
from hooks.cache import cache_dir  # noqa: E402
from hooks.page_format import (  # noqa: E402
    ADMONITION,
    Code,
    MissingSnippet,
    Page,
    parse_page,
    snippet_text,
    split_output,
)

ANCHOR_ATTR = re.compile(r"\s*\{[^}]*#[A-Za-z0-9_-]+[^}]*\}\s*$")
MD_LINK = re.compile(r"\]\((?P<page>[\w./-]+)\.md(?P<anchor>#[\w-]+)?\)")
NOTEBOOK_DIR = "notebooks"
# Notebook metadata asking Colab for a GPU runtime, per page: Colab reads "accelerator"
# (keras-team/keras-io#1149: "notebooks will open a Colab GPU instance by default";
# googlecolab/colabtools#1026) and "colab.gpuType", which it writes itself when a notebook
# is saved with a T4 runtime (the free tier's GPU).
ACCELERATOR = {"gpu": {"accelerator": "GPU", "colab": {"gpuType": "T4"}}}
# "Open in Colab": Colab opens notebooks from GitHub only (/github/<owner>/<repo>/blob/<branch>/<path>;
# googlecolab/colabtools notebooks/colab-github-demo.ipynb), so the deploy workflow pushes every
# built .ipynb, at its path in the site, to this branch (.github/workflows/ci.yml, job notebooks).
COLAB_BRANCH = "notebooks"
# Pages without code (e.g. a glossary) get no notebook.


def notebook_blocks(page: Page) -> list[tuple[str, object]]:
    """The page as ("markdown", text) and ("code", [include targets]) in order: admonitions
    become a bold title and plain paragraphs, headings lose their { #anchor }."""
    blocks: list[tuple[str, object]] = []
    prose: list[str] = []
    admonition_indent: int | None = None  # an admonition's body may go on after a code block
    for block in page.blocks:
        if isinstance(block, Code):
            if prose:
                blocks.append(("markdown", "\n".join(prose)))
                prose = []
            blocks.append(("code", [inc.target for inc in block.includes]))
            continue
        for _, line in block.lines:
            a = ADMONITION.match(line)
            if a:
                title = a["title"] if a["title"] is not None else a["kind"].capitalize()
                prose.append(f"**{title}**" if title else "")
                prose.append("")
                admonition_indent = len(a["indent"]) + 4
                continue
            if admonition_indent is not None and line.strip() and not line.startswith(" " * admonition_indent):
                admonition_indent = None
            if admonition_indent is not None:
                line = line[admonition_indent:] if line.startswith(" " * admonition_indent) else line.strip()
            if line.lstrip().startswith("#"):
                line = ANCHOR_ATTR.sub("", line)
            prose.append(line)
    if prose:
        blocks.append(("markdown", "\n".join(prose)))
    return blocks


SITE_SRC = re.compile(r'(<img\b[^>]*\bsrc=")/(?!/)')


def absolute_links(text: str, page_url: str) -> str:
    def repl(m: re.Match) -> str:
        target = m["page"]
        path = "" if target == "index" else f"{target}/"
        return f"]({page_url}{path}{m['anchor'] or ''})"
    return MD_LINK.sub(repl, text)


def make_notebook(page: Path, snippets_dir: Path, *, lang: str, lang_url: str) -> dict | None:
    """The notebook for one page, as nbformat 4 JSON; None for a page without code."""
    parsed = parse_page(page, page.parents[2])
    blocks = notebook_blocks(parsed)
    if not any(kind == "code" for kind, _ in blocks):
        return None
    cells = []
    for kind, content in blocks:
        if kind == "markdown":
            text = re.sub(r"\n{3,}", "\n\n", resolve_api_links(absolute_links(content, lang_url))).strip("\n")
            # figures (<img src="/assets/...">): a downloaded notebook or Colab needs the full address
            text = SITE_SRC.sub(lambda m: m[1] + site_root(lang_url), text)
            if text:
                cells.append({"cell_type": "markdown", "metadata": {}, "source": text})
        else:
            code, output = split_output("\n".join(snippet_text(snippets_dir, t) for t in content))
            outputs = [{"output_type": "stream", "name": "stdout", "text": output}] if output else []
            cells.append({"cell_type": "code", "metadata": {}, "execution_count": None,
                          "outputs": outputs, "source": code})
    for i, cell in enumerate(cells):
        cell["id"] = f"{page.stem}-{i}"
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            **ACCELERATOR.get(page.stem, {}),
            "dlc": {"language": lang, "page": f"{lang_url}{'' if page.stem == 'index' else page.stem + '/'}",
                    "description": parsed.description,
                    "headings": [{"level": h.level, "id": h.anchor, "text": h.text}
                                 for h in parsed.headings if h.anchor]},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_notebooks(docs_dir: Path, snippets_dir: Path, out_dir: Path, *, lang: str, lang_url: str) -> list[Path]:
    written = []
    for page in sorted((docs_dir / lang).glob("*.md")):
        try:
            nb = make_notebook(page, snippets_dir, lang=lang, lang_url=lang_url)
        except MissingSnippet:
            continue  # the page itself fails to build, with pymdownx's message

        if nb is None:
            continue
        path = out_dir / lang / NOTEBOOK_DIR / f"{page.stem}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


# --- MkDocs events -------------------------------------------------------------------

_out = Path(tempfile.mkdtemp(prefix="dlc-notebooks-"))
atexit.register(shutil.rmtree, _out, ignore_errors=True)


def _languages(config) -> tuple[str, str, list[str]]:
    i18n = config.plugins["i18n"]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    langs = [lang.locale for lang in i18n.config.languages if lang.build]
    return i18n.current_language, default, langs


def _prefix(lang: str, default: str) -> str:
    return "" if lang == default else f"{lang}/"


class NotebookPage(File):
    def is_documentation_page(self) -> bool:
        return True


def on_pre_build(config, **kwargs) -> None:
    """Turn on mkdocs-jupyter's own cache of rendered notebooks, kept outside the repository.

    Rendering with nbconvert was ~70 % of a build. mkdocs-jupyter keys each entry by a hash
    of the notebook file and its rendering options, and evicts at the end of a build every
    entry that build did not use; with one folder for both languages, each language's build
    evicted the other's. So each language gets its own folder (and the versions of
    mkdocs-jupyter and nbconvert are part of its name): an entry is reused exactly when the
    generated notebook and the renderer are the same, and is never stale."""
    from importlib.metadata import version

    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        return
    current, _, _ = _languages(config)
    renderer = f"mkdocs-jupyter-{version('mkdocs-jupyter')}-nbconvert-{version('nbconvert')}"
    plugin.config["cache"] = True
    site = hashlib.sha256((config.site_url or "").encode()).hexdigest()[:12]  # serve's differs from build's
    plugin.config["cache_dir"] = str(cache_dir("notebook-html", renderer, site, current))


@event_priority(-150)  # after mkdocs-static-i18n (-100) has localised the docs files
def on_files(files, config):
    current, default, langs = _languages(config)
    docs_dir = Path(config.docs_dir)
    site = config.site_url or "/"
    shutil.rmtree(_out / current, ignore_errors=True)
    made = write_notebooks(docs_dir, docs_dir.parent / "snippets", _out, lang=current,
                           lang_url=f"{site}{_prefix(current, default)}")
    for nb in made:
        name = nb.stem
        rel = PurePosixPath(current, NOTEBOOK_DIR, nb.name).as_posix()
        dest = f"{_prefix(current, default)}{NOTEBOOK_DIR}/{name}/index.html"
        file = NotebookPage(rel, str(_out), config.site_dir, config.use_directory_urls,
                            dest_uri=dest, inclusion=InclusionLevel.NOT_IN_NAV)
        file.locale = current
        file.locale_alternate_of = current
        file.alternates = {lang: SimpleNamespace(url=f"{_prefix(lang, default)}{NOTEBOOK_DIR}/{name}/")
                           for lang in langs}
        files.append(file)
    return files


def colab_url(repo_url: str, path: str) -> str:
    """Colab's link to the notebook the deploy workflow publishes at ``path`` (its path in the site)."""
    repo = repo_url.rstrip("/").removeprefix("https://github.com/")
    return f"https://colab.research.google.com/github/{repo}/blob/{COLAB_BRANCH}/{path}"


def _page_date(page, config) -> None:
    """A chapter's last-updated date is that of the newest commit touching its Markdown file
    or a snippet it includes (the plugin looks at the Markdown file only, but a snippet or
    its recorded output changes the page too), formatted by the plugin in the page's locale.
    Idempotent: a notebook page asks for its chapter's date, whichever is rendered first."""
    plugin = config.plugins.get("git-revision-date-localized")
    if getattr(page, "dlc_dated", False) or plugin is None or not hasattr(plugin, "util") \
            or not page.meta.get("git_revision_date_localized"):
        return
    page.dlc_dated = True
    docs_dir = Path(config.docs_dir)
    md = docs_dir / page.file.src_uri
    try:
        snippets = [docs_dir.parent / "snippets" / inc.file
                    for block in parse_page(md, docs_dir.parent).blocks if isinstance(block, Code)
                    for inc in block.includes]
    except (OSError, ValueError):
        snippets = []
    import subprocess

    files = [str(f) for f in dict.fromkeys([md, *snippets])]
    stamp = subprocess.run(["git", "log", "-1", "--format=%at", "--", *files], cwd=docs_dir,
                           capture_output=True, text=True, check=False).stdout.strip()
    if stamp:  # nothing when outside git or not committed yet: the plugin's date stays
        locale = getattr(page.file, "locale", None) or plugin.config["locale"]
        formats = plugin.util.get_date_formats_for_timestamp(int(stamp), locale=locale, add_spans=True)
        page.meta["git_revision_date_localized"] = formats[plugin.config["type"]]
        raw = plugin.util.get_date_formats_for_timestamp(int(stamp), locale=locale, add_spans=False)
        page.meta.update({f"git_revision_date_localized_raw_{kind}": text for kind, text in raw.items()})


def on_page_context(context, page, config, nav):
    """Chapter pages link to their notebook: the rendered page, the .ipynb itself and the
    notebook in Colab. A notebook page gets its chapter's edit link and last-updated date."""
    current, default, _ = _languages(config)
    src = PurePosixPath(page.file.src_uri)
    if src.suffix == ".md":
        _page_date(page, config)
    if src.suffix == ".md" and (_out / current / NOTEBOOK_DIR / f"{src.stem}.ipynb").exists():
        base = f"{_prefix(current, default)}{NOTEBOOK_DIR}/{src.stem}/"
        download = f"{base}{src.stem}.ipynb"
        page.notebook = {"page": base, "download": download, "colab": colab_url(config.repo_url, download)}
    elif src.suffix == ".ipynb":
        download = f"{PurePosixPath(page.url)}/{src.name}"
        page.notebook = {"download": download, "colab": colab_url(config.repo_url, download),
                         "back": f"{_prefix(current, default)}{'' if src.stem == 'index' else src.stem + '/'}"}
        chapter_src = PurePosixPath(current, f"{src.stem}.md").as_posix()
        if config.repo_url and config.edit_uri:
            page.edit_url = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/{chapter_src}"
        chapter = next((p for p in nav.pages if p.file.src_uri == chapter_src), None)
        if chapter is not None:
            _page_date(chapter, config)
            for key, value in chapter.meta.items():
                if key.startswith("git_revision_date_localized"):
                    page.meta[key] = value
    return context


# --- Slimming mkdocs-jupyter's HTML ----------------------------------------------------

NB_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)
NB_SCRIPT = re.compile(r"<script(?![^>]*\bid=\"__config\")[^>]*>(?:(?!</script>).)*?"
                       r"(?:ClipboardCopyElement|clipboard-copy|MathJax|mathjax|mermaid)(?:(?!</script>).)*</script>"
                       r"|<script src=\"\">\s*</script>", re.S)
NB_CLIPBOARD = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
                          r'|<div class="clipboard-copy-txt" id="[^"]*">.*?</div>', re.S)
NB_CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre>(.*?)</pre></div>', re.S)
NB_HEADING = re.compile(r'<h(?P<level>[1-6]) id="[^"]*">(?P<text>.*?)<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>', re.S)
NB_COMMENT = re.compile(r"<!--.*?-->", re.S)
NB_TABSTOP = re.compile(r'(<div class="jp-Cell-inputWrapper") tabindex="0"')  # a useless Tab stop per cell
NB_CELL_ID = re.compile(r'id="cell-id=([\w-]+)"')  # "=" breaks the theme's copy-button selector
NB_PROMPT = re.compile(r'<div class="jp-(?:In|Out)putPrompt jp-(?:Input|Output)Area-prompt">[^<]*</div>')


def site_root(lang_url: str) -> str:
    """https://host/ of a language's URL (the default language's is the site's own)."""
    return re.match(r"[a-z]+://[^/]+/|/", lang_url)[0]


def slim_notebook_html(html: str, headings: list[dict], site_url: str = "") -> str:
    start, end = html.find("<article"), html.find("</article>")
    if start < 0 or end < 0:
        return html
    body = html[start:end]
    body = NB_STYLE.sub("", body)
    body = NB_SCRIPT.sub("", body)
    body = NB_CLIPBOARD.sub("", body)
    body = NB_PROMPT.sub("", body)
    body = NB_COMMENT.sub("", body)
    body = NB_CELL_ID.sub(r'id="cell-\1"', body)
    body = NB_TABSTOP.sub(r"\1", body)
    body = NB_CODE.sub(lambda m: f'<div class="highlight"><pre><code>{m[1].removeprefix("<span></span>")}</code></pre></div>', body)
    ids = iter(headings)

    def heading(m: re.Match) -> str:
        h = next(ids, None)
        anchor = h["id"] if h else f"h{m.start()}"
        return (f'<h{m["level"]} id="{anchor}">{m["text"]}'
                f'<a class="headerlink" href="#{anchor}" title="Permanent link">¶</a></h{m["level"]}>')

    body = NB_HEADING.sub(heading, body)
    if site_url:  # the notebook's figures, served by this site: no request off it
        body = body.replace(f'src="{site_root(site_url)}', 'src="/')
    return html[:start] + body + html[end:]


def _metadata(page) -> dict:
    return json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))["metadata"]["dlc"]


def _headings(page) -> list[dict]:
    return _metadata(page)["headings"]


def _toc_tokens(headings: list[dict], config) -> list[dict]:
    """The table of contents of the chapter page, made the way MkDocs makes it: its headings
    (markdown, e.g. with `inline code`) rendered by the site's own Markdown extensions, so
    the entries read exactly as on the chapter page (never raw backticks)."""
    import markdown

    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    md.convert("\n\n".join(f"{'#' * h['level']} {ANCHOR_ATTR.sub('', h['text'])} {{ #{h['id']} }}"
                            for h in headings))
    return md.toc_tokens


def on_page_content(html, page, config, files):
    """Give a notebook page the page's table of contents, with the page's anchors, and
    keep it out of search (its text is the chapter page's: every hit would come twice).

    In the nav, the notebook page sits under its chapter page (``page.parent``): while
    MkDocs renders the notebook page it marks it active, and with it its parent, so the
    theme shows the chapter's nav item as the current one (``md-nav__item--active``)."""
    if PurePosixPath(page.file.src_uri).suffix == ".ipynb":
        page.meta["search"] = {"exclude": True}
        page.meta["description"] = _metadata(page).get("description", "")
        from mkdocs.structure.toc import get_toc

        page.toc = get_toc(_toc_tokens(_headings(page), config))
        current, _, _ = _languages(config)
        chapter_src = PurePosixPath(current, f"{PurePosixPath(page.file.src_uri).stem}.md").as_posix()
        chapter = next((f.page for f in files.documentation_pages() if f.src_uri == chapter_src), None)
        if chapter is not None:
            page.parent = chapter
    return html


def on_post_page(output, page, config):
    if PurePosixPath(page.file.src_uri).suffix == ".ipynb":
        return slim_notebook_html(output, _headings(page), config.site_url or "")
    return output
