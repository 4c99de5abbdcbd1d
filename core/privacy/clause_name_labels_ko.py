"""A full name after ``이름은`` that opens a clause mid-message: ``… 3월 2일이에요 이름은
모예준 …`` (redteam26).

:mod:`core.privacy.intro_names` reads ``제 이름은 …`` and a message that opens on
``이름은 …``; dictated or chatty messages run several facts together with no full stop and
no owner word (``저 98년생이고 생일은 3월 2일이에요 이름은 모예준 동호회 …``). There the label
opens a new clause: the word before it ends a sentence or a clause (``…요``, ``…다``,
``…고``, ``…데``) or a punctuation mark or a line break stands there. A thing's name is
labelled by the thing (``회사 이름은``, ``강아지 이름은``), which is no clause end, so it is
left alone; a full name of three syllables with common given-name syllables is needed after
the label, since a pet or a shop may still be named in a new clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_clause_name_labels_ko"]

_CLAUSE_LABEL_RE = LazyPattern(
    r"(?:(?<=[요다죠고데][ \t])|(?<=[요다죠고데][.,!~][ \t])|(?<=[.,!?~\n][ \t])|(?<=\n))"
    r"(?:이름|성함)(?:은|는|이)[ \t]*"
    + KOREAN_NAME_PATTERN
    + r"(?=[ \t.,!?~]|이에요|이고|이구요|입니다|이야|$)"
)


def detect_clause_name_labels_ko(text: str) -> Iterator[Hit]:
    """Full names after a clause-opening 이름은/성함은 (see the module)."""
    if "이름" not in text and "성함" not in text:
        return
    for m in _CLAUSE_LABEL_RE.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and plausible_korean_name(name, strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
