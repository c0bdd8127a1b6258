"""Which build a hook is in: mkdocs-static-i18n builds the default language, then runs a
nested build of each other language inside it (``plugin.building`` is set meanwhile). Hooks
that check, patch or finish the whole site do so once, in the outer build. Not a hook:
the hooks import it."""

from __future__ import annotations


def nested_build(config) -> bool:
    """Whether this is the i18n plugin's nested build of another language."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and bool(getattr(i18n, "building", False))
