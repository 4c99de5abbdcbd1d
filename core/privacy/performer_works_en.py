"""A performer or author named by their work: ``is 'Jolene' in the Dolly Parton song based
on a real person?``, ``the Stephen King novel``, ``Taylor Swift's new album`` (redteam37).

The pair rule reads any listed given name and family name as someone's, and the public-
figure predicates need a question about who the person was or when they were born. A name
used as the maker of a song, an album, a novel or a film (``the <name> song``, ``<name>'s
album``, ``a <name> novel``) is a public figure's: a colleague's song is not called so. The
work word must follow the name straight away (or after ``'s`` and an adjective or two; an
article before the name, or (blind55p) a count or choice of the works: ``in different Rex
Stout novels``), and the text must say nothing of the writer (``my``, ``our``, ``I``): ``my
cousin Anna Berg's song`` stays personal. The Korean counterpart is
:mod:`core.privacy.performer_mentions_ko`.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.named_work_titles import WRITER

__all__ = ["names_a_performers_work_en"]

_WORKS = (
    r"(?:song|songs|album|albums|single|record|hit|hits|ballad|tune|lyrics|concert|tour|"
    r"novel|novels|book|books|poem|film|films|movie|movies|musical|opera|symphony|painting|"
    r"sitcom|show|biopic)"
)
_AFTER = LazyPattern(
    r"(?:['’]s)?[ \t]+(?:(?:new|latest|last|first|famous|classic|hit|best|old|early|debut)"
    r"[ \t]+){0,2}" + _WORKS + r"(?![a-z])"
)
_BEFORE = LazyPattern(
    r"(?i:\b(?:the|a|an|that|this|which|what"
    # blind55p: a count or a choice of the maker's works ("in different Rex Stout novels",
    # "all Agatha Christie books", "two Nora Ephron films").
    r"|different|other|several|many|some|all|most|both|various|later|earlier|early|few|"
    r"two|three|four|five|[0-9]{1,3})[ \t]+)\Z"
)


def names_a_performers_work_en(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is used as the maker of a public work."""
    if WRITER.search(text) is not None:
        return False
    after = _AFTER.match(text, end)
    if after is None:
        return False
    # "the Dolly Parton song" (an article before the name) or "Taylor Swift's album".
    return (
        text.startswith("'", end)
        or text.startswith("’", end)
        or (_BEFORE.search(text, max(0, start - 12), start) is not None)
    )
