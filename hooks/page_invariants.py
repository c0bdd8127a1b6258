"""MkDocs hook: the rules that keep pages and snippets in step.

1. No code is typed inline: every fenced block in a page holds only
   ``--8<-- "chapter/file.py"`` (or ``"chapter/file.py:section"``) lines.
2. Every snippet file under ``snippets/`` is included by some page, and every
   named section of it is included too; every include points at a file (and
   section) that exists.
3. zh and en have the same pages, the same includes in the same order, and
   the same explicit heading anchors (every heading carries ``{ #ascii-id }``).
4. A file that pages include only by sections has no code between or before them
   (``page_format.code_outside_sections``): the page would not show it, and the notebook,
   which runs the sections in order, would not run it.
5. Every page starts with YAML front matter holding a ``description`` (the page's
   meta description). MkDocs silently renders front matter that fails to parse
   (say, an unquoted ``: `` inside the value) as page text; here it is an error.
6. A code block's ``hl_lines`` name lines that it shows: a single number or the start of a
   range is a code line (not blank, not a ``#>`` output line), and the end of a range is not
   blank. A snippet edited above a highlighted line shifts what the page highlights; this
   catches the shifts that land on a blank line, an output line or past the end.

Pages are read by ``page_format`` (the one parser of the page format).
``check(docs_dir, snippets_dir)`` returns one readable line per problem, naming the
file and line; the hook logs each one as a warning, so ``mkdocs build --strict`` fails
and ``mkdocs serve`` shows them while you write. The tests call the same function on
the real tree and on copies with planted violations.
"""

from __future__ import annotations

import difflib
import logging
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.i18n_build import nested_build  # noqa: E402
from hooks.page_format import (  # noqa: E402
    LANGS,
    OUTPUT_LINE,
    MissingSnippet,
    Page,
    code_outside_sections,
    read_pages,
    shown_lines,
    snippet_sections,
)

log = logging.getLogger("mkdocs.hooks.page_invariants")


def sequence_differences(kind: str, zh: Page, en: Page, zh_items: list, en_items: list) -> list[str]:
    """One line per item of ``en`` that is missing, extra or out of order compared with ``zh``.

    Items are ``(value, line)`` pairs; the message names the en page and line (or, for a
    missing item, where zh has it)."""
    a, b = [v for v, _ in zh_items], [v for v, _ in en_items]
    out: list[str] = []
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    deleted = [v for tag, i1, i2, _, _ in ops if tag in ("delete", "replace") for v in a[i1:i2]]
    inserted = [v for tag, _, _, j1, j2 in ops if tag in ("insert", "replace") for v in b[j1:j2]]
    moved = set(deleted) & set(inserted)
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        for value, line in zh_items[i1:i2]:
            if value not in moved:
                out.append(f"{en.rel}: {kind} {value!r} is missing (it is at {zh.rel}:{line})")
        for value, line in en_items[j1:j2]:
            if value in moved:
                zh_line = next(n for v, n in zh_items if v == value)
                out.append(f"{en.rel}:{line}: {kind} {value!r} is out of order ({zh.rel} has it at line {zh_line})")
            else:
                out.append(f"{en.rel}:{line}: {kind} {value!r} is extra (not in {zh.rel})")
    return out


def check(docs_dir: Path, snippets_dir: Path) -> list[str]:
    docs_dir, snippets_dir = Path(docs_dir), Path(snippets_dir)
    errors: list[str] = []
    pages: dict[str, dict[str, Page]] = {lang: read_pages(docs_dir, lang) for lang in LANGS}
    for lang in LANGS:
        for page in pages[lang].values():
            errors.extend(page.errors())

    zh, en = pages["zh"], pages["en"]
    for name in sorted(set(zh) ^ set(en)):
        have, lack = ("zh", "en") if name in zh else ("en", "zh")
        errors.append(f"docs/{have}/{name}: page has no {lack} counterpart (expected docs/{lack}/{name})")
    for name in sorted(set(zh) & set(en)):
        a, b = zh[name], en[name]
        errors += sequence_differences("include", a, b, [(i.target, i.line) for i in a.includes],
                                       [(i.target, i.line) for i in b.includes])
        errors += sequence_differences("anchor", a, b, [(h.anchor, h.line) for h in a.headings if h.anchor],
                                       [(h.anchor, h.line) for h in b.headings if h.anchor])

    used: dict[str, set[str | None]] = {}
    texts: dict[str, str] = {}  # each included snippet file, read once
    sections: dict[str, dict] = {}
    for lang in LANGS:
        for page in pages[lang].values():
            for inc in page.includes:
                used.setdefault(inc.file, set()).add(inc.section)
                path = snippets_dir / inc.file
                if not path.is_file():
                    errors.append(f"{page.rel}:{inc.line}: includes missing snippet file snippets/{inc.file}")
                    continue
                if inc.file not in sections:
                    texts[inc.file] = path.read_text(encoding="utf-8")
                    sections[inc.file] = snippet_sections(texts[inc.file])
                if inc.section and inc.section not in sections[inc.file]:
                    errors.append(f"{page.rel}:{inc.line}: includes missing section '{inc.section}' of snippets/{inc.file}")
            errors.extend(highlight_problems(page, texts))

    for path in sorted(snippets_dir.rglob("*.py")):
        rel = path.relative_to(snippets_dir).as_posix()
        if rel not in used:
            errors.append(f"snippets/{rel}: not included by any page")
            continue
        if None not in used[rel]:
            for section in sections[rel]:
                if section not in used[rel]:
                    errors.append(f"snippets/{rel}: section '{section}' is not included by any page")
            if lines := code_outside_sections(texts[rel]):
                errors.append(f"snippets/{rel}:{lines[0]}: code outside the sections the pages include "
                              f"(lines {', '.join(map(str, lines[:5]))}{'…' if len(lines) > 5 else ''}): no page shows "
                              "it and the notebook never runs it; put it inside a section (the first may start at line 1)")
    return errors


HL_LINES = re.compile(r'\bhl_lines="([^"]*)"')


def highlight_problems(page: Page, texts: dict[str, str]) -> list[str]:
    """Rule 6: each ``hl_lines`` number must point at a code line of what the block shows.
    ``texts``: the included snippet files' texts, as ``check`` has read them."""
    out: list[str] = []
    for block in page.code_blocks:
        m = HL_LINES.search(block.info)
        if not m:
            continue
        try:
            shown = [line for inc in block.includes for line in shown_lines(texts[inc.file], inc.target)[0]]
        except (KeyError, MissingSnippet):
            continue  # reported as a missing include or a missing section
        for part in m[1].split():
            first, _, last = part.partition("-")
            # a range may span blank lines and end on the output of its last print
            ends = [(int(first), False)] + ([(int(last), True)] if last else [])
            for n, may_be_output in ends:
                if n > len(shown):
                    why = f"past the end of the block's {len(shown)} lines"
                elif not shown[n - 1].strip():
                    why = "a blank line"
                elif OUTPUT_LINE.match(shown[n - 1]) and not may_be_output:
                    why = "a #> output line"
                else:
                    continue
                out.append(f"{page.rel}:{block.line}: hl_lines highlights line {n}, {why}; "
                           "fix the numbers after editing the snippet")
    return out


def on_pre_build(config, **kwargs) -> None:
    if nested_build(config):
        return  # the plugin's nested build of the other language: checked already
    docs_dir = Path(config.docs_dir)
    for message in check(docs_dir, docs_dir.parent / "snippets"):
        log.warning(message)
