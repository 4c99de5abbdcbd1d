"""Street addresses: Korean road-name (도로명) and lot (지번) forms, US/UK street lines,
and Korean road names written in Latin letters ("221 Gangnam-daero", "Teheran-ro 152")."""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.head_office_addresses_ko import is_head_office_address_ko
from core.privacy.korean_landmark_addresses import is_korean_landmark_address
from core.privacy.landmark_addresses import is_landmark_address
from core.privacy.public_checks_55p import is_romanised_korean_landmark
from core.privacy.public_checks_56p import is_an_address_inside_a_story
from core.privacy.types import Hit

# Name characters of an address part. "OO"/"○○" stand for a withheld name in
# Korean paperwork ("OO시 OO구 OO로 12길 3") and still mark an address.
_N = r"[가-힣O○◯]"
_SIDO = (
    r"(?:(?:서울|부산|대구|인천|광주|대전|울산|세종)(?:특별시|광역시|특별자치시|시)?"
    r"|(?:경기|강원|충청북|충청남|전라북|전라남|경상북|경상남|충북|충남|전북|전남|경북|경남|제주)"
    r"(?:특별자치도|도)?"
    r"|" + _N + r"{1,6}(?:특별시|광역시|특별자치시|특별자치도))"
)
_SIGUNGU = _N + r"{1,6}(?:시|군|구)"
_EUPMYEON = _N + r"{1,6}(?:읍|면)"
# A road name ends in 로/길 but not in the particle "으로" ("기준으로 12개").
# blind57p: a numbered road of a new town ("세종시 보듬3로 117", "나성북1로", "도움6로"): a digit or
# two between the name and 로/길.
_ROAD = (
    r"[가-힣O○◯0-9]{0,11}[가-힣O○◯](?:[0-9]{1,2}(?=로|길))?(?<!으)(?:로|길)"
    r"(?:[ \t]?[0-9]{1,4}(?:번)?(?:가)?길)?"
)
_LOT = r"[가-힣O○◯0-9]{0,7}[가-힣O○◯](?:동|리|가)"
# A lot on a hillside is numbered "산 47-2" (redteam29).
_BUILDING = r"(?:산[ \t]?)?[0-9]{1,5}(?:-[0-9]{1,4})?(?:번지)?"
# Units and counters glued to a number mean it was a quantity, not a building.
_NOT_UNIT = (
    r"(?![0-9]|(?:개|명|원|건|%|년|월|일|시간|분|초|세|회|번째|위|가지"
    r"|kg|mg|ml|km|m\b|배|점|억|만))"
)
_DETAIL = r"(?:[ \t]*,?[ \t]*[0-9]{1,4}동)?(?:[ \t]*[0-9]{1,5}호)?"
_ADMIN = (
    r"(?:"
    + _SIDO
    + r"(?:[ \t]+"
    + _SIGUNGU
    + r"){0,2}|"
    + _SIGUNGU
    + r"(?:[ \t]+"
    + _SIGUNGU
    + r")?)"
)
# No leading (?<![가-힣]): a pattern opening with a lookbehind is tried at
# every position; leftmost matching already starts at the word boundary.
_KR_ADDRESS_RE = LazyPattern(
    _ADMIN
    + r"(?:[ \t]+"
    + _EUPMYEON
    + r")?[ \t]+(?:"
    + _ROAD
    + r"|"
    + _LOT
    + r")[ \t]*"
    + _BUILDING
    + _NOT_UNIT
    + _DETAIL
)
_KR_PREFILTER = LazyPattern(r"(?:로|길|동|리|가)[ \t]*(?:산[ \t]?)?[0-9]")
_EN_PREFILTER = LazyPattern(r"[0-9][A-Z]?[ \t]+[A-Z0-9]")

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl)"
)
# An Australian or New Zealand flat before the street number, "Unit 4/27 Wattle St", "5/12
# Banksia Rd" (redteam43: the unit was left out of the finding).
_SLASH_UNIT = r"(?:(?:(?i:unit|apt|flat|shop|suite)\.?[ \t]*)?[0-9]{1,4}[A-Za-z]?/)?"


def english_address_pattern(unit_prefix: str) -> str:
    """The English street-line pattern, with ``unit_prefix`` allowed before the number."""
    return (
        r"(?<![A-Za-z0-9.,-])" + unit_prefix + r"[0-9]{1,6}[A-Z]?[ \t]+"
        r"(?:(?:N|S|E|W|North|South|East|West)\.?[ \t]+)?"
        r"(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+"
        + _SUFFIX
        + r"\b\.?"
        r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ \t]*[A-Za-z0-9-]+)?"
        # Optional ", City, ST 12345".
        r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:,?[ \t]*[A-Z]{2})?"
        r"(?:[ \t]+[0-9]{5}(?:-[0-9]{4})?)?)?"
    )


_EN_ADDRESS_RE = LazyPattern(english_address_pattern(_SLASH_UNIT))

# A Korean road name romanised: a capitalised name joined by a hyphen to daero/ro/gil
# (the official English form), optionally a numbered side street ("Nonhyeon-ro 28-gil").
_ROMAN_ROAD = (
    r"[A-Z][a-z]+(?:-[a-z]+)?-(?:[Dd]aero|[Rr]o|[Gg]il)\b"
    r"(?:[ \t]*[0-9]{1,3}(?:beon)?-?[Gg]il\b)?"
)
_ROMAN_UNIT = (
    r"(?:,?[ \t]*(?i:apt|apartment|suite|ste|unit|room|rm|#)\.?[ \t]*"
    r"[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*)?"
)
_ROMAN_NUMBER = r"[0-9]{1,5}(?:-[0-9]{1,4})?"
# "221 Gangnam-daero apt 1203" (English order) or "Teheran-ro 152" (Korean order). A
# road name alone ("the Gangnam-daero office") is a place, not someone's address.
_ROMAN_ADDRESS_RE = LazyPattern(
    r"(?<![A-Za-z0-9.,-])(?:"
    + _ROMAN_NUMBER
    + r"[ \t]+"
    + _ROMAN_ROAD
    + r"|"
    + _ROMAN_ROAD
    + r"[ \t]+"
    + _ROMAN_NUMBER
    + r"(?![0-9]|[ \t]*(?:km|m|min|won|%)\b))"
    + _ROMAN_UNIT
)
_ROMAN_PREFILTER = LazyPattern(r"-(?:[Dd]aero|[Rr]o|[Gg]il)\b")


# blind54p: the flat written before the street line, as English-order labels put it ("Apt
# 1204, 88 Gwangnaru-ro 6-gil", "Flat 3, 12 High Street", "Unit 7/23 …" excepted): read with
# the street line as one address, so a masked text does not keep the flat.
_UNIT_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?:Apt\.?|APT\.?|Apartment|Flat|FLAT|Unit|UNIT|Suite|Ste\.?|Room|Rm\.?|#)"
    r"[ \t]*[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,4})?[ \t]*,[ \t]*\Z"
)


def _with_unit_before(text: str, start: int) -> int:
    """``start`` moved back over a flat written right before the street line, if any."""
    m = _UNIT_BEFORE_RE.search(text, max(0, start - 24), start)
    return start if m is None else m.start()


def detect_address(text: str) -> Iterator[Hit]:
    """Korean road/lot addresses with an administrative unit, and English street lines."""
    seen_end = -1
    for anchor in _KR_PREFILTER.finditer(text):
        if anchor.start() < seen_end:
            continue
        # Search only a window ending at the "road + number" anchor: the full
        # pattern tried at every syllable of a long text is the slow part.
        lo = max(0, anchor.start() - 48)
        if lo:
            lo = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo)) + 1
        # Not before the previous address's end: the window would find that one again
        # and hide a second address close behind it (two lines of one form).
        lo = max(lo, seen_end)
        m = _KR_ADDRESS_RE.search(text, lo, min(len(text), anchor.end() + 40))
        if m is not None and m.end() > seen_end:
            seen_end = m.end()
            # "청와대 주소가 서울 종로구 청와대로 1 맞아?": a public building (redteam34).
            # "삼성전자 본사 주소가 … 삼성로 129 맞아?": a business's premises (redteam37).
            if not is_korean_landmark_address(
                text, m.start(), m.end()
            ) and not is_head_office_address_ko(text, m.start(), m.end()):
                yield Hit("address", m.start(), m.end(), 0.85, False)
    if _EN_PREFILTER.search(text) is not None:
        for m in _EN_ADDRESS_RE.finditer(text):
            # "is 221B Baker Street a real address?": a landmark, nobody's home (redteam29);
            # "in the series, the family lives at …": a story's (redteam48).
            if not is_landmark_address(
                text, m.start(), m.end()
            ) and not is_an_address_inside_a_story(text, m.start(), m.end()):
                yield Hit("address", _with_unit_before(text, m.start()), m.end(), 0.8, False)
    if _ROMAN_PREFILTER.search(text) is not None:
        for m in _ROMAN_ADDRESS_RE.finditer(text):
            # "Gyeongbokgung's address 161 Sajik-ro": a listed landmark, romanised (redteam47).
            if not is_romanised_korean_landmark(text, m.start(), m.end()):
                yield Hit("address", _with_unit_before(text, m.start()), m.end(), 0.8, False)
