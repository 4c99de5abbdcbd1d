"""Which of two packs is cheaper per 100 g (per kg, per litre): each price, then the cheaper.

"원두 200g 9,800원이랑 500g 22,000원 중에 100g당 뭐가 더 싸" and "the 500g cereal box is 4.20
and the 750g box is 5.85, which one is cheaper per 100g" went to the cloud tier (blind set
33): :mod:`tools.unit_prices_each` reads "g당 각각" (each price), not the comparison. With
exactly two packs in the same unit, every figure a pack's quantity or price (or the 100 of
"per 100g"), the answer is each pack's price per the asked amount and the cheaper pack
(4,900원 and 4,400원 per 100g: the 500g; 0.84 and 0.78: the 750g). Equal prices are said
to be equal.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER
from tools.calculator_pass_or_daily import pass_or_daily, percent_or_amount_off
from tools.korean_numbers import format_number, normalize_numerals
from tools.pack_scale_53a import pack_factor

__all__ = ["cheaper_pack"]

_MEASURES = {"g": "g", "그램": "g", "kg": "kg", "킬로": "kg", "ml": "ml", "l": "L", "리터": "L"}
# Packs of a count compared per piece ("휴지 30롤 19900원이랑 24롤 15900원 중에 롤당 뭐가
# 더쌈", set 49): the piece is asked by name ("롤당", "per roll"), never left to a default,
# and both packs count the same piece.
_COUNTS = {
    **{w: w for w in ("롤", "매", "구", "캔", "병", "알", "정", "포", "개", "봉")},
    # "5개입 … 8개입 … 개당", "50매 … 30매 … 한장당" (probes58): one piece, two words.
    "개입": "개",
    "장": "매",
    **{w: "roll" for w in ("rolls", "roll")},
    **{w: "sheet" for w in ("sheets", "sheet")},
    **{w: "pod" for w in ("pods", "pod")},
    **{w: "can" for w in ("cans", "can")},
    **{w: "bar" for w in ("bars", "bar")},
    **{w: "diaper" for w in ("diapers", "diaper")},
    **{w: "bag" for w in ("bags", "bag")},
    **{w: "piece" for w in ("pieces", "piece")},
}
_UNITS = {**_MEASURES, **_COUNTS}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_ASKED = LazyPattern(
    rf"(?P<n>{NUMBER})?\s*(?P<u>{_UNIT})\s*당\s*(?:으로\s*)?(?:치면\s*)?"
    r"(?:(?:뭐가|뭐|어떤\s*게|어떤\s*거|어느\s*(?:게|거|쪽이?)|어디가)\s*(?:더\s*)?(?:싸|저렴|이득|쌈)"
    # "한장당 가격 비교좀", "개당 단가 비교해줘" (probes58): the comparison asked by name.
    r"|(?:가격|단가|값|얼마인지)\s*(?:좀\s*)?(?:비교|따져))"
    # ("which is better value per 100g", no article: set 37.)
    r"|which\s+(?:one\s+|pack\s+|box\s+|bag\s+)?(?:is\s+)?(?:cheaper|(?:the\s+)?better\s+(?:deal|buy|value))"
    rf"\s+(?:per|by\s+the)\s+(?P<n2>{NUMBER})?\s*(?P<u2>{_UNIT})\b",
    re.IGNORECASE,
)
# "500 g for 3.20 or 750 g for 4.50, which is better value" (blind set 35): no amount asked
# per, so the packs' own unit gives it (per 100 g or 100 ml, per kg or litre). The English
# order reader had answered the cheaper pack's price per gram alone ('0.006'), naming no
# pack: a figure that does not answer "which".
_ASKED_NO_AMOUNT = LazyPattern(
    r"(?:\b(?:so|and)\s+)?\b(?:which(?:\s+one|\s+pack|\s+box|\s+bag)?(?:'s|\s+is)?\s+"
    r"(?:cheaper|(?:the\s+|a\s+)?better\s+(?:value|deal|buy))|(?:the\s+)?better\s+(?:value|deal|buy))"
    r"\s*[?.!]*$"
    r"|(?:중에|중|둘\s*중)?\s*(?:뭐가|어떤\s*게|어떤\s*거|어느\s*(?:게|거|쪽이?))\s*(?:더\s*)?"
    r"(?:싸|저렴|이득)\S*\s*[?？.!]*$",
    re.IGNORECASE,
)
# The amount a price is given per when the question names none: 100 g and 100 ml, as
# shelf labels show, or one kg or litre.
_DEFAULT_PER = {"g": Decimal(100), "ml": Decimal(100), "kg": Decimal(1), "L": Decimal(1)}
# A pack may hold several bottles of the size said: "2L 6병 5900원" is 12 L (set 46).
_PACK = LazyPattern(
    rf"(?P<q>{NUMBER})\s*(?P<u>{_UNIT})(?![a-z])"
    rf"(?:\s*(?P<k>{NUMBER})\s*(?P<kc>병|개|팩|캔|입|봉지|봉|묶음)(?:\s*(?:짜리|묶음))?)?"
    r"(?:\s+[a-z]+){0,2}?\s*"
    r"(?:is|for|at|costs?|에|짜리(?:가|는)?|,)?\s*(?P<sign>\$)?\s*"
    rf"(?P<p>{NUMBER})\s*(?P<won>원)?",
    re.IGNORECASE,
)
_FIGURE = re.compile(NUMBER)
# Packs named by their count ("3-pack of razors is 8.97 and a 5-pack is 13.95, which one is
# cheaper per razor", set 52, opens62): the piece is the thing packed, whatever its name, so
# both packs are said as pieces and the piece asked is "piece".
_N_PACK = LazyPattern(
    r"(?<![\d.])(?P<q>\d+)\s*-?\s*(?:pack|pk|count|ct)\b(?:\s+of\s+(?P<thing>[a-z]+))?", re.I
)
_PER_THING = LazyPattern(r"\b(?:per|a|each)\s+(?P<thing>[a-z]{3,})\b(?=\s*[?.!]*\s*$)", re.I)


def _one(word: str) -> str:
    """A noun's singular, near enough to compare ("batteries" and "battery")."""
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def _packs_as_pieces(s: str) -> str:
    """``s`` with two packs named by their count said as that many pieces, when the piece
    asked is the thing packed; ``s`` unchanged otherwise."""
    packs = list(_N_PACK.finditer(s))
    asked = _PER_THING.search(s)
    if len(packs) != 2 or asked is None:
        return s
    things = {_one(p["thing"]) for p in packs if p["thing"]}
    if things != {_one(asked["thing"])}:
        return s  # the piece asked is not the one thing packed
    s = f"{s[: asked.start('thing')]}piece{s[asked.end('thing') :]}"
    for pack in reversed(packs):
        s = f"{s[: pack.start()]}{pack['q']} pieces{s[pack.end() :]}"
    return s


def _places(price: Decimal) -> int:
    """Decimals enough for two significant digits (0.78, 0.011), never fewer than two."""
    if price <= 0 or price >= 1:
        return 2
    return max(2, 1 - price.adjusted())


def _subject(word: str) -> str:
    """이 after a closed syllable or a Latin unit ("500g이"), 가 after an open one ("50매가")."""
    last = word[-1]
    if "가" <= last <= "힣":
        return "이" if (ord(last) - 0xAC00) % 28 else "가"
    return "이"


def _after_question(s: str, question: re.Match[str]) -> str:
    """The text after the question, where packs said after it are."""
    return s[question.end() :]


def cheaper_pack(text: str) -> tuple[str, str] | None:
    """Each pack's price per the asked amount and the cheaper one: (answer, how), or None."""
    pass_or_rate = pass_or_daily(text)  # "월주차 15만원 … 하루 9천원 … 18일": the two sums
    pass_or_rate = pass_or_rate or percent_or_amount_off(text)  # "15% off or a 200 off coupon"
    if pass_or_rate is not None:
        return pass_or_rate
    s = normalize_numerals(unicodedata.normalize("NFKC", text).strip()).replace(",", "")
    s = _packs_as_pieces(s)
    asked = _ASKED.search(s)
    question = asked if asked is not None else _ASKED_NO_AMOUNT.search(s)
    if question is None:
        return None
    head = s[: question.start()]
    packs = list(_PACK.finditer(head))
    if not packs:
        # "which is better value per 100g, 450g bag for 3.20 or 700g for 4.60": the question
        # first, the packs after it (set 37).
        head = _after_question(s, question)
        packs = list(_PACK.finditer(head))
    if len(packs) != 2:
        return None
    if asked is not None:
        unit = _UNITS[(asked["u"] or asked["u2"]).lower()]
        per = Decimal(asked["n"] or asked["n2"] or "1")
    else:
        unit = _UNITS[packs[0]["u"].lower()]
        if unit in _COUNTS.values():
            return None  # pieces compared with no piece asked: per piece or the total?
        per = _DEFAULT_PER[unit]
    factors = [pack_factor(_UNITS[p["u"].lower()], unit) for p in packs]  # 2.3L in ml (set 44)
    if any(f is None for f in factors):
        return None
    used = {p.span(g) for p in packs for g in ("q", "p", "k") if p[g] is not None}
    if any(f.span() not in used for f in _FIGURE.finditer(head)) or per == 0:
        return None  # a figure that is no pack's quantity or price: another question
    if (
        any(Decimal(p["q"]) * Decimal(p["k"] or 1) == 0 for p in packs)
        or len({bool(p["sign"]) for p in packs}) != 1
    ):
        return None
    korean = re.search("[가-힣]", s) is not None
    label = unit if per == 1 else f"{format_number(per)}{unit}"
    shown, prices = [], []
    for pack, factor in zip(packs, factors, strict=True):
        held = Decimal(pack["q"]) * Decimal(pack["k"] or 1)
        price = Decimal(pack["p"]) / (held * (factor or 1)) * per
        prices.append(price)
        amount = f"{price:,.{_places(price)}f}"
        if pack["sign"]:
            amount = f"${amount}"
        elif korean:
            # (A piece's price keeps one decimal: 662.5원 and 663.3원 must not both be 663원.)
            amount = f"{format_number(price, 1 if unit in _COUNTS.values() else 0)}원"
        bottles = f" x {pack['k']}" if pack["k"] else ""
        gap = " " if len(pack["u"]) > 2 and pack["u"].isascii() else ""  # "12 rolls"
        shown.append(
            f"{format_number(Decimal(pack['q']))}{gap}{pack['u']}{bottles}: {amount}/{label}"
        )
    if prices[0] == prices[1]:
        verdict = f"{label}당 가격이 같습니다" if korean else f"the same per {label}"
    else:
        cheap = packs[0] if prices[0] < prices[1] else packs[1]
        gap = " " if len(cheap["u"]) > 2 and cheap["u"].isascii() else ""
        name = f"{format_number(Decimal(cheap['q']))}{gap}{cheap['u']}"
        if cheap["k"]:
            name += f" {cheap['k']}{cheap['kc']}" if korean else f" x {cheap['k']}"
        verdict = f"{name}{_subject(name)} 더 쌉니다" if korean else f"the {name} pack is cheaper"
    return f"{', '.join(shown)} → {verdict}", f"each price over its quantity, per {label}"
