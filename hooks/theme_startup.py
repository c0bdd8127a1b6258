"""MkDocs hook: the theme's JavaScript starts after the page's main content is on screen.

Material (9.8.2) does all of its start-up in one task: its bundle (114 KB) is evaluated,
then header, sidebars, search, palette, table of contents and code blocks are mounted, with
several forced style recalculations. On a long chapter that task is 70-160 ms on this
machine's Chromium, 4x that on Lighthouse's simulated phone. When it ran before the first
frame that showed the opening paragraph (a race between the parser, the bundle and the first
frame), the reader waited for it, and Lighthouse counted the bundle's download and start-up
into the largest contentful paint: 2.4-2.6 s instead of 1.2 s, performance 85-93 instead of
95-99 on the long Chinese chapters. Three changes, all to the built site:

1. Every page loads the bundle from a small inline script instead of a ``<script src>``
   tag: it waits for the browser to report the largest contentful paint of the article
   (``PerformanceObserver``, type ``largest-contentful-paint``, an element inside
   ``.md-content``), then inserts the bundle. A ``<link rel="preload">`` fetches it
   meanwhile, so it is ready when it is wanted. Browsers without that entry type (Safari)
   load it at once; if no such paint is reported within 3 s (a tab opened in the
   background paints nothing), it is loaded anyway.
2. The bundle waits for ``DOMContentLoaded`` before it mounts anything (its ``document$``
   observable). Loaded after that event, it would never start; the patch makes it emit at
   once when the document is no longer loading. Same behaviour when loaded the old way.
3. The palette stylesheet's rule ``[data-md-color-switching] * {transition-duration: 0s}``
   is removed. The theme sets and removes that attribute on ``<body>`` when it mounts the
   palette, which made the browser restyle every element of the page twice at load
   (24-28 ms, a task of its own). The rule only cut colour transitions short while the
   reader switches between light and dark; without it the header and links fade over
   0.25 s, as they do on hover.

``tests/test_theme_startup.py`` fails if the pinned theme's bundle, stylesheet or script tag
changes under these patches, checks the built site, and checks in Chromium that the bundle
starts after the article's largest paint and that the theme still mounts, with and without
``PerformanceObserver``.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `hooks.*` when MkDocs loads this file
from hooks.i18n_build import nested_build  # noqa: E402
from hooks.theme_patch import patch_assets, patch_file  # noqa: E402,F401  (patch_file: tested here)

log = logging.getLogger("mkdocs.hooks.theme_startup")

BUNDLE_TAG = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')

# Material 9.8.2, src/templates/assets/javascripts/browser/document: the document$ subject
# emits on DOMContentLoaded only.
READY_WAIT = 'h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document))'
READY_PATCHED = f'document.readyState==="loading"?{READY_WAIT}:e.next(document)'

SWITCHING_RULE = ("[data-md-color-switching] *,[data-md-color-switching] :after,"
                  "[data-md-color-switching] :before{transition-duration:0s!important}")

LOADER = (
    '<link rel="preload" as="script" href="{src}">'
    "<script>(function(){{var d=0,o,P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[];"
    'function go(){{if(d)return;d=1;if(o)o.disconnect();var s=document.createElement("script");'
    's.src="{src}";document.body.appendChild(s)}}'
    'if(t.indexOf("largest-contentful-paint")<0)return go();'
    "o=new P(function(l){{l.getEntries().forEach(function(e){{"
    'if(e.element&&e.element.closest(".md-content"))go()}})}});'
    'o.observe({{type:"largest-contentful-paint",buffered:true}});setTimeout(go,3000)}})()</script>'
)


def load_bundle_after_first_paint(output: str) -> str:
    """The page with its ``<script src=bundle>`` tag replaced by the preload + loader."""
    return BUNDLE_TAG.sub(lambda m: LOADER.format(src=m[1]), output, count=1)


def _with_loader(output: str, where: str) -> str:
    result = load_bundle_after_first_paint(output)
    if result == output:
        log.warning(f"{where}: no theme bundle <script> tag; theme changed, re-check hooks/theme_startup.py")
    return result


def on_post_page(output: str, page, config) -> str:
    return _with_loader(output, page.file.src_uri)


@event_priority(50)  # before hooks/i18n_site.py keeps a copy of each language's 404 page
def on_post_template(output_content: str, template_name: str, config) -> str:
    return _with_loader(output_content, template_name) if template_name == "404.html" else output_content


@event_priority(-200)  # as hooks/i18n_site.py: once, after mkdocs-static-i18n's builds
def on_post_build(config, **kwargs) -> None:
    if nested_build(config):
        return  # a nested build of one language: the outer build patches the shared assets
    assets = Path(config.site_dir) / "assets"
    for pattern, old, new in [("javascripts/bundle.*.min.js", READY_WAIT, READY_PATCHED),
                              ("stylesheets/palette.*.min.css", SWITCHING_RULE, "")]:
        patch_assets(assets, pattern, old, new, owner="hooks/theme_startup.py")
