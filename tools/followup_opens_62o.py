"""Follow-ups of set 52's calculations (opens62), each read only after its own first form.

- Whole packs after a pack's price ("라면 5개입 한봉지 4250원이면 한개에 얼마" → "23개 필요한데
  봉지째로만 팔면 얼마 드냐"; "24 pack of soda costs 11.76, so per can thats" → "need 60 cans
  and they only sell the 24 packs, total?"): the count needed, bought in whole packs, is
  ceil(23 / 5) × 4,250 = 21,250 (never 23 × 850). Read by slots: the pack priced in the
  previous step (the packs readers' own patterns), one count needed in the turn with a word
  of need, the packs said to be the only way it is sold (봉지째로만, 묶음으로만, 낱개로는 안
  팔면, "only sell the packs", "only comes in packs"), the cost asked. Without the words of
  packs only, the turn is left to the other rules (23 at the piece price may be meant).
- One more night of a stay the group shares ("숙소 하루 더 묵으면?" after "항공권 1인 42만원이고
  숙소 3박 총 36만원을 넷이 나누면"): the stay at its nightly rate for one night more (4박 총
  48만원), only after that form.
- The span said anew after a first month priced apart ("and over 2 years" after "phone plan
  is 10 dollars the first month and 35 a month after that. what do i pay over a year"): 10 +
  23 × 35, only after that form.
- A split's count said anew after a bare count ("… split it between 4. each?" → "what if 5
  of us"): the one figure after split/divide/share, which has no unit for the slot readers
  to match "of us" with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS
from tools.calculator_opens_62o import SPAN_EN, first_month_then_monthly_en, per_head_plus_shared
from tools.calculator_pack_unit_price_51a import PACK_PRICED_EN
from tools.calculator_packs_for_count_ko_58s import PACK_PRICED_KO
from tools.dozens_en import dozens_as_digits
from tools.followup_rerun import Changed, kept_if_read, spliced
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_62O",
    "first_month_span_anew_en",
    "split_count_anew_en",
    "stay_night_more",
    "whole_packs_needed",
]

WHOLE_PACKS_62O = True

_PIECE_KO = r"(?:캔|개|병|봉|롤|매|장|알|구|팩)"
# The count needed: "23개 필요한데", "23개 사야 되는데", "23개 있어야 하면".
_NEEDED_KO = LazyPattern(
    rf"(?P<k>\d+)\s*(?P<c>{_PIECE_KO})\s*(?:이|가|을|를|은|는)?\s*(?:정도\s*)?"
    r"(?:필요하면|필요한데|필요해서|필요하고|사야\s*(?:하면|되면|하는데|되는데)|있어야\s*(?:하면|되면|하는데)"
    r"|사려면|살려면|사려고\s*하는데)"
)
# Only whole packs sold: "봉지째로만 팔면", "묶음으로만 판대", "낱개로는 안 팔면", "박스 단위로만".
_PACKS_ONLY_KO = LazyPattern(
    r"(?:봉지|묶음|팩|박스|상자|세트|번들|케이스|망)\s*(?:째로|채로|단위로|으로|로)\s*만"
    r"|낱개\s*(?:로|로는|는)?\s*(?:안|못)\s*(?:팔|사)"
)
_COST_KO = re.compile(r"얼마|몇\s*원|총\s*(?:액|금액)|비용|드냐|들어")
_NEEDED_EN = LazyPattern(
    r"\b(?:need|needs|want|have\s+to\s+(?:get|buy)|gotta\s+(?:get|buy))\s+(?:to\s+(?:get|buy)\s+)?"
    r"(?P<k>\d+)(?:\s+(?P<thing>[a-z]+))?",
    re.IGNORECASE,
)
# "they only sell the 24 packs", "it only comes in 6-packs", "sold in whole packs only".
_PACKS_ONLY_EN = LazyPattern(
    r"\bonly\s+(?:sell|sells|sold|come|comes|available)\s+(?:in\s+)?(?:the\s+)?(?:whole\s+|full\s+)?"
    r"(?:\d+\s*-?\s*)?(?:packs?|boxes|box|cases?|cartons?|bags?)\b"
    r"|\b(?:packs?|boxes|cases?|cartons?|bags?)\s+only\b"
    r"|\bwhole\s+(?:packs|boxes|cases|cartons|bags)\b",
    re.IGNORECASE,
)
_COST_EN = re.compile(r"\btotal\b|\bhow\s+much\b|\bcost\b|\bspend\b|\bpay\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
# Words after the count that name no thing ("need 60 for the party").
_NO_THING = frozenset({"for", "and", "so", "but", "more", "total", "in", "to", "of", "at"})


def whole_packs_needed(text: str, steps: Sequence[str]) -> Changed | None:
    """The previous step's pack bought whole for the count the turn needs, or ``None``."""
    if not WHOLE_PACKS_62O or len(steps) != 1:
        return None
    turn = normalize_numerals(text).replace(",", "")
    step = normalize_numerals(steps[0]).replace(",", "")
    if re.search(r"[가-힣]", turn):
        needed, only, cost = _NEEDED_KO.search(turn), _PACKS_ONLY_KO.search(turn), _COST_KO
        pack = PACK_PRICED_KO.search(step)
        if needed is None or only is None or pack is None or not cost.search(turn):
            return None
        if needed["c"] != (pack["c"] or pack["c2"]):
            return None  # another thing than the one packed
        size, price, piece = pack["q"] or pack["q2"], pack["p"] or pack["p2"], needed["c"]
        unit = pack["pk"] or pack["pk2"]
        if _FIGURE.findall(turn) != [needed["k"]]:
            return None  # another figure beside the count (a price, a discount)
        changed = f"{size}{piece}들이 한{unit}에 {price}원인데 {needed['k']}{piece} 필요하면 얼마"
        return kept_if_read(changed, f"{needed['k']}{piece} in whole {unit} of {size}")
    needed, only = _NEEDED_EN.search(turn), _PACKS_ONLY_EN.search(turn)
    pack = PACK_PRICED_EN.search(step)
    if needed is None or only is None or pack is None or not _COST_EN.search(turn):
        return None
    size = pack["q"] or pack["q2"] or pack["q3"]
    price = pack["p"] or pack["p2"] or pack["p3"]
    if not size.isdigit():
        return None
    # The turn's figures: the count needed, and at most the pack size said again.
    if sorted(set(_FIGURE.findall(turn)) - {size}) != [needed["k"]]:
        return None
    thing = needed["thing"] if needed["thing"] and needed["thing"].lower() not in _NO_THING else ""
    changed = f"a {size}-pack is {price}, i need {needed['k']} {thing}, total?".replace(" ,", ",")
    return kept_if_read(changed, f"{needed['k']} in whole packs of {size}")


# The split's bare count in the step: "split it between 4.", "divide by 3", "share it among 5".
_SPLIT_BARE = LazyPattern(
    r"\b(?:split|splitting|divide|divided|share|sharing)\s+(?:it|that|this|the\s+(?:bill|total|"
    r"cost|check|tab))?\s*(?:between|among|amongst|by|in|with)?\s*(?P<k>\d+)"
    r"(?![\d.]*\s*(?:%|ways|people|ppl|persons?|friends|of\s+us|guys))",
    re.IGNORECASE,
)
_COUNT_ANEW_EN = LazyPattern(
    r"^\s*(?:and\s+|ok\s+|so\s+|but\s+)?(?:what\s+(?:if|about)|how\s+about|if|make\s+it|with)\s+"
    r"(?:it'?s\s+|its\s+|it\s+is\s+|there'?s\s+|there\s+are\s+|we'?re\s+|we\s+are\s+)?"
    r"(?:just\s+|only\s+)?(?P<n>\d+)\s+(?:of\s+us|people|ppl|ways|friends|persons|guys)\s*"
    r"(?:instead|now|then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def split_count_anew_en(text: str, steps: Sequence[str]) -> Changed | None:
    """The one bare count a step splits by, said anew with its people, or ``None``."""
    said = _COUNT_ANEW_EN.match(text)
    if said is None or len(steps) != 1:
        return None
    splits = list(_SPLIT_BARE.finditer(steps[0]))
    if len(splits) != 1 or int(said["n"]) < 1:
        return None
    old = splits[0]
    changed = spliced(steps[0], [(old.span("k"), said["n"])])
    return kept_if_read(changed, f"split by {old['k']} → {said['n']}")


# One more night of a stay priced for all its nights: "숙소 하루 더 묵으면?", "1박 더 하면".
_NIGHT_MORE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*)?(?:(?P<label>[가-힣]{1,6}?)\s*(?:에서|은|는|을|를)?\s*)?"
    r"(?:하루|하룻밤|한\s*밤|1\s*박|(?P<k>\d+)\s*박)\s*(?:더|추가로|연장해서|늘려서)\s*"
    r"(?:묵으면|자면|있으면|하면|머물면|연장하면|잡으면)\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?"
    r"(?:\s*(?:한\s*명당|1\s*인당|인당|각자)\s*(?:얼마[가-힣]*)?)?\s*[?？.]*\s*$"
)
# The stay in the step: "숙소 3박 총 360000원", its nights and the price of all of them.
_STAY_TOTAL = re.compile(r"(?P<n>\d+)\s*박\s*(?:총\s*|전체\s*|합쳐서\s*)(?P<b>\d+)\s*원")


def stay_night_more(text: str, steps: Sequence[str]) -> Changed | None:
    """The step's stay priced for all its nights, with more nights at the same rate, or
    ``None``."""
    said = _NIGHT_MORE.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0]).replace(",", "")
    if per_head_plus_shared(step) is None:
        return None  # only after a stay the group shares beside each one's own cost
    stays = list(_STAY_TOTAL.finditer(step))
    if len(stays) != 1:
        return None
    if said["label"] and said["label"] not in step[: stays[0].start()]:
        return None  # a night more of something the step does not price
    stay = stays[0]
    nights, price, more = int(stay["n"]), int(stay["b"]), int(said["k"] or 1)
    if nights < 1 or price % nights:
        return None  # a night's rate with no whole won: not this plain form
    new_nights = nights + more
    new = f"{new_nights}박 총 {price // nights * new_nights}원"
    return kept_if_read(spliced(step, [(stay.span(), new)]), f"{nights}박 → {new_nights}박")


# The span said anew: "and over 2 years", "what about 18 months?", "for two years then".
_SPAN_ANEW_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+|what\s+if\s+(?:i|we)\s+"
    r"(?:keep|stay|have)\s+it\s+)?(?:over|for|in|across)?\s*(?:a|one|(?P<n>\d+))\s+"
    r"(?P<u>years?|months?)\s*(?:then|instead|total)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def first_month_span_anew_en(text: str, steps: Sequence[str]) -> Changed | None:
    """The span of a first-month-then-monthly step said anew, or ``None``."""
    words = re.sub(
        r"\b(?:two|three|four|five|six|seven|eight|nine)\b(?=\s+(?:years?|months?)\b)",
        lambda m: ENGLISH_DIGITS[m.group().lower()],
        dozens_as_digits(text),
        flags=re.IGNORECASE,
    )
    said = _SPAN_ANEW_EN.match(words)
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    if first_month_then_monthly_en(step) is None:
        return None  # only after that form
    spans = list(SPAN_EN.finditer(step))
    if len(spans) != 1:
        return None
    count = said["n"] or "1"
    new = f"over {count} {said['u']}"
    return kept_if_read(spliced(step, [(spans[0].span(), new)]), f"{spans[0].group()} → {new}")


CHANGES_62O = (
    # "23개 필요한데 봉지째로만 팔면 얼마", "need 60 cans and they only sell the 24 packs".
    whole_packs_needed,
    # "what if 5 of us" after "… split it between 4. each?".
    split_count_anew_en,
    # "숙소 하루 더 묵으면?" after "… 숙소 3박 총 36만원을 넷이 나누면".
    stay_night_more,
    # "and over 2 years" after "10 dollars the first month and 35 a month after that …".
    first_month_span_anew_en,
)
