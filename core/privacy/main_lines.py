"""A company's main landline printed with its label: ``대표전화 02-3218-7700``, ``main line``.

Notices, letterheads and guides print an organisation's switchboard number right after a
label that only organisations carry (대표전화, 대표번호, 본사, 고객센터, "main line", "head
office", "switchboard"). That number is the company's, not a person's, so a pasted notice
or a retrieved passage quoting it need not keep a step off the cloud. Kept narrow, since a
landline is otherwise anyone's home number:

- a Korean landline only (an area code 02 or 031-064, or 070), never a mobile (010…);
- the label right before the number, with nothing between but spaces, a colon or an
  opening bracket or a topic particle ("대표전화: 02-…", "대표전화는 02-…", "main line (02) …");
  the number may end its sentence ("… 02-3218-7700."); a personal word in between
  ("대표전화 말고 제 집 02-…") breaks it.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.contact import detect_phone
from core.privacy.documented_test_numbers import is_documented_test_number
from core.privacy.placeholder_phones_ko import is_placeholder_phone_ko
from core.privacy.toll_free_lines import organisation_line, toll_free_number
from core.privacy.types import Hit

__all__ = ["detect_personal_phone", "labelled_main_line"]

_LANDLINE_RE = LazyPattern(
    r"\(?0(?:2|[3-6][1-5]|70)\)?(?:[ \t]*[-.)][ \t]*|[ \t])?[0-9]{3,4}[ \t]*[-. ][ \t]*[0-9]{4}"
)
_LABEL_BEFORE_RE = LazyPattern(
    r"(?:대표[ \t]?전화|대표[ \t]?번호|본사[ \t]?전화|고객[ \t]?센터|콜[ \t]?센터|상담[ \t]?센터|"
    r"(?i:main[ \t]+(?:line|number|office|switchboard)|head[ \t]+office|switchboard|"
    r"customer[ \t]+(?:service|centre|center)|helpline))"
    r"(?:[ \t]*(?:번호|전화|tel\.?|phone))?(?:[ \t]+(?i:on|at|is)|[ \t]*(?:는|은|가|이))?"
    r"[ \t]*[:：]?[ \t]*\(?[ \t]*\Z"
)
# blind56p: a public institution named by its kind right before its phone's label
# ("국립중앙박물관 전화번호 02-2077-9000", "시립도서관 번호는 031-…"): a museum's, a library's,
# a hospital's or an office's number, published for anyone to call.
_INSTITUTION_LABEL_RE = LazyPattern(
    r"[가-힣]{1,12}(?:박물관|미술관|도서관|과학관|기념관|체육관|병원|의료원|보건소|시청|구청|군청|"
    r"도청|주민센터|행정복지센터|대학교|대사관|영사관|공단|공사)"
    # blind57p: a branch named after it ("국립현대미술관 서울관", "… 본원"), and the number
    # right after the name with no label between ("국립현대미술관 서울관 02-3701-9500 으로").
    r"(?:[ \t]+[가-힣]{1,6}(?:관|분관|분원|본원|본관|캠퍼스))?(?:의)?[ \t]*"
    r"(?:(?:전화(?:[ \t]?번호)?|번호|연락처)(?:는|은|가|이|로|으로)?)?[ \t]*[:：]?[ \t]*\(?[ \t]*\Z"
)
# How much text before the number the label may take.
_REACH = 24
# blind54p: the label after the number, said of an organisation ("is 507-284-2511 really Mayo
# Clinic's main number", "02-3010-3114 은 서울아산병원 대표번호야"): the organisation's name
# in the same clause, then its main line or switchboard. A North American landline too
# (3-3-4 digits); a Korean mobile never.
_NANP_RE = LazyPattern(r"\(?[2-9][0-9]{2}\)?[ \t.-]?[2-9][0-9]{2}[ \t.-][0-9]{4}")
_LABEL_AFTER_RE = LazyPattern(
    r"[^.?!\n]{0,40}?(?:['’]s[ \t]+|[ \t])(?i:main|general|central)[ \t]+(?i:number|line|"
    r"switchboard|phone[ \t]+(?:number|line))(?![a-z])"
    r"|[^.?!\n]{0,30}?(?:대표[ \t]?전화|대표[ \t]?번호)"
)
# The writer's own line named between the number and the label breaks it.
_OWN_BETWEEN_RE = LazyPattern(
    r"(?i)(?<![a-z])(?:my|mine|our|me|home|personal|cell|mobile)(?![a-z])|제[ \t]|내[ \t]|집|휴대폰"
)


def _label_after(text: str, start: int, end: int) -> bool:
    """Whether an organisation's main-line label follows the number in its clause."""
    number = text[start:end].strip()
    if _LANDLINE_RE.fullmatch(number) is None and _NANP_RE.fullmatch(number) is None:
        return False
    m = _LABEL_AFTER_RE.match(text, end)
    return m is not None and _OWN_BETWEEN_RE.search(m.group()) is None


def labelled_main_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landline printed right after an organisation's label.

    Args:
        text: The text the number was found in.
        start: Offset of the number's first character.
        end: Offset one past its last character.
    """
    if _LANDLINE_RE.fullmatch(text[start:end].strip()) is None:
        return False
    # A digit or a dash after it continues the number; so does a dot before a digit, but a
    # full stop ending the sentence ("대표번호 02-1234-5678.") does not.
    after = text[end : end + 2]
    if after[:1].isdigit() or after[:1] == "-" or (after[:1] == "." and after[1:2].isdigit()):
        return False
    before = text[max(0, start - _REACH) : start]
    return (
        _LABEL_BEFORE_RE.search(before) is not None
        or _INSTITUTION_LABEL_RE.search(before) is not None
    )


def detect_personal_phone(text: str) -> Iterator[Hit]:
    """:func:`core.privacy.contact.detect_phone`, an organisation's labelled main line and
    toll-free numbers (:mod:`core.privacy.toll_free_lines`) left out."""
    for hit in detect_phone(text):
        if labelled_main_line(text, hit.start, hit.end) or _label_after(text, hit.start, hit.end):
            continue
        # "the docs' test number +1 650-555-3434" (redteam32).
        if is_documented_test_number(text, hit.start, hit.end):
            continue
        # "placeholder 로 010-1234-5678 넣어도 돼?", "010-0000-0000" (redteam36).
        if is_placeholder_phone_ko(text, hit.start, hit.end):
            continue
        if not (
            toll_free_number(text[hit.start : hit.end])
            and organisation_line(text, hit.start, hit.end)
        ):
            yield hit
