"""The pinned theme's own files (Material's installed templates), for the tripwire tests."""

from __future__ import annotations

from pathlib import Path

import material

TEMPLATES = Path(material.__file__).parent / "templates"


def theme_file(pattern: str) -> str:
    """The text of the one file under the theme's templates matching ``pattern``."""
    (path,) = TEMPLATES.glob(pattern)
    return path.read_text(encoding="utf-8")
