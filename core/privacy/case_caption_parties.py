"""A party of a cited court case, asked about: ``what did Marbury v. Madison decide, and who
was William Marbury?`` (redteam36).

Law students and readers ask about the people behind a landmark case's caption (``Roe v.
Wade``, ``Miranda v. Arizona``): the caption is a published citation and its parties are
public record. The pair rule (:mod:`core.privacy.intro_names`) reads ``William Marbury`` as
anyone's name. A name whose family name is a party of a caption in the same text (``Family
v. …``, ``… v. Family``, with ``v``, ``v.`` or ``vs.``) is let through when the text is a
question that speaks of no one of the writer's (``my``, ``our``, ``I``): a writer's own
lawsuit ("my landlord Tom Reed … Reed v. Smith") stays personal.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["is_a_case_party"]

_CAPTION_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<left>[A-Z][a-z]+)[ \t]+v(?:s)?\.?[ \t]+(?P<right>[A-Z][a-z]+)(?![A-Za-z])"
)
_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")


def is_a_case_party(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a party of a case the question cites."""
    if "?" not in text or " v" not in text or _WRITER.search(text) is not None:
        return False
    family = re.split(r"[ \t]+", text[start:end].strip())[-1]
    return any(family in (m.group("left"), m.group("right")) for m in _CAPTION_RE.finditer(text))
