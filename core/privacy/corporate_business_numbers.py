"""A corporation's business registration number, named with the corporation: ``삼성전자
사업자등록번호 124-81-00998 맞아?`` (redteam32).

A 사업자등록번호 identifies a person when the business is a sole trader's (the holder is a
private individual, and the number is on their tax papers). Its middle two digits say which:
01–79 are individuals' businesses, 80–89 organisations (81, 86, 87, 88 for-profit
corporations, 82 non-profit corporations, 83 the state and local government, 84 foreign
corporations, 85 a corporation's branch); an organisation's number is printed on every
invoice it issues and names no one. The rule keeps the number personal unless both hold: an
organisation's middle code, and the organisation itself named just before (or the number
called a trading partner's right after it: ``… 220-81-62517 인 거래처``, redteam44) (a company-form
word such as ``주식회사``/``(주)``/``㈜``, a name ending in an industry word such as 전자,
은행, 공사, or a shop's branch as a receipt prints it: ``스타벅스 역삼점``). A bare labelled
number (``사업자번호 120-81-…``) stays held: nothing says whose.

The wire screen counts any run of six digits as possibly personal, and so blocked a receipt's
``(주)이마트 사업자등록번호 206-86-50913`` that the scanner calls public (redteam35). It asks
:func:`wire_run_is_a_named_corporations_number` too: the run written as a business number
(``3-2-5`` digits with its dashes), its checksum valid, and public by the rule above.
"""

from __future__ import annotations

from stdnum.kr import brn

from core.lazy_regex import LazyPattern

__all__ = ["is_a_named_corporations_number", "wire_run_is_a_named_corporations_number"]

_ORGANISATION_CODES = frozenset({"81", "82", "83", "84", "85", "86", "87", "88"})
# An organisation named within the stretch before the number.
_ORGANISATION_RE = LazyPattern(
    r"주식회사|유한회사|\(주\)|㈜|(?i:\b(?:co\.?,?[ \t]*ltd|inc|corp(?:oration)?|llc|gmbh)\b)|"
    r"[A-Za-z가-힣]{1,8}(?:전자|전기|건설|그룹|은행|증권|보험|카드|공사|공단|물산|상사|화학|제약|통신|"
    r"자동차|중공업|항공|백화점|마트|재단|협회|조합|병원|대학교|시청|구청|군청)|"
    # A shop's branch ("스타벅스 역삼점"), as a receipt prints it with its number (redteam34).
    r"[A-Za-z가-힣]{2,8}[ \t][가-힣]{1,6}(?:점|지점|본점|매장)(?![가-힣])"
)
# blind56p: the number read off an organisation's website ("네이버 홈페이지 맨 아래에
# 사업자등록번호 …", "the footer of their site shows …"): a company's site prints its own
# number by law; with an organisation's middle code it is the company's.
_PUBLISHED_ON_SITE_RE = LazyPattern(
    r"홈페이지|웹사이트|사이트[ \t]?(?:하단|맨[ \t]?아래)|"
    r"(?i:\b(?:website|web[ \t]?site|site[ \t]+footer|footer)\b)"
)
_REACH = 24
# "사업자등록번호 220-81-62517 인 거래처에 세금계산서 …": the number said to be a trading
# partner's, a business by what it is called (redteam44: set 21's open case). With an
# organisation's middle code it is a corporation's; a bare number stays held.
_COUNTERPARTY_AFTER_RE = LazyPattern(
    r"[ \t]*(?:인|은|는|의|이|가)?[ \t]*(?:거래처|법인|업체|협력사|고객사|공급자|공급받는[ \t]?자|"
    r"매입처|매출처|납품처)"
)
_WRITTEN_BRN_RE = LazyPattern(r"[ \t]*([0-9]{3})-([0-9]{2})-([0-9]{5})(?![0-9])")


def is_a_named_corporations_number(
    text: str, start: int, digits: str, end: int | None = None
) -> bool:
    """Whether the 10-digit number at ``start`` (ending at ``end``) is an organisation's, named
    just before it or called a trading partner's right after it."""
    if len(digits) != 10 or digits[3:5] not in _ORGANISATION_CODES:
        return False
    if _ORGANISATION_RE.search(text, max(0, start - _REACH), start) is not None:
        return True
    if _PUBLISHED_ON_SITE_RE.search(text, max(0, start - _REACH), start) is not None:
        return True
    return end is not None and _COUNTERPARTY_AFTER_RE.match(text, end) is not None


def wire_run_is_a_named_corporations_number(text: str, start: int, end: int) -> bool:
    """Whether the digit run ``text[start:end]`` (the wire screen's) is a named organisation's
    business number written as one (``206-86-50913``), checksum valid (see the module)."""
    # The run may carry a number word after it ("… 50913 이라고": 이 reads as 2 to the screen).
    m = _WRITTEN_BRN_RE.match(text, start, end)
    if m is None or any("0" <= ch <= "9" for ch in text[m.end() : end]):
        return False
    digits = m.group(1) + m.group(2) + m.group(3)
    return brn.is_valid(digits) and is_a_named_corporations_number(text, m.start(), digits, m.end())
