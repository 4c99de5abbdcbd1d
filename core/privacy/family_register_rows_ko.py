"""Rows of a 가족관계증명서 or 주민등록등본: ``배우자 도은솔 1984년 02월 27일 여`` (redteam36).

A family-relation certificate lists each member as the relation (본인, 배우자, 자녀, 부, 모),
the name and the birth date, in columns that a copy-paste flattens to one line. With no
registration number in the row (the certificate prints it only on request, or it was left
out) no id rule fires, and the name has no label or title of its own. A row counts when:

- the text names such a paper or its columns (가족관계, 증명서, 등본, 초본, 세대, 구분, 성명,
  출생연월일);
- a line opens with a relation, then a name (a surname and one to three syllables: the
  paper prints any name), then a date's year (``1984``, ``1984년``, ``84.02.27``).
The relation word at a line's start and the date after the name make the shape; prose has
particles between them ("배우자가 …", "자녀 이름은 …").
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_family_register_rows_ko"]

_CUES = LazyPattern(r"가족관계|증명서|등본|초본|세대|구분|성명|출생연월일")
_RELATIONS = (
    r"본인|배우자|자녀|부|모|부친|모친|아버지|어머니|세대주|처|남편|장남|장녀|차남|차녀|"
    r"삼남|삼녀|자|녀|손자|손녀|형제|자매|동거인"
)
_ROW_RE = LazyPattern(
    r"(?m:^)[ \t|]*(?:"
    + _RELATIONS
    + r")[ \t|,]+"
    + KOREAN_NAME_PATTERN
    + r"[ \t|,]+(?:19|20)?[0-9]{2}(?:년|[-./])"
)


def detect_family_register_rows_ko(text: str) -> Iterator[Hit]:
    """Members' names in the rows of a family certificate (see the module)."""
    if "\n" not in text or _CUES.search(text) is None:
        return
    for m in _ROW_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
