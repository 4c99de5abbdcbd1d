"""Follow-ups that change one figure in spoken words (found by the eighteenth unseen set).

Each reads a follow-up against the previous turn's step texts and returns the changed
steps and one line for the trace, or ``None`` (the contract of ``tools.followups``):

- :func:`more_days_said_in_words`: "하루 늦게 반납하면?", "이틀 더 빌리면?", "one more
  day?" add days to the step's count of days, as "1일 더 있으면" does (a rental verb
  was read as a new count: "1일 더 빌리면?" gave one day's price).
- :func:`one_does_not_pay`: "한 명은 안 내면?" is one payer fewer, as "한 명 빠지면".
- :func:`for_a_group_of`: "what about for two of us" after the price of one thing (one
  amount, no head count) is that price times the people.
- :func:`without_the_stated_tax`: "before tax?" after "… plus 10% tax" re-runs the
  request without the tax it stated.
- :func:`share_paid`: "회사가 반만 내주면?" (someone else pays a share: the rest is left
  to pay), "반만 내면?" (the writer pays the share).
- :func:`cut_by_a_fraction`: "what if I cut usage by a quarter?", "25% 줄이면?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_changes import change_by_amount
from tools.followup_rates import fewer_people
from tools.followup_said_anew import SAID_ANEW
from tools.followup_share_restated import share_said_before

__all__ = [
    "SPOKEN_CHANGES",
    "cut_by_a_fraction",
    "for_a_group_of",
    "more_days_said_in_words",
    "one_does_not_pay",
    "share_paid",
    "without_the_stated_tax",
]

_NUM = r"\d+(?:\.\d+)?"
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5}
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EN_COUNT = r"(?P<n>\d+|a|an|one|two|three|four|five|six)"

# "하루 늦게 반납하면?", "이틀 더 빌리면?", "2일 더 쓰면?", "1박 더 묵으면?".
_KO_MORE_DAYS = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:(?P<word>하루|이틀|사흘|나흘|닷새)|(?P<n>\d+)\s*(?P<u>일|박))\s*"
    r"(?:더|늦게)\s*[가-힣]{1,6}면\s*(?:요|얼마야|얼마예요)?\s*[?？]?\s*$"
)
# "one more day?", "and 2 extra days?", "what if I return it a day late?".
_EN_MORE_DAYS = LazyPattern(
    rf"^\s*(?:and|so|ok|what\s+(?:about|if)(?:\s+i\s+\w+(?:\s+it)?)?)?\s*,?\s*{_EN_COUNT}\s+"
    r"(?:more|extra|additional)\s+(?P<u>day|night)s?\s*[?.]?\s*$"
    r"|^\s*(?:and|so)?\s*(?:what\s+if\s+i\s+\w+(?:\s+it)?)\s+"
    r"(?P<n2>\d+|a|an|one|two|three|four|five|six)\s+(?P<u2>day|night)s?\s+"
    r"(?:late|later)\s*[?.]?\s*$",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    return _KO_DAYS.get(word) or _EN_COUNTS.get(word.lower()) or int(word)


def more_days_said_in_words(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``하루 늦게 반납하면?``: the step's count of days, that many more."""
    ko = _KO_MORE_DAYS.match(text)
    if ko is not None:
        days = _count(ko["word"] or ko["n"])
        unit = "박" if ko["u"] == "박" else "일"
        return change_by_amount(f"{days}{unit} 더 있으면?", steps)
    en = _EN_MORE_DAYS.match(text)
    if en is None:
        return None
    unit = "박" if (en["u"] or en["u2"] or "").lower() == "night" else "일"
    return change_by_amount(f"{_count(en['n'] or en['n2'])}{unit} 더 있으면?", steps)


# "한 명은 안 내면?", "한 사람이 못 내면?", "1명은 빼고 내면?": one of the payers drops out.
_ONE_DOES_NOT_PAY = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<n>한|두|1|2)\s*(?:명|사람)\s*(?:은|이|만)?\s*"
    r"(?:안|못)\s*(?:내면|낸다면|내면요)\s*[?？]?\s*$"
)


def one_does_not_pay(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``한 명은 안 내면?``: the split among one payer fewer (``한 명 빠지면``)."""
    match = _ONE_DOES_NOT_PAY.match(text)
    if match is None:
        return None
    return fewer_people(f"{match['n']} 명 빠지면?", steps)


# "what about for two of us", "and for 3 people?", "for the two of us?".
_FOR_A_GROUP = LazyPattern(
    r"^\s*(?:and|so|ok|what\s+about|how\s+about|how\s+much)?\s*(?:is\s+it\s+)?for\s+(?:the\s+)?"
    r"(?P<n>\d+|two|three|four|five|six)\s+(?:of\s+us|people|persons|adults|tickets)\s*[?.]?\s*$",
    re.IGNORECASE,
)
# A head count or a split in the steps: "for N" then names new people, another rule's.
_HEADS = LazyPattern(
    r"\d+\s*(?:명|인|사람)|인당|나누|나눠|\b(?:people|persons|ways|split|each|per\s+person)\b",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?!\s*%)(?![\d,]*\s*%)")


def for_a_group_of(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what about for two of us`` after the price of one: that price times the people."""
    match = _FOR_A_GROUP.match(text)
    if match is None or len(steps) != 1 or _HEADS.search(steps[0]):
        return None
    if len(_FIGURE.findall(steps[0])) != 1:
        return None  # a count of things already in the price: whose group is unclear
    people = _count(match["n"])
    return [*steps, f"그걸 {people}배 하면"], f"for {people} people: times {people}"


# "before tax?", "without the tax?", "tax excluded?", "세전은?", "세금 빼면?".
_ASKS_WITHOUT_TAX = LazyPattern(
    r"^\s*(?:and|so|what(?:'s|\s+is)\s+it|how\s+much)?\s*(?:before|without|minus|excluding)\s+"
    r"(?:the\s+)?(?:tax|vat)\s*[?.]?\s*$|^\s*(?:tax|vat)\s+excluded\s*[?.]?\s*$"
    r"|^\s*(?:그럼\s*)?(?:세전|세금\s*(?:빼면|빼고|제외하면|없이))\s*(?:은|는|이면)?요?\s*[?？]?\s*$",
    re.IGNORECASE,
)
# The tax the step states on top: "plus 10% tax", "with 8% VAT", "세금 10% 붙여서".
_STATED_TAX = LazyPattern(
    rf"\s*,?\s*(?:plus|with|and|\+)\s+(?:an?\s+)?{_NUM}\s*%\s*(?:sales\s+)?(?:tax|vat)(?:\s+on\s+top)?"
    rf"|\s*(?:에|에다)?\s*(?:세금|부가세)\s*{_NUM}\s*%\s*(?:를|을)?\s*"
    r"(?:붙여서|붙이면|더해서|더하면|얹어서|붙으면)",
    re.IGNORECASE,
)


def without_the_stated_tax(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``before tax?`` after ``… plus 10% tax``: the request without the tax it stated."""
    if not steps or _ASKS_WITHOUT_TAX.match(text) is None:
        return None
    for index in range(len(steps) - 1, -1, -1):
        stated = list(_STATED_TAX.finditer(steps[index]))
        if len(stated) == 1:
            changed = list(steps[: index + 1])
            tax = stated[0]
            changed[index] = steps[index][: tax.start()] + steps[index][tax.end() :]
            return changed, f"without the tax stated ({tax.group().strip()})"
    return None


_SHARES = {"반": Decimal("0.5"), "절반": Decimal("0.5"), "half": Decimal("0.5")}
_FRACTIONS = {"half": Decimal("0.5"), "a third": Decimal(1) / 3, "a quarter": Decimal("0.25")}
# "회사가 반만 내주면?", "보험에서 30% 내주면?", "반만 내면?", "내가 40%만 내면?".
_KO_SHARE_PAID = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:(?P<who>[가-힣]{1,6}?)\s*(?:가|이|에서|께서)\s+)?"
    r"(?P<share>절반|반|\d+(?:\.\d+)?\s*(?:%|퍼센트|프로))\s*(?:만|을|를|은)?\s*"
    r"(?P<verb>내주면|내\s*주면|대주면|대\s*주면|부담하면|지원하면|지원해\s*주면|내면)\s*[?？]?\s*$"
)
_KO_SELF = frozenset({"내", "제", "나", "저"})
# "what if the company pays half", "if insurance covers 30%", "what if I only pay half".
_EN_SHARE_PAID = LazyPattern(
    r"^\s*(?:and\s+)?(?:what\s+)?if\s+(?P<who>i|we|[a-z]+(?:\s+[a-z]+)?)\s+(?:only\s+)?"
    r"(?:pays?|covers?|chips?\s+in)\s+(?P<share>half|\d+(?:\.\d+)?\s*%)(?:\s+of\s+it)?\s*[?.]?\s*$",
    re.IGNORECASE,
)


def _share(word: str) -> Decimal:
    word = word.strip().lower()
    if word in _SHARES:
        return _SHARES[word]
    return Decimal(re.sub(r"[^\d.]", "", word)) / 100


def share_paid(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``회사가 반만 내주면?``: what is left to pay; ``반만 내면?``: the share paid."""
    if not steps or share_said_before(steps):
        return None  # "and if they only cover 60%" after "covers 80%": that share anew
    ko = _KO_SHARE_PAID.match(text)
    en = None if ko else _EN_SHARE_PAID.match(text)
    if ko is None and en is None:
        return None
    if ko is not None:
        share, who = _share(ko["share"]), ko["who"]
        own = who is None or who in _KO_SELF
        if who is None and ko["verb"] != "내면":
            return None  # "반만 내주면?" without who pays: whose share is unclear
    else:
        assert en is not None
        share, own = _share(en["share"]), en["who"].lower() in ("i", "we")
    if not 0 < share < 1:
        return None
    factor = share if own else 1 - share
    how = "the share paid" if own else "what is left after the share paid by another"
    return [*steps, f"그걸 {factor.normalize():f}배 하면"], f"{how}: times {factor.normalize():f}"


# "what if I cut usage by a quarter?", "cut it by 20%?", "25% 줄이면?", "4분의 1 줄이면?".
_EN_CUT = LazyPattern(
    r"^\s*(?:and\s+)?(?:what\s+)?if\s+(?:i|we|you)\s+(?:cut|reduce|lower)\s+(?:\w+\s+){0,2}?by\s+"
    r"(?P<f>half|a\s+third|a\s+quarter|\d+(?:\.\d+)?\s*%)\s*[?.]?\s*$",
    re.IGNORECASE,
)
_KO_CUT = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:[가-힣]{1,6}\s*(?:을|를)\s+)?"
    r"(?P<f>\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)|(?P<d>\d)\s*분의\s*(?P<m>\d))\s*(?:만큼)?\s*"
    r"(?:줄이면|덜\s*쓰면|아끼면)\s*[?？]?\s*$"
)


def cut_by_a_fraction(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if I cut usage by a quarter?``: the result less that fraction of it."""
    if not steps:
        return None
    en, ko = _EN_CUT.match(text), _KO_CUT.match(text)
    if en is not None:
        word = " ".join(en["f"].lower().split())
        cut = _FRACTIONS.get(word) or _share(word)
    elif ko is not None:
        cut = Decimal(ko["m"]) / Decimal(ko["d"]) if ko["d"] else _share(ko["f"])
    else:
        return None
    if not 0 < cut < 1:
        return None
    factor = (1 - cut).quantize(Decimal("1e-10")).normalize()
    return [*steps, f"그걸 {factor:f}배 하면"], f"cut by {cut.normalize():f}: times {factor:f}"


# In the order ``tools.followups`` tries them, after its own whole-turn changes.
SPOKEN_CHANGES = (
    more_days_said_in_words,
    one_does_not_pay,
    for_a_group_of,
    without_the_stated_tax,
    share_paid,
    cut_by_a_fraction,
    # New words for the same changes (tools.followup_said_anew).
    *SAID_ANEW,
)
