"""The page format, parsed in one place.

Not a hook itself (``mkdocs.yml`` does not list it): the page rules
(``page_invariants.py``), the notebook generator (``notebooks.py``), the stale-output
check (``snippet_outputs.py``) and the tests all read pages and snippets through this
module, so a change to the format is made here once.

A page, ``docs/<lang>/<name>.md``:

- starts with YAML front matter holding a one-sentence ``description``;
- has headings that each end in an explicit anchor, ``## Title { #ascii-id }``;
- has fenced code blocks that hold only include lines, ``--8<-- "chapter/file.py"`` or
  ``--8<-- "chapter/file.py:section"`` (pymdownx.snippets); the fence's info string
  (``python title="…" hl_lines="…"``) is free;
- everything else is prose: paragraphs, lists, tables, admonitions (``!!! kind "Title"``,
  ``??? kind "Title"``, ``???+ …``) whose body is indented by four spaces. A blank line
  follows each code block (without one, Markdown glues the next line to the block). A prose line
  that names a section marker writes it ``;--8<-- [start:name]``: pymdownx.snippets reads
  an unescaped one as a marker and drops the whole line from the page.

A snippet, ``snippets/<chapter>/<file>.py``: Python whose recorded output sits in ``#>``
comment lines under each ``print``; a part of it can be marked as a section with
``# --8<-- [start:name]`` … ``# --8<-- [end:name]`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pymdownx.snippets import SnippetPreprocessor

LANGS = ("zh", "en")

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
ANCHOR = re.compile(r"\s*\{[^}]*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}\s*$")
FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)
# pymdownx.snippets' own test of a section-marker line (in the page as in a snippet).
MARKER_IN_TEXT = SnippetPreprocessor.RE_SNIPPET_SECTION
ADMONITION = re.compile(r'^(?P<indent>\s*)(?P<marker>!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
SECTION = re.compile(r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w-]+)\]\s*$")
OUTPUT_LINE = re.compile(r"^\s*#>(?: |$)")


# --- pages -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Include:
    target: str  # "chapter/file.py" or "chapter/file.py:section"
    line: int

    @property
    def file(self) -> str:
        return self.target.partition(":")[0]

    @property
    def section(self) -> str | None:
        return self.target.partition(":")[2] or None


@dataclass
class Heading:
    level: int
    text: str  # without the { #anchor }
    anchor: str | None
    line: int


@dataclass
class Code:
    """A fenced code block: its include lines, and the lines typed into it by hand."""
    line: int
    info: str
    includes: list[Include] = field(default_factory=list)
    typed: list[int] = field(default_factory=list)
    end: int | None = None  # the closing fence's line


@dataclass
class Prose:
    """Consecutive lines outside code fences (front matter excluded), as (line number, text)."""
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Page:
    path: Path
    rel: str  # the path shown in messages, e.g. "docs/en/gpu.md"
    meta: dict | None
    meta_error: str | None
    blocks: list[Prose | Code]
    headings: list[Heading]
    stray_includes: list[int]  # include lines outside a code fence
    unclosed_fence: int | None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def code_blocks(self) -> list[Code]:
        return [b for b in self.blocks if isinstance(b, Code)]

    @property
    def includes(self) -> list[Include]:
        return [inc for block in self.code_blocks for inc in block.includes]

    @property
    def anchors(self) -> list[str]:
        return [h.anchor for h in self.headings if h.anchor]

    @property
    def description(self) -> str:
        value = (self.meta or {}).get("description")
        return value.strip() if isinstance(value, str) else ""

    def errors(self) -> list[str]:
        """Everything in this page that breaks the format, one readable message each."""
        out: list[str] = []
        if self.meta_error:
            out.append(f"{self.rel}{self.meta_error}")
        elif not self.description:
            out.append(f"{self.rel}: front matter has no description")
        for block in self.code_blocks:
            out.extend(f"{self.rel}:{n}: code typed inline; put it in a file under snippets/ "
                       f'and include it with --8<-- "chapter/file.py"' for n in block.typed)
        out.extend(f"{self.rel}:{n}: include outside a code fence" for n in self.stray_includes)
        for block, after in zip(self.blocks, self.blocks[1:]):
            # prose collected after a code block starts on the line under its closing fence
            if isinstance(block, Code) and isinstance(after, Prose) and after.lines[0][1].strip():
                out.append(f"{self.rel}:{block.end + 1}: no blank line after the code block: Markdown "
                           "glues this line to it and the page's HTML is invalid")
        for block in self.blocks:
            if isinstance(block, Prose):
                out.extend(f"{self.rel}:{n}: pymdownx.snippets reads '--8<-- {m['section']}' as a section "
                           "marker and drops this whole line from the page; write ;--8<-- to show it"
                           for n, text in block.lines if (m := MARKER_IN_TEXT.match(text)) and not m["escape"])
        out.extend(f"{self.rel}:{h.line}: heading without an explicit {{ #anchor }}: {'#' * h.level} {h.text}"
                   for h in self.headings if not h.anchor)
        if self.unclosed_fence is not None:
            out.append(f"{self.rel}:{self.unclosed_fence}: code fence opened and never closed")
        return out


def _front_matter(text: str) -> tuple[dict | None, str | None, int]:
    """(meta, error suffix, number of lines it takes)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return None, ":1: no front matter; start the page with ---, description: …, ---", 0
    lines = m.group(0).count("\n")
    try:
        meta = yaml.safe_load(m["yaml"])
    except yaml.YAMLError as exc:
        return None, f": front matter is not valid YAML (quote the value): {str(exc).splitlines()[0]}", lines
    return (meta if isinstance(meta, dict) else {}), None, lines


def parse_page(path: Path, root: Path) -> Page:
    """Read one page. ``root`` is the repository root (messages show paths relative to it)."""
    text = path.read_text(encoding="utf-8")
    meta, meta_error, skip = _front_matter(text)
    blocks: list[Prose | Code] = []
    headings: list[Heading] = []
    stray: list[int] = []
    prose = Prose()
    code: Code | None = None
    fence = ""
    for n, line in enumerate(text.splitlines(), 1):
        if n <= skip:
            continue
        m = FENCE.match(line)
        if code is None and m:
            if prose.lines:
                blocks.append(prose)
                prose = Prose()
            code, fence = Code(n, m["info"].strip()), m["fence"]
            continue
        if code is not None:
            if m and m["fence"].startswith(fence) and not m["info"].strip():
                code.end = n
                blocks.append(code)
                code = None
            elif inc := INCLUDE.match(line):
                code.includes.append(Include(inc["target"], n))
            elif line.strip():
                code.typed.append(n)
            continue
        if INCLUDE.match(line):
            stray.append(n)
        elif h := HEADING.match(line):
            a = ANCHOR.search(h["text"])
            headings.append(Heading(len(h["hashes"]), ANCHOR.sub("", h["text"]) if a else h["text"],
                                    a["id"] if a else None, n))
        prose.lines.append((n, line))
    unclosed = None
    if code is not None:
        unclosed = code.line
        blocks.append(code)
    if prose.lines:
        blocks.append(prose)
    return Page(path, path.relative_to(root).as_posix(), meta, meta_error, blocks, headings, stray, unclosed)


def read_pages(docs_dir: Path, lang: str) -> dict[str, Page]:
    """The pages of one language, by file name relative to its folder (``gpu.md``)."""
    docs_dir = Path(docs_dir)
    lang_dir = docs_dir / lang
    return {p.relative_to(lang_dir).as_posix(): parse_page(p, docs_dir.parent)
            for p in sorted(lang_dir.rglob("*.md"))}


# --- snippets ----------------------------------------------------------------------------

class MissingSnippet(LookupError):
    """An include whose file or section does not exist."""


def snippet_sections(text: str) -> dict[str, tuple[int, int | None]]:
    """Section name -> (index of its start line, index of its end line or None)."""
    sections: dict[str, tuple[int, int | None]] = {}
    for i, line in enumerate(text.splitlines()):
        if m := SECTION.match(line):
            if m["kind"] == "start":
                sections.setdefault(m["name"], (i, None))
            elif m["name"] in sections and sections[m["name"]][1] is None:
                sections[m["name"]] = (sections[m["name"]][0], i)
    return sections


def code_outside_sections(text: str) -> list[int]:
    """Line numbers (1-based) of code lines that come before the end of the file's last
    section but inside none: a page that includes the file only by sections never shows
    them, and its notebook, which runs those sections in order, never runs them."""
    lines = text.splitlines()
    spans = [(start, end) for start, end in snippet_sections(text).values() if end is not None]
    if not spans:
        return []
    inside = {i for start, end in spans for i in range(start, end + 1)}
    return [i + 1 for i, line in enumerate(lines[:max(end for _, end in spans)])
            if i not in inside and line.strip() and not line.lstrip().startswith("#")]


def snippet_lines(snippets_dir: Path, target: str) -> tuple[list[str], int]:
    """The lines pymdownx.snippets puts on the page for ``target`` (section markers dropped),
    and the 0-based index in the file of the first line shown."""
    path = Path(snippets_dir) / target.partition(":")[0]
    if not path.is_file():
        raise MissingSnippet(target)
    return shown_lines(path.read_text(encoding="utf-8"), target)


def shown_lines(text: str, target: str) -> tuple[list[str], int]:
    """``snippet_lines`` for a snippet file's text already read: ``target``'s section of it."""
    section = target.partition(":")[2]
    lines = text.splitlines()
    first = 0
    if section:
        start, end = snippet_sections("\n".join(lines)).get(section, (None, None))
        if start is None or end is None:
            raise MissingSnippet(target)
        lines, first = lines[start + 1:end], start + 1
    return [line for line in lines if not SECTION.match(line)], first


def snippet_text(snippets_dir: Path, target: str) -> str:
    return "\n".join(snippet_lines(snippets_dir, target)[0])


def split_output(text: str) -> tuple[str, str]:
    """Code without its ``#>`` lines, and those lines as the printed output."""
    code, output = [], []
    for line in text.splitlines():
        if OUTPUT_LINE.match(line):
            output.append(re.sub(r"^\s*#> ?", "", line))
        else:
            code.append(line)
    return "\n".join(code).strip("\n"), "".join(f"{line}\n" for line in output)
