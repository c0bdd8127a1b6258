"""Source, licence, freshness and Colab, on the built site.

- The licence texts are in the repository (LICENSE: MIT-0 for the code, LICENSE-docs:
  CC BY 4.0 for the text) and every page's footer names both, in the page's language.
- Every page links to the repository, and to its own source file in its own language
  (docs/zh/x.md or docs/en/x.md; a notebook page to its chapter's) as its edit link; no
  page asks api.github.com for repository facts (the theme does, for
  data-md-component="source": overrides/partials/source.html leaves it out).
- Every page from docs/ (and every notebook page) shows its last-updated date in its
  language: the date of the newest commit of the page's Markdown file or of a snippet it
  includes.
- Every page with a notebook links to it in Colab, at the path on the branch that the
  ``notebooks`` job of ci.yml pushes; running that job's "Collect" step on the built site
  publishes exactly those paths. The GPU notebook asks Colab for a GPU runtime.

Each check is a function returning the problems it finds, run on the real site (none)
and on a planted defect (reported).
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from babel.dates import format_date

from hooks.page_format import Code, parse_page
from tests.conftest import ROOT

pytestmark = pytest.mark.build

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
REPO = CONFIG["repo_url"].rstrip("/")
EDIT = f"{REPO}/{CONFIG['edit_uri'].strip('/')}/"
CI = ROOT / ".github/workflows/ci.yml"
LICENCE_LINKS = {  # what each language's footer links to
    "zh": ("https://creativecommons.org/licenses/by/4.0/deed.zh-hans", f"{REPO}/blob/main/LICENSE"),
    "en": ("https://creativecommons.org/licenses/by/4.0/", f"{REPO}/blob/main/LICENSE"),
}
LICENCE_WORDS = {"zh": "许可", "en": "Text under"}
CREDIT = {"zh": "本站使用 <a", "en": "Made with <a"}  # the theme credit (overrides/partials/copyright.html)
UPDATED = {"zh": "最后更新：", "en": "Last update: "}
DATE = {"zh": r"\d{4}年\d{1,2}月\d{1,2}日", "en": r"[A-Z][a-z]+ \d{1,2}, \d{4}"}


def pages(site: Path) -> dict[str, str]:
    """Every HTML page but the 404 pages, by path in the site."""
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.rglob("*.html")) if p.name != "404.html"}


def language(html: str) -> str:
    return re.search(r'<html lang="(\w+)"', html)[1]


def source_of(path: str) -> str:
    """The docs/ file a page is built from: ``en/notebooks/gpu/index.html`` -> docs/en/gpu.md."""
    parts = path.split("/")[:-1]  # drop index.html
    lang = "en" if parts[:1] == ["en"] else "zh"
    parts = parts[1:] if lang == "en" else parts
    if parts[:1] == ["notebooks"]:
        parts = parts[1:]
    return f"docs/{lang}/{parts[0] if parts else 'index'}.md"


def is_notebook_page(path: str) -> bool:
    return "notebooks/" in path


# --- licence ----------------------------------------------------------------------------


def test_licence_files():
    code, text = (ROOT / "LICENSE").read_text(), (ROOT / "LICENSE-docs").read_text()
    assert code.startswith("MIT No Attribution\n\nCopyright 2026 ")
    assert "and to permit persons to whom the Software is furnished to do so." in " ".join(code.split())
    assert "Creative Commons Attribution 4.0 International Public License" in text
    assert "https://creativecommons.org/licenses/by/4.0/legalcode.txt" in text
    assert "Section 8 -- Interpretation." in text  # the whole legal code, not a summary
    readme = (ROOT / "README.md").read_text()
    assert 0 < readme.index("\n## Licence\n") < readme.index("\n## Lighthouse\n")


def footer_problems(path: str, html: str) -> list[str]:
    lang = language(html)
    m = re.search(r'<div class="md-copyright__highlight">(.*?)</div>', html, re.S)
    if not m:
        return [f"{path}: no licence line in the footer"]
    links = re.findall(r'href="([^"]+)"', m[1])
    problems = []
    if tuple(links) != LICENCE_LINKS[lang]:
        problems.append(f"{path}: footer links {links}")
    if LICENCE_WORDS[lang] not in m[1]:
        problems.append(f"{path}: footer not in {lang}")
    credit = re.search(r'<div class="md-copyright">.*?</div>(.*?)</div>', html, re.S)
    if not credit or CREDIT[lang] not in " ".join(credit[1].split()):
        problems.append(f"{path}: theme credit not in {lang}")
    return problems


def test_footer_licence_line_in_the_page_language(built_site):
    site = pages(built_site)
    assert {language(h) for h in site.values()} == {"zh", "en"}
    assert [p for path, html in site.items() for p in footer_problems(path, html)] == []

    html = site["en/gpu/index.html"]
    zh_footer = re.search(r'<div class="md-copyright__highlight">.*?</div>', site["gpu/index.html"], re.S)[0]
    planted = re.sub(r'<div class="md-copyright__highlight">.*?</div>', zh_footer, html, count=1, flags=re.S)
    assert footer_problems("en/gpu/index.html", planted) == [
        f"en/gpu/index.html: footer links {list(LICENCE_LINKS['zh'])}",
        "en/gpu/index.html: footer not in en",
    ]


# --- repository and edit links ----------------------------------------------------------


def link_problems(path: str, html: str) -> list[str]:
    problems = []
    if not re.search(rf'<a href="{re.escape(REPO)}" title="[^"]+" class="md-source"[^>]*>', html):
        problems.append(f"{path}: no repository link")
    if 'data-md-component="source"' in html or "api.github.com" in html:
        problems.append(f"{path}: the theme fetches repository facts from api.github.com")
    edits = re.findall(r'<a href="([^"]+)" title="[^"]+" class="md-content__button md-icon" rel="edit">', html)
    expected = EDIT + source_of(path).removeprefix("docs/")
    if edits != [expected]:
        problems.append(f"{path}: edit links {edits}, expected [{expected}]")
    elif not (ROOT / source_of(path)).is_file():
        problems.append(f"{path}: edit link to a missing file {source_of(path)}")
    return problems


def test_repository_and_edit_links(built_site):
    site = pages(built_site)
    assert "notebooks/gpu/index.html" in site and "en/notebooks/gpu/index.html" in site
    assert [p for path, html in site.items() for p in link_problems(path, html)] == []

    html = site["en/gpu/index.html"]
    planted = html.replace("/docs/en/gpu.md", "/docs/zh/gpu.md").replace('class="md-source"', 'class="md-source" data-md-component="source"')
    assert link_problems("en/gpu/index.html", planted) == [
        "en/gpu/index.html: the theme fetches repository facts from api.github.com",
        f"en/gpu/index.html: edit links ['{EDIT}zh/gpu.md'], expected [{EDIT}en/gpu.md]",
    ]
    assert link_problems("en/gone/index.html", html.replace("/docs/en/gpu.md", "/docs/en/gone.md")) == [
        "en/gone/index.html: edit link to a missing file docs/en/gone.md"]


def test_source_partial_is_the_theme_s_without_the_fetch():
    """Tripwire: the theme's partial still marks the link for its api.github.com fetch, its
    bundle still makes it, and the override is the theme's partial minus that attribute."""
    import material

    theme = Path(material.__file__).parent / "templates"
    upstream = (theme / "partials/source.html").read_text()
    assert 'data-md-component="source"' in upstream
    assert any("api.github.com" in js.read_text() for js in (theme / "assets/javascripts").glob("bundle.*.min.js"))

    def norm(template: str) -> str:
        return " ".join(re.sub(r"\{#.*?#\}", "", template, flags=re.S).split())

    ours = (ROOT / "overrides/partials/source.html").read_text()
    assert norm(ours) == norm(upstream.replace(' data-md-component="source"', ""))


# --- last-updated date ------------------------------------------------------------------


def expected_date(source: str, lang: str) -> str:
    md = ROOT / source
    snippets = [f"snippets/{inc.file}" for block in parse_page(md, ROOT).blocks
                if isinstance(block, Code) for inc in block.includes]
    day = datetime.fromtimestamp(git_time(source, *dict.fromkeys(snippets)), tz=timezone.utc).date()
    return format_date(day, format="long", locale=lang)


def date_problems(path: str, html: str, expected: str) -> list[str]:
    lang = language(html)
    m = re.search(r'<aside class="md-source-file">(.*?)</aside>', html, re.S)
    text = re.sub(r"<[^>]+>", "", m[1]).split() if m else []
    shown = " ".join(text).replace("： ", "：")
    if not m:
        return [f"{path}: no last-updated date"]
    if not re.fullmatch(re.escape(UPDATED[lang].strip()) + r"\s?" + DATE[lang], shown):
        return [f"{path}: {shown!r} is not a date in {lang}"]
    if not shown.endswith(expected):
        return [f"{path}: {shown!r}, expected {expected!r}"]
    return []


def test_last_updated_date_in_the_page_language(built_site):
    site = pages(built_site)
    expected = {}
    problems = []
    for path, html in site.items():
        source = source_of(path)
        if source not in expected:
            expected[source] = expected_date(source, language(html))
        problems += date_problems(path, html, expected[source])
    assert problems == []
    assert expected["docs/zh/gpu.md"] != expected["docs/en/gpu.md"]  # each in its language

    html = site["en/gpu/index.html"]
    assert date_problems("x", html.replace(expected["docs/en/gpu.md"], expected["docs/zh/gpu.md"]),
                         expected["docs/en/gpu.md"]) == [f"x: 'Last update: {expected['docs/zh/gpu.md']}' is not a date in en"]
    assert date_problems("x", html.replace(expected["docs/en/gpu.md"], "January 1, 2000"), expected["docs/en/gpu.md"]) == [
        f"x: 'Last update: January 1, 2000', expected {expected['docs/en/gpu.md']!r}"]
    assert date_problems("x", re.sub(r'<aside class="md-source-file">.*?</aside>', "", html, flags=re.S), "") == [
        "x: no last-updated date"]


def git_time(*paths: str) -> int:
    """The newest commit time of ``paths``; now for files not committed yet (the plugin falls
    back to the build date for them)."""
    out = subprocess.run(["git", "log", "-1", "--format=%at", "--", *paths],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    return int(out) if out else int(datetime.now(timezone.utc).timestamp())


def test_page_date_counts_the_snippets(tmp_path):
    """hooks/notebooks.py dates a page by its newest commit of the page or of a snippet it
    includes, in the page's locale. In a repository of its own (a page and a snippet, each
    committed at a known time); the plugin's formatting is replaced by the timestamp itself."""
    from types import SimpleNamespace

    from hooks import notebooks

    (tmp_path / "docs/en").mkdir(parents=True)
    (tmp_path / "snippets/ch").mkdir(parents=True)
    page_md = tmp_path / "docs/en/p.md"
    page_md.write_text('# P\n\n```python title="ch/a.py"\n--8<-- "ch/a.py"\n```\n')
    (tmp_path / "snippets/ch/a.py").write_text("print(1)\n")

    def commit(path: str, stamp: int) -> None:
        env = {"GIT_AUTHOR_DATE": f"{stamp} +0000", "GIT_COMMITTER_DATE": f"{stamp} +0000", "PATH": "/usr/bin:/bin",
               "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
        for cmd in (["git", "add", path], ["git", "commit", "-q", "-m", path]):
            subprocess.run(cmd, cwd=tmp_path, env=env, check=True, capture_output=True)

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit("docs/en/p.md", 1_700_000_000)
    commit("snippets/ch/a.py", 1_700_100_000)  # the snippet changes later than its page

    class Util:
        def get_date_formats_for_timestamp(self, stamp, locale, add_spans):
            return {"date": f"{locale} {stamp}"}

    def dated() -> str:
        plugin = SimpleNamespace(util=Util(), config={"locale": "zh", "type": "date"})
        config = SimpleNamespace(plugins={"git-revision-date-localized": plugin}, docs_dir=str(tmp_path / "docs"))
        page = SimpleNamespace(file=SimpleNamespace(src_uri="en/p.md", locale="en"),
                               meta={"git_revision_date_localized": "the page's own date"})
        notebooks._page_date(page, config)
        assert page.meta["git_revision_date_localized_raw_date"] == page.meta["git_revision_date_localized"]
        return page.meta["git_revision_date_localized"]

    assert dated() == "en 1700100000"
    page_md.write_text(page_md.read_text() + "More.\n")
    commit("docs/en/p.md", 1_700_200_000)
    assert dated() == "en 1700200000"


# --- Colab ------------------------------------------------------------------------------


def notebooks_job() -> dict:
    return yaml.safe_load(CI.read_text(encoding="utf-8"))["jobs"]["notebooks"]


def colab_problems(path: str, html: str, branch: str) -> list[str]:
    downloads = re.findall(r'<a class="md-button md-button--primary" href="([^"]+\.ipynb)" download>', html)
    colab = re.findall(r'href="(https://colab\.research\.google\.com/[^"]+)"', html)
    if not downloads:
        return [f"{path}: no notebook"]
    target = (Path("/" + path).parent / downloads[0]).resolve().as_posix().lstrip("/")
    expected = f"https://colab.research.google.com/github/{REPO.removeprefix('https://github.com/')}/blob/{branch}/{target}"
    return [] if colab == [expected] else [f"{path}: Colab links {colab}, expected [{expected}]"]


def test_open_in_colab_on_every_chapter_page(built_site):
    branch = notebooks_job()["env"]["BRANCH"]
    site = pages(built_site)
    chapters = [path for path in site if not is_notebook_page(path)
                and any(isinstance(b, Code) and b.includes for b in parse_page(ROOT / source_of(path), ROOT).blocks)]
    assert len(chapters) >= 16 and {language(site[p]) for p in chapters} == {"zh", "en"}
    with_notebook = chapters + [path for path in site if is_notebook_page(path)]
    assert [p for path in with_notebook for p in colab_problems(path, site[path], branch)] == []
    assert not any("colab.research.google.com" in site[p] for p in site if p not in with_notebook)

    html = site["en/gpu/index.html"]
    assert colab_problems("en/gpu/index.html", html.replace("blob/notebooks/en/", "blob/main/en/"), branch) == [
        (f"en/gpu/index.html: Colab links ['{colab_url('main', 'en/notebooks/gpu/gpu.ipynb')}'], "
         f"expected [{colab_url(branch, 'en/notebooks/gpu/gpu.ipynb')}]")]


def colab_url(branch: str, path: str) -> str:
    return f"https://colab.research.google.com/github/{REPO.removeprefix('https://github.com/')}/blob/{branch}/{path}"


def published(site: Path, tmp_path: Path) -> set[str]:
    """Run the notebooks job's "Collect" step on a built site: the paths it publishes."""
    job = notebooks_job()
    step = next(s for s in job["steps"] if s.get("name") == "Collect the notebooks")
    work = tmp_path / "job"
    work.mkdir(parents=True)
    (work / "site").symlink_to(site, target_is_directory=True)
    subprocess.run(["bash", "-e", "-c", step["run"]], cwd=work, check=True, timeout=60)
    return {p.relative_to(work / "publish").as_posix() for p in (work / "publish").rglob("*.ipynb")}


def test_workflow_publishes_the_linked_notebooks(built_site, tmp_path):
    job = notebooks_job()
    branch = job["env"]["BRANCH"]
    assert job["permissions"] == {"contents": "write"} and job["needs"] == "deploy"
    assert job["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    download = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/download-artifact@"))
    assert download["with"]["name"] == "github-pages"  # upload-pages-artifact's default name
    push = next(s for s in job["steps"] if s.get("name") == "Push the notebooks branch")
    assert push["working-directory"] == "publish" and '"HEAD:refs/heads/$BRANCH"' in push["run"]
    linked = {u.split(f"/blob/{branch}/", 1)[1] for html in pages(built_site).values()
              for u in re.findall(r'href="(https://colab\.research\.google\.com/[^"]+)"', html)}
    assert len(linked) >= 16
    assert published(built_site, tmp_path) == linked

    # Planted: a site whose notebooks are missing publishes nothing and the step fails.
    empty = tmp_path / "empty-site"
    empty.mkdir()
    with pytest.raises(subprocess.CalledProcessError):
        published(empty, tmp_path / "planted")


def test_build_job_has_the_full_history():
    jobs = yaml.safe_load(CI.read_text(encoding="utf-8"))["jobs"]
    for name in ("test", "build"):
        checkout = next(s for s in jobs[name]["steps"] if str(s.get("uses", "")).startswith("actions/checkout@"))
        assert checkout["with"]["fetch-depth"] == 0, name


def test_gpu_notebook_asks_for_a_gpu(built_site):
    for lang in ("", "en/"):
        for nb in sorted((built_site / lang / "notebooks").glob("*/*.ipynb")):
            meta = json.loads(nb.read_text(encoding="utf-8"))["metadata"]
            if nb.stem == "gpu":
                assert meta["accelerator"] == "GPU" and meta["colab"]["gpuType"] == "T4", nb
            else:
                assert "accelerator" not in meta and "colab" not in meta, nb
