"""A company's head-office or plant address asked about: ``삼성전자 본사 주소가 경기도 수원시
영통구 삼성로 129 맞아?`` (redteam37).

The road-address rule reads "province, district, road and number" as someone's home;
:mod:`core.privacy.korean_landmark_addresses` lets a list of public buildings pass. A
company's own premises are no one's home either, and there are too many to list: the
address a text calls a 본사 (head office), 본점, 사옥, 공장, 연구소 or 캠퍼스 (or headquarters,
HQ) in the few words before it belongs to a business. It is let through unless the text
says the place is the writer's (``우리 집``, ``제 주소``, ``살아``, ``이사``, ``배송``, ``택배``)
or the premises are the writer's own company (``우리 회사 본사`` may be a one-person firm's
home).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_head_office_address_ko"]

_PREMISES_BEFORE = LazyPattern(
    r"(?:본사|본점|사옥|공장|연구소|캠퍼스|(?i:headquarters|head[ \t]+office|HQ))"
    r"[ \t]*(?:주소|위치|소재지)?[ \t]*(?:가|는|은|이|:|：)?[ \t]*['\"‘“]?[ \t]*\Z"
)
_WRITERS = LazyPattern(
    r"우리[ \t]?(?:집|회사|가게)|저희[ \t]?(?:집|회사|가게)|제[ \t]?주소|내[ \t]?주소|살아|살고|"
    r"이사|배송|보내주세요|택배|(?i:\b(?:my|our)\b)"
)
# How far before the address its premises' word may stand ("본사 주소가 ").
_WINDOW = 16


def is_head_office_address_ko(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` is named as a business's premises."""
    del end  # the words that matter stand before the address
    if _PREMISES_BEFORE.search(text, max(0, start - _WINDOW), start) is None:
        return False
    return _WRITERS.search(text) is None
