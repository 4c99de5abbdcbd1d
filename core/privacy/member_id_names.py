"""A membership number and the member named beside it: ``헬스장 회원번호 GYM-20931
남궁서율인데``, ``Costco membership 111 8472 0395, name on the card …``, ``member ID
M-55120 (Orla Fitzgerald-Quinn)`` (redteam29).

A gym, a warehouse club, a library or a loyalty scheme keeps its member's record, visits
and payments under the number; given with the member's name it picks out one person as a
staff number does (:mod:`core.privacy.employee_id_names`). The label (``회원번호``,
``멤버십 번호``, ``membership``, ``member ID/no./number``) says the run after it is the
number and the words right after the number are the member (read through
:mod:`core.privacy.labelled_id_names`). The number is held too, as a record number: a
"membership fee" or "member benefits" has no number after it, and "membership 3 months"
is a length, not an id.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_id_names import names_beside_labelled_ids
from core.privacy.names import KOREAN_NAME_PATTERN
from core.privacy.types import Hit

__all__ = ["detect_member_id_names"]

_LABELLED_ID_RE = LazyPattern(
    r"(?:회원[ \t]?번호|멤버십[ \t]?(?:번호|카드[ \t]?번호)|회원[ \t]?카드[ \t]?번호"
    r"|(?i:\bmembership(?:[ \t]*(?:id|no\.?|number|#|card(?:[ \t]*(?:no\.?|number))?))?"
    r"|\bmember[ \t]*(?:id|no\.?|number|#)))"
    r"[ \t]*(?:은|는|:|#|is)?[ \t]*"
    r"(?P<id>[A-Za-z]{0,4}-?\d{3,12}(?:[ -]\d{3,6}){0,3})(?![0-9A-Za-z])"
    r"[ \t]*[(,]?[ \t]*(?:(?i:name(?:[ \t]+on[ \t]+the[ \t]+card)?)[ \t]*(?::|is)?[ \t]*)?"
)
_KOREAN_NAME_AT = LazyPattern(
    KOREAN_NAME_PATTERN
    + r"(?=$|[^가-힣]|님|씨|이|가|은|는|의|에게|한테|로|으로|이고|입니다|인데|이에요|예요)"
)
# A number that is a length or a count ("membership 12 months"), not an id.
_COUNT_AFTER = LazyPattern(r"[ \t]*(?i:months?|years?|weeks?|days?|개월|년|주|일|회|명)")


def detect_member_id_names(text: str) -> Iterator[Hit]:
    """A labelled membership number and the member's name after it (see the module)."""
    lowered = text.lower()
    if "회원" not in text and "멤버십" not in text and "member" not in lowered:
        return
    for m in _LABELLED_ID_RE.finditer(text):
        number = m.group("id")
        if _COUNT_AFTER.match(text, m.end("id")) or sum(ch.isdigit() for ch in number) < 4:
            continue
        yield Hit("mrn", m.start("id"), m.end("id"), 0.75, False)
    yield from names_beside_labelled_ids(text, _LABELLED_ID_RE, _KOREAN_NAME_AT)
