"""MkDocs hook: the rules that keep pages and snippets in step.

1. No code is typed inline: every fenced block in a page holds only
   ``--8<-- "chapter/file.py"`` (or ``"chapter/file.py:section"``) lines.
2. Every snippet file under ``snippets/`` is included by some page, and every
   named section of it is included too; every include points at a file (and
   section) that exists.
3. zh and en have the same pages, the same includes in the same order, and
   the same explicit heading anchors (every heading carries ``{ #ascii-id }``).
4. Every page starts with YAML front matter holding a ``description`` (the page's
   meta description). MkDocs silently renders front matter that fails to parse
   (say, an unquoted ``: `` inside the value) as page text; here it is an error.

``check(docs_dir, snippets_dir)`` returns readable messages that name the
file; the hook logs each one as a warning, so ``mkdocs build --strict`` fails
and ``mkdocs serve`` shows them while you write. The tests call the same
function on the real tree and on copies with planted violations.
"""

from __future__ import annotations

import logging
import re

import yaml
from dataclasses import dataclass, field
from pathlib import Path

LANGS = ("zh", "en")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
ANCHOR = re.compile(r"\{[^}]*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}\s*$")
FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)
SECTION = re.compile(r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w-]+)\]\s*$")

log = logging.getLogger("mkdocs.hooks.page_invariants")


@dataclass
class Page:
    path: Path
    includes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_page(path: Path, root: Path) -> Page:
    page = Page(path)
    rel = path.relative_to(root).as_posix()
    text = path.read_text(encoding="utf-8")
    page.errors.extend(check_front_matter(text, rel))
    fence: str | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        m = FENCE.match(line)
        if fence is None and m:
            fence = m["fence"]
            continue
        if fence is not None:
            if m and m["fence"].startswith(fence) and not m["info"].strip():
                fence = None
                continue
            inc = INCLUDE.match(line)
            if inc:
                page.includes.append(inc["target"])
            elif line.strip():
                page.errors.append(
                    f"{rel}:{lineno}: code typed inline; put it in a file under snippets/ "
                    f'and include it with --8<-- "chapter/file.py"'
                )
            continue
        inc = INCLUDE.match(line)
        if inc:
            page.errors.append(f"{rel}:{lineno}: include outside a code fence")
            continue
        h = HEADING.match(line)
        if h:
            a = ANCHOR.search(h["text"])
            if a:
                page.anchors.append(a["id"])
            else:
                page.errors.append(f"{rel}:{lineno}: heading without an explicit {{ #anchor }}: {line.strip()}")
    if fence is not None:
        page.errors.append(f"{rel}: code fence opened and never closed")
    return page


def check_front_matter(text: str, rel: str) -> list[str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return [f"{rel}:1: no front matter; start the page with ---, description: …, ---"]
    try:
        meta = yaml.safe_load(m["yaml"])
    except yaml.YAMLError as exc:
        return [f"{rel}: front matter is not valid YAML (quote the value): {str(exc).splitlines()[0]}"]
    if not isinstance(meta, dict) or not isinstance(meta.get("description"), str) or not meta["description"].strip():
        return [f"{rel}: front matter has no description"]
    return []


def snippet_sections(path: Path) -> list[str]:
    return [m["name"] for line in path.read_text(encoding="utf-8").splitlines()
            if (m := SECTION.match(line)) and m["kind"] == "start"]


def check(docs_dir: Path, snippets_dir: Path) -> list[str]:
    docs_dir, snippets_dir = Path(docs_dir), Path(snippets_dir)
    root = docs_dir.parent
    errors: list[str] = []
    pages: dict[str, dict[str, Page]] = {}
    for lang in LANGS:
        lang_dir = docs_dir / lang
        pages[lang] = {p.relative_to(lang_dir).as_posix(): parse_page(p, root)
                       for p in sorted(lang_dir.rglob("*.md"))}
        for page in pages[lang].values():
            errors.extend(page.errors)

    zh, en = pages["zh"], pages["en"]
    for name in sorted(set(zh) ^ set(en)):
        have, lack = ("zh", "en") if name in zh else ("en", "zh")
        errors.append(f"docs/{have}/{name}: page has no {lack} counterpart (expected docs/{lack}/{name})")
    for name in sorted(set(zh) & set(en)):
        a, b = zh[name], en[name]
        if a.includes != b.includes:
            errors.append(
                f"docs/en/{name}: snippet includes differ from docs/zh/{name}:\n"
                f"  zh: {a.includes}\n  en: {b.includes}"
            )
        if a.anchors != b.anchors:
            errors.append(
                f"docs/en/{name}: heading anchors differ from docs/zh/{name}:\n"
                f"  zh: {a.anchors}\n  en: {b.anchors}"
            )

    used: dict[str, set[str | None]] = {}
    for lang in LANGS:
        for name, page in pages[lang].items():
            for target in page.includes:
                file, _, section = target.partition(":")
                used.setdefault(file, set()).add(section or None)
                path = snippets_dir / file
                if not path.is_file():
                    errors.append(f"docs/{lang}/{name}: includes missing snippet file snippets/{file}")
                elif section and section not in snippet_sections(path):
                    errors.append(f"docs/{lang}/{name}: includes missing section '{section}' of snippets/{file}")

    for path in sorted(snippets_dir.rglob("*.py")):
        rel = path.relative_to(snippets_dir).as_posix()
        if rel not in used:
            errors.append(f"snippets/{rel}: not included by any page")
            continue
        if None not in used[rel]:
            for section in snippet_sections(path):
                if section not in used[rel]:
                    errors.append(f"snippets/{rel}: section '{section}' is not included by any page")
    return errors


def on_pre_build(config, **kwargs) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # the plugin's nested build of the other language: checked already
    docs_dir = Path(config.docs_dir)
    for message in check(docs_dir, docs_dir.parent / "snippets"):
        log.warning(message)
