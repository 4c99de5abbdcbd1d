"""A bill charged in tiers: the first block of use at one rate, the use above it at another.

Set 31: "전기요금 200kWh까지는 kWh당 120원 그 다음 400까지는 215원이면 350kWh 쓰면 얼마" and
"electricity is 0.12 per kwh for the first 500 kwh and 0.18 after that, we used 740 kwh,
what's the bill" went to the cloud. Each tier charges only the use that falls inside it:
200 x 120 + (350 - 200) x 215 = 56,250원; 500 x 0.12 + (740 - 500) x 0.18 = 103.2.

Read only when the tiers are said in rising order, every figure is a tier's bound, a tier's
rate or the use, and the use falls inside a tier said (above the last bound with no rate for
"after that", the charge is unsaid and the reader declines).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.korean_numbers import normalize_numerals

__all__ = ["tiered_bill", "tiered_use_replaced"]

_N = r"\d+(?:\.\d+)?"
# The units a metered bill counts in: electricity, water, gas, data.
_U = r"(?:kwh|톤|tons?|m3|㎥|gb)"
_KO_FIRST = re.compile(
    rf"(?<![\d.])(?P<b>{_N})\s*{_U}?\s*까지(?:는|은)?\s*(?:{_U}\s*당\s*)?(?P<r>{_N})\s*원", re.I
)
_KO_NEXT = re.compile(
    rf"(?:그\s*)?다음(?:은|는)?\s*(?P<b>{_N})\s*{_U}?\s*까지(?:는|은)?\s*(?:{_U}\s*당\s*)?"
    rf"(?P<r>{_N})\s*원",
    re.I,
)
_KO_OPEN = re.compile(
    r"(?:그\s*(?:다음|이상|이후|위)(?:은|는|부터는?)?|초과(?:분은?|하면|는|부터는?)?"
    rf"|넘(?:으면|는\s*(?:부분|만큼)은?))\s*(?:{_U}\s*당\s*)?(?P<r>{_N})\s*원",
    re.I,
)
_KO_USE = re.compile(
    rf"(?<![\d.])(?P<u>{_N})\s*{_U}\s*(?:를|을|만|이나)?\s*(?:쓰|썼|사용|나왔|나오)", re.I
)
_EN_FIRST = re.compile(
    rf"(?<![\d.])(?P<r>{_N})\s+(?:per|a|an)\s+{_U}\s+for\s+the\s+first\s+(?P<b>{_N})\s*{_U}?",
    re.I,
)
_EN_OPEN = re.compile(
    rf"(?<![\d.])(?P<r>{_N})\s+(?:(?:per|a|an)\s+{_U}\s+)?(?:after\s+that|above\s+that"
    r"|beyond\s+that|over\s+that|thereafter|for\s+the\s+rest)\b",
    re.I,
)
_EN_USE = re.compile(rf"\b(?:used|use|using|consumed)\s+(?P<u>{_N})\s*{_U}?\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# What may join one tier to the next: a comma, "이고", "인데".
_JOINER = re.compile(r"[\s,]*(?:이고|고|인데|이며)?[\s,]*")
_ASKS = re.compile(r"얼마|요금|\bbill\b|\bcost\b|\bhow\s+much\b|\bwhat'?s\b|\bcharge", re.I)

Tier = tuple[Decimal | None, str]


def _tiers_ko(text: str) -> tuple[list[Tier], list[tuple[int, int]]] | None:
    first = _KO_FIRST.search(text)
    if first is None:
        return None
    tiers: list[Tier] = [(Decimal(first["b"]), first["r"])]
    spans = [first.span("b"), first.span("r")]
    at = first.end()
    while (more := _KO_NEXT.match(text, at) or _KO_NEXT.search(text, at)) is not None:
        if not _JOINER.fullmatch(text[at : more.start()]):
            break
        tiers.append((Decimal(more["b"]), more["r"]))
        spans += [more.span("b"), more.span("r")]
        at = more.end()
    rest = _KO_OPEN.search(text, at)
    if rest is not None and _JOINER.fullmatch(text[at : rest.start()]):
        tiers.append((None, rest["r"]))
        spans.append(rest.span("r"))
    return tiers, spans


def _tiers_en(text: str) -> tuple[list[Tier], list[tuple[int, int]]] | None:
    first = _EN_FIRST.search(text)
    if first is None:
        return None
    rest = _EN_OPEN.search(text, first.end())
    if rest is None or text[first.end() : rest.start()].strip(" ,").lower() not in ("and", ""):
        return None
    tiers: list[Tier] = [(Decimal(first["b"]), first["r"]), (None, rest["r"])]
    return tiers, [first.span("b"), first.span("r"), rest.span("r")]


def tiered_bill(original: str) -> tuple[str, str | None] | None:
    """ "200 * 120 + (350 - 200) * 215" for a tiered bill, or ``None``.

    Args:
        original: The request as asked.
    """
    text = normalize_numerals(original)
    if not _ASKS.search(text):
        return None
    korean = re.search(r"[가-힣]", text) is not None
    read = _tiers_ko(text) if korean else _tiers_en(text)
    use = (_KO_USE if korean else _EN_USE).search(text)
    if read is None or use is None:
        return None
    tiers, spans = read
    if len(tiers) < 2:
        return None  # one block alone is no tier
    bounds = [b for b, _ in tiers if b is not None]
    if bounds != sorted(set(bounds)) or any(b is None for b, _ in tiers[:-1]):
        return None  # bounds not rising, or an open tier before a bounded one
    spans.append(use.span("u"))
    if sorted(spans) != [f.span() for f in _FIGURE.finditer(text)]:
        return None  # a figure with no role in the tiers
    used = Decimal(use["u"])
    if tiers[-1][0] is not None and used > tiers[-1][0]:
        return None  # above the last tier said: its charge is unsaid
    terms: list[str] = []
    lower: Decimal | None = None
    for bound, rate in tiers:
        top = used if bound is None else min(used, bound)
        if lower is not None and top <= lower:
            break
        block = use["u"] if top == used else _plain(top)
        terms.append(
            f"{block} * {rate}" if lower is None else f"({block} - {_plain(lower)}) * {rate}"
        )
        lower = bound
        if top == used:
            break
    currency = "원" if korean else ("$" if "$" in original else "")
    return " + ".join(terms), currency


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


# A new use told alone: "300kWh만 썼으면?", "in january we used 900".
_NEW_USE_KO = re.compile(
    rf"^\s*(?:그럼\s*|만약\s*)?(?P<u>{_N})\s*{_U}\s*(?:만|이나)?\s*(?:썼으면|쓰면|사용했으면|사용하면"
    r"|나왔으면|나오면)\s*[?？]*\s*$",
    re.I,
)
_NEW_USE_EN = re.compile(
    rf"^\s*(?:and\s+|what\s+if\s+|but\s+)?(?:in\s+[a-z]+\s+)?(?:we|i)\s+(?:used|use)\s+"
    rf"(?P<u>{_N})\s*{_U}?\s*[?？.]*\s*$",
    re.I,
)


def tiered_use_replaced(text: str, step: str) -> str | None:
    """``step`` (a tiered bill) with its use set to the one ``text`` tells, or ``None``.

    Args:
        text: The follow-up ("300kWh만 썼으면?").
        step: The previous turn's step, read by :func:`tiered_bill`.
    """
    said = _NEW_USE_KO.match(normalize_numerals(text)) or _NEW_USE_EN.match(text)
    if said is None or tiered_bill(step) is None:
        return None
    plain = normalize_numerals(step)
    korean = re.search(r"[가-힣]", plain) is not None
    use = (_KO_USE if korean else _EN_USE).search(plain)
    if use is None:
        return None
    start, end = use.span("u")
    return plain[:start] + said["u"] + plain[end:]
