"""A mobile number that lost its leading zero in a spreadsheet (redteam43): ``엑셀에 회원 연락처
붙여넣었더니 1048273916 처럼 맨 앞 0이 없어졌어``.

Excel and Google Sheets read ``010-4827-3916`` pasted without its hyphens as the number
1048273916, and ``07700 900123`` as 7700900123. The phone rules look for the trunk ``0``, so
the number the writer asks to repair went out unread. A run of nine to ten digits is read as
a phone when prefixing the ``0`` makes a valid Korean or British mobile number and the text
says it is one (a phone word: ``연락처``, ``전화``, ``휴대폰``, ``phone``, ``mobile``…) or that the
leading zero was lost. A postal code that lost its zero (``06236`` → ``6236``) is no mobile.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_stripped_zero_phones"]

_CANDIDATE_RE = LazyPattern(r"(?<![0-9A-Za-z+.,-])(?P<v>(?:1[016789]|7[0-9])[0-9]{7,8})(?![0-9])")
_CUE_RE = LazyPattern(
    r"(?i:phone|mobile|cell|contact|leading[ \t]+(?:zero|0))|연락처|전화|휴대|핸드폰|폰[ \t]?번호|"
    r"앞(?:의|자리)?[ \t]*(?:0|영|공)|맨[ \t]?앞[ \t]*(?:0|영|공)"
)


def _mobile_with_zero(digits: str) -> bool:
    # Imported at the first candidate: its metadata costs start-up time most texts never need.
    import phonenumbers

    for region in ("KR", "GB"):
        try:
            parsed = phonenumbers.parse("0" + digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return True
    return False


def detect_stripped_zero_phones(text: str) -> Iterator[Hit]:
    """Mobile numbers whose leading zero a spreadsheet dropped (see the module)."""
    if _CUE_RE.search(text) is None:
        return
    for m in _CANDIDATE_RE.finditer(text):
        if _mobile_with_zero(m.group("v")):
            yield Hit("phone", m.start("v"), m.end("v"), 0.8, False)
