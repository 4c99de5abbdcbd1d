"""Follow-ups of set 52's calculations (opens62), each read only after its own first form.

- One more night of a stay the group shares ("숙소 하루 더 묵으면?" after "항공권 1인 42만원이고
  숙소 3박 총 36만원을 넷이 나누면"): the stay at its nightly rate for one night more (4박 총
  48만원), only after that form.
- The span said anew after a first month priced apart ("and over 2 years" after "phone plan
  is 10 dollars the first month and 35 a month after that. what do i pay over a year"): 10 +
  23 × 35, only after that form.
- The other figure of the same reading asked: the tax inside a price that includes it after
  its price before tax ("and how much of the 45 is tax then"), the balance after simple
  interest alone ("and whats the total balance then"); the step's question replaced.
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
from tools.dozens_en import dozens_as_digits
from tools.followup_rerun import Changed, kept_if_read, spliced
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_62O",
    "first_month_span_anew_en",
    "interest_total_asked",
    "split_count_anew_en",
    "stay_night_more",
    "tax_part_asked",
]

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


# --- The other figure of the same reading asked ------------------------------------------
# After "tag says 45 and that already includes 8% tax, whats the price before tax": "and how
# much of the 45 is tax then", "how much of that is tax", "and the tax part?".
_TAX_PART_ASKED = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:how\s+much\s+of\s+(?:it|that|this|the\s+(?P<a>\d+(?:\.\d+)?)"
    r"|the\s+(?:price|total|tag|amount))\s+(?:is|was)\s+(?:just\s+)?(?:the\s+)?(?:tax|vat)"
    r"|(?:what'?s|whats|what\s+is|and)\s+the\s+(?:tax|vat)(?:\s+(?:part|portion|itself|alone))?"
    r"|the\s+(?:tax|vat)\s+(?:part|portion|itself|alone))\s*(?:then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The price before tax asked in the step, said last: ", whats the price before tax".
_PRETAX_ASKED = LazyPattern(
    r"\s*[,.]?\s*(?:so\s+)?(?:what'?s|whats|what\s+is|what\s+was|how\s+much\s+(?:is|was))\s+"
    r"(?:the\s+)?(?:price|cost|amount)\s+(?:before|without|excluding|ex|minus)\s+(?:the\s+)?"
    r"(?:tax|vat)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The amount with its tax in it: "45 and that already includes 8% tax", "45 including 8% tax".
_TAX_INCLUDED = LazyPattern(
    r"(?P<a>\d+(?:\.\d+)?)\D{0,40}?\binclud(?:es|ing|ed)\s+(?:an?\s+)?"
    r"\d+(?:\.\d+)?\s*%\s*(?:sales\s+)?(?:tax|vat)",
    re.IGNORECASE,
)


def tax_part_asked(text: str, steps: Sequence[str]) -> Changed | None:
    """The tax inside an amount that includes it, asked after its price before tax, or
    ``None``."""
    said = _TAX_PART_ASKED.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    asked, included = _PRETAX_ASKED.search(step), _TAX_INCLUDED.search(step)
    if asked is None or included is None:
        return None
    if said["a"] is not None and float(said["a"]) != float(included["a"]):
        return None  # another amount than the one the tax is in
    return kept_if_read(f"{step[: asked.start()]}, how much of it is tax", "the tax part asked")


# After "if i leave 8000 in savings at 4.5% simple interest, how much interest after 3
# years": "and whats the total balance then", "and the balance?", "what's the total then".
_TOTAL_ASKED = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:(?:what'?s|whats|what\s+is|what\s+will\s+be|how\s+much\s+is)\s+)?"
    r"(?:the\s+|my\s+)?(?:total\s+balance|balance|total|end\s+balance|final\s+balance)"
    r"\s*(?:then|after\s+that|in\s+the\s+account)?\s*[?.!]*\s*$"
    r"|^\s*(?:그럼\s*)?(?:원리금|총액|잔액|총\s*금액)\s*(?:은|는)?\s*(?:얼마[가-힣]*)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
_SIMPLE_INTEREST = LazyPattern(r"simple\s+interest|단리", re.IGNORECASE)
# The interest asked in the step: "how much interest", "이자 얼마".
_INTEREST_ASKED = LazyPattern(
    r"how\s+much\s+interest(?:\s+(?:do|will|would)\s+i\s+(?:get|earn|make))?|이자(?=\s*(?:는|가|가\s*)?\s*얼마)",
    re.IGNORECASE,
)


def interest_total_asked(text: str, steps: Sequence[str]) -> Changed | None:
    """The principal with its simple interest, asked after the interest alone, or ``None``."""
    if _TOTAL_ASKED.match(text) is None or len(steps) != 1:
        return None
    step = steps[0]
    asked = list(_INTEREST_ASKED.finditer(step))
    if not _SIMPLE_INTEREST.search(step) or len(asked) != 1:
        return None
    korean = asked[0].group().startswith("이자")
    new = "만기에 원리금 총" if korean else "how much in total"
    return kept_if_read(spliced(step, [(asked[0].span(), new)]), "the total with the principal")


CHANGES_62O = (
    # "what if 5 of us" after "… split it between 4. each?".
    split_count_anew_en,
    # "숙소 하루 더 묵으면?" after "… 숙소 3박 총 36만원을 넷이 나누면".
    stay_night_more,
    # "and over 2 years" after "10 dollars the first month and 35 a month after that …".
    first_month_span_anew_en,
    # "and how much of the 45 is tax then" after "… includes 8% tax, whats the price before tax".
    tax_part_asked,
    # "and whats the total balance then" after "… simple interest, how much interest after 3 years".
    interest_total_asked,
)
