"""The author in a post's front matter: ``author: Wilhelmina Rautenbach`` between ``---``
lines (redteam36).

Static-site generators (Hugo, Jekyll, Astro, Obsidian notes) open a post with a YAML block
whose ``author:`` key names the person who wrote it; people paste the block to fix a build
error. The key=value rule (:mod:`core.privacy.assigned_name_values`) reads ``=``, not a
YAML colon, and a bare two-word value has no lead. In a front-matter block (a ``---`` line
before the key) the value of ``author``/``authors``/``editor``/``reviewer``/``contributor``
is a person when it reads as one: two to four capitalised words none of which names an
organisation (:mod:`core.privacy.person_shaped`), or a Korean name passing the name check,
optionally in quotes or a one-item list. ``author: Hugo Authors`` (an organisation word),
``author: admin`` and a key outside such a block stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_front_matter_authors"]

_FENCE = LazyPattern(r"(?m:^)[ \t]*---[ \t]*(?=\n|\Z)")
_AUTHOR_RE = LazyPattern(
    r"(?m:^)[ \t]*(?i:authors?|editor|reviewer|contributors?|by)[ \t]*:[ \t]*\[?[ \t]*"
    r"(?P<q>[\"']?)(?P<value>[가-힣]{2,4}|[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){1,3})"
    r"(?P=q)[ \t]*\]?[ \t]*(?=\n|\Z)"
)

# Words a site puts where a collective byline goes ("Hugo Authors", "The Editorial Team").
_COLLECTIVE_TEXT = """
    Authors Author Team Staff Contributors Editors Editorial Desk Admin Bot Community Project
    Maintainers Newsroom Writers The
"""
_COLLECTIVE = frozenset(_COLLECTIVE_TEXT.split())


def detect_front_matter_authors(text: str) -> Iterator[Hit]:
    """Authors named in a front-matter block (see the module)."""
    if "---" not in text or ":" not in text:
        return
    fence = _FENCE.search(text)
    if fence is None:
        return
    for m in _AUTHOR_RE.finditer(text, fence.end()):
        value = m.group("value")
        if value[0].isascii():
            words = value.split()
            if any(w in _COLLECTIVE for w in words) or not latin_person_words(words):
                continue
        elif not plausible_korean_name(value, strong=True):
            continue
        yield Hit("person_name", m.start("value"), m.end("value"), 0.8, False)
