"""The reader and check set 47 added to the calculator (turns47).

Set 47's first run answered "회식비 312000원인데 부장님이 10만원 내주시고 나머지 6명이
나눠내면 얼마씩" with 68,667원: the general reader summed the two amounts and divided by
the count, (312,000 + 100,000) / 6. An amount someone pays toward a total ("부장님이 10만원
내주시고", "my boss covered 60") is taken off it, and the rest is split among those left
("나머지 6명이", "the other 5 of us"): (total - part) / n
(:func:`part_paid_then_rest_split`). Any other reading that adds such a part to the total,
or uses it at all beside the rest split, is refused (:func:`refuse_part_paid_added`): a
sentence that says a part is paid and the rest shared is never a sum of the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from core.errors import ToolInputError

__all__ = [
    "part_paid_then_rest_split",
    "payer_and_rest_cover_group",
    "readers_55t",
    "refuse_part_paid_added",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")

# "10만원 내주시고", "5만원 쏘고", "3만원 보태주고", "2만원 부담하고", "만원만 내고": a part paid
# by someone toward the total.
_PART_KO = re.compile(
    rf"(?P<part>{_N})\s*원?\s*(?:만|은|는|을|를)?\s*"
    # An adverb of when or how the part is paid ("12만원 먼저 내주고", "5만원 미리 보태고",
    # set 55); never "더" (an extra on top of a share: tools.calculator_extra_paid_63m).
    r"(?:(?:먼저|미리|우선|따로|혼자|대신)\s*)?"
    r"(?:내주|내준|내줬|내줌|내고|내셨|내시|쏘|쐈|보태|보탰|부담하|부담해|대주|대줬|계산해\s*주|"
    r"찬조|지원해)"
)
# "나머지 6명이 나눠", "나머지 여섯이 엔빵" (numerals as digits), the rest split among n.
_REST_KO = re.compile(
    # ("나머지는 우리 4명이 나눠": who the rest are, said before the count; set 55.)
    rf"나머지\s*(?:는|를|돈은|금액은)?\s*(?:우리\s*(?:끼리)?\s*)?(?P<n>{_N})\s*(?:명|사람)?\s*(?:이|가|이서|끼리)?\s*"
    r"(?:똑같이\s*)?(?:나눠|나누|엔빵|n빵|N빵|분담|더치)"
)
# "my boss covered 60", "dad chipped in 50", "i threw in 10": a part paid toward the total.
_PART_EN = re.compile(
    rf"\b(?:covered|covers|paid|pays|put\s+in|puts\s+in|chipped\s+in|chips\s+in|threw\s+in|"
    rf"throws\s+in|kicked\s+in|kicks\s+in|gave|contributed|"
    # "so i throw in 10", "i'll cover 20" (opens56e): the present said of oneself.
    rf"throw\s+in|chip\s+in|kick\s+in|cover|pay)\s+(?:for\s+)?\$?(?P<part>{_N})\b",
    re.I,
)
# "the other 5 (of us) split the rest", "the remaining 4 split it", "the rest split 3 ways".
_REST_EN = re.compile(
    rf"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?P<n>{_N})\b(?:\s+of\s+us)?\s+"
    r"(?:split|share|divide|cover)\b|"
    rf"\b(?:split|share|divide)\s+(?:the\s+rest|the\s+remainder|what'?s\s+left)\s+"
    rf"(?:between|among|by)\s+(?:the\s+)?(?:other\s+)?(?P<n2>{_N})\b",
    re.I,
)
# The share each of the rest pays is asked ("얼마씩", "each", "per person").
_PER_ONE = re.compile(r"(?<![\d.])1\s*인당")
_EACH_ASKED = re.compile(
    r"얼마씩|얼마\s*내|1인당|한\s*명당|인당|\beach\b|\bper\s+person\b|\bapiece\b", re.I
)


def _said(digits: str) -> tuple[str, str] | None:
    """The part paid and the count sharing the rest, when both are said."""
    part = _PART_KO.search(digits) or _PART_EN.search(digits)
    rest = _REST_KO.search(digits) or _REST_EN.search(digits)
    if part is None or rest is None:
        return None
    count = rest["n"] if "n2" not in rest.re.groupindex or rest["n"] else rest["n2"]
    return (part["part"], count) if count else None


# A tip or tax put on the total before the part comes off (opens56e, set 47): "bar tab 132
# plus 20% tip, … i throw in 10 and the other 3 split the rest" is (132 x 1.2 - 10) / 3.
_ON_TOP = re.compile(
    rf"(?:\bplus|\bwith|\band|\+)\s*(?:a\s+)?(?P<r>{_N})\s*%\s*(?:tip|tax|service|gratuity)\b", re.I
)
# The whole party said ("4 of us") beside "the other 3": one more than those sharing.
_PARTY = re.compile(rf"(?<![\d.])(?P<h>{_N})\s+of\s+us\b", re.I)


def part_paid_then_rest_split(digits: str) -> str | None:
    """ "회식비 312000원인데 부장님이 100000원 내주시고 나머지 6명이 나눠내면 얼마씩":
    ``(312000 - 100000) / 6``; exactly three figures (the total, the part, the count),
    besides a tip on the total and the whole party, one more than the count (opens56e)."""
    text = _PER_ONE.sub("인당", digits.replace(",", ""))  # "1인당" asks per person: no figure
    said = _said(text)
    if said is None or not _EACH_ASKED.search(text):
        return None
    part, count = said
    tips = list(_ON_TOP.finditer(text))
    party = [
        m
        for m in _PARTY.finditer(text)
        if not re.search(r"\b(?:other|remaining)\s+$", text[: m.start()])
    ]
    if len(tips) > 1 or len(party) > 1:
        return None
    if party and float(party[0]["h"]) != float(count) + 1:
        return None  # a party that is not the payer and the rest: who pays what is unsaid
    figures = _FIGURE.findall(text)
    if len(figures) != 3 + len(tips) + len(party) or float(count) < 1:
        return None
    rest = list(figures)
    for used in (part, count, *(m["r"] for m in tips), *(m["h"] for m in party)):
        rest.remove(used) if used in rest else None
    if len(rest) != 1:
        return None
    total = f"{rest[0]} * (1 + {tips[0]['r']} / 100)" if tips else rest[0]
    if float(rest[0]) * (1 + (float(tips[0]["r"]) / 100 if tips else 0)) <= float(part):
        return None  # the total is the one figure left, and more than the part paid
    return f"({total} - {part}) / {count}"


def payer_and_rest_cover_group(question: str, size: int, used: set[Decimal]) -> bool:
    """Whether a group of ``size`` is one payer and "the other ``size - 1``" who share the rest,
    and the reading divides by those (so the group is used: "4 of us … i throw in 10 and the
    other 3 split the rest", opens56e)."""
    said = _said(question.replace(",", ""))
    return said is not None and Decimal(said[1]) == size - 1 and Decimal(said[1]) in used


def refuse_part_paid_added(question: str, expression: str) -> None:
    """Refuse a reading that adds a part someone paid to the total it was paid toward.

    Raises:
        ToolInputError: The question says a part is paid and the rest split, and the
            reading adds that part (``+ 100000``) instead of taking it off.
    """
    said = _said(question.replace(",", ""))
    if said is None:
        return
    part = said[0]
    if re.search(rf"\+\s*{re.escape(part)}(?![\d.])|(?<![\d.]){re.escape(part)}\s*\+", expression):
        raise ToolInputError(
            f"{question!r} says {part} is paid toward the total and the rest shared; "
            "it is not added to the total"
        )


def readers_55t(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    won = "원" if "원" in digits else None
    dollars = "$" if "$" in digits else None
    return ((part_paid_then_rest_split, won or dollars),)
