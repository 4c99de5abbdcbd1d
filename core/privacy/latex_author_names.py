"""Authors in a LaTeX ``\\author{…}``: ``\\author{Evander Quistgaard \\and Marisol Ybarra}``
(redteam31).

A draft paper's preamble pasted to fix its title page names its authors, separated by
``\\and``, ``\\\\`` or commas and mixed with commands (``\\thanks{…}``, ``\\texttt{…}``). The
English name patterns read a name after a space; the first author sits right after the
brace. Inside ``\\author{…}`` every run of two to four capitalised words is an author.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_latex_author_names"]

_AUTHOR_RE = LazyPattern(r"\\author\{(?P<body>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ]+)?"
_NAME_RE = LazyPattern(r"(?<![\\A-Za-z])" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3}")


def detect_latex_author_names(text: str) -> Iterator[Hit]:
    """Author names inside ``\\author{…}`` (see the module)."""
    if "\\author" not in text:
        return
    for m in _AUTHOR_RE.finditer(text):
        for name in _NAME_RE.finditer(m.group("body")):
            if not any(is_english_non_name(w) for w in name.group(0).split()):
                start = m.start("body") + name.start()
                yield Hit("person_name", start, start + len(name.group(0)), 0.8, False)
