"""Every figure, period and change a follow-up says has a role in its reading, or no answer.

Four wrong answers (calc59) had one cause: a rule read part of a follow-up and dropped
the rest without a word.

- "13캔이면 2명이 나누면" after whole packs for 20 cans: the split read, the 13 cans
  dropped (10,800원: the old 4 packs halved, never 3 packs' 8,100원).
- "그럼 다 합치면 셋이 나누면" after a tip on the rest of a bill: the split read, the total
  dropped (3,000원: the tip shared, never the 129,000원 bill and tip shared).
- "flip it, coupon before the 30%" after 40% off then a $10 coupon: "30% of the previous
  result" ($12.30), a percent the first turn never had and an order change ignored.

So: a follow-up whose own figures (or periods: "일년", "a year", "per month") are not all
in the steps its reading re-runs is declined (:func:`leaves_a_figure_unused`); a change
followed by a split ("13캔이면 2명이 나누면", "... split between 2") is read as the two
changes in the order said, each by the rules that read it alone, or declined
(:func:`change_then_split`); and a turn appended to the previous result as one more
operation must not reorder earlier steps or name "the 30%" they never had
(:func:`changes_earlier_steps`). A count bought ("그럼 13캔 사면") read as a pack's size
(a 13-can pack) is declined too (:func:`swaps_a_pack_size`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Final, Literal

from core.lazy_regex import LazyPattern
from tools.followup_chain import FollowUp
from tools.followup_native_heads import native_heads_as_count
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = [
    "DECLINED",
    "change_then_split",
    "changes_earlier_steps",
    "leaves_a_figure_unused",
    "swaps_a_pack_size",
]

DECLINED: Final = "declined"
Resolver = Callable[[Sequence[str], str, datetime | None], FollowUp | None]

_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")

# A period said in the follow-up, by the family a step must name again for it to be used.
_PERIODS: Final = {
    "year": LazyPattern(
        r"일\s*년|한\s*해|\d+\s*년|1\s*년|연간|\b(?:a|per|each|every|one|whole|full)\s+year\b"
        r"|\byearly\b|\bannual(?:ly)?\b|\d+\s*years?\b|/\s*yr\b",
        re.IGNORECASE,
    ),
    "month": LazyPattern(
        # (월세, 월급: a month's; four weeks is the month the calculator takes, month_as_weeks.)
        r"매\s*달|매\s*월|한\s*달|달마다|개월|월\s*\d|월(?:세|급|납|회비|정액|요금|구독)"
        r"|(?<![\d.])4\s*주(?!일|말)|\bfour\s+weeks\b|\b(?:a|per|each|every)\s+month\b|\bmonthly\b"
        r"|\d+\s*months?\b|/\s*mo\b",
        re.IGNORECASE,
    ),
    "week": LazyPattern(
        r"매\s*주|일주일|\d+\s*주(?![가-힣])|주마다|\b(?:a|per|each|every)\s+week\b|\bweekly\b"
        r"|\d+\s*weeks?\b",
        re.IGNORECASE,
    ),
    "trip": LazyPattern(r"편도|왕복|\beach\s+way\b|\bround\s*trip\b|\bboth\s+ways\b", re.I),
}
# Figures a rule rewrites as another unit or scale, whose digits the steps need not repeat
# ("4시간 20분" as 260 minutes, "1.5배", "반", a percent as a factor): only counts and
# amounts are held to the check; a follow-up with any of these is left to its rules.
_REWRITTEN = LazyPattern(
    r"\d\s*(?:시간|분|초|배|시|:\d)|\d\s*(?:hours?|hrs?|mins?|minutes?|seconds?|times|x)\b"
    r"|\d\s*(?:am|pm)\b|[/:]\d|\d\s*(?:월|일)(?![가-힣]*(?:씩|에|마다))|\d\s*['′\"]"
    r"|\band\s+a\s+half\b|(?<![가-힣])반(?![가-힣])|\d\s*반",
    re.IGNORECASE,
)


# A figure that labels rather than counts ("2차", "3번째", "1인당"): no quantity to place.
_LABEL = LazyPattern(
    r"(?<![\d.])\d+\s*(?:차|번째|등|층|호|위|st|nd|rd|th)\b|(?<![\d.])1\s*(?:인|명|개|잔|장)?\s*당",
    re.IGNORECASE,
)
# The scales a rule may show a figure in: years as months or weeks, 만 as won, k as 1000.
_SCALES: Final = (Decimal(12), Decimal(52), Decimal(365), Decimal(7), Decimal(30), Decimal(60))
_SCALES_ALSO: Final = (Decimal(100), Decimal(1000), Decimal(10000))


# A unit's power ("18 m²", NFKC "m2", "cm3"): part of the unit, no figure of its own.
_UNIT_POWER = LazyPattern(r"(?<=[a-zA-Z])[²³23](?![\d.])")


def _values(text: str) -> Counter[Decimal]:
    text = _UNIT_POWER.sub(" ", _LABEL.sub(" ", text))
    plain = english_counts_as_digits(normalize_numerals(native_heads_as_count(text)))
    values: Counter[Decimal] = Counter()
    for figure in _FIGURE.finditer(plain):
        try:
            values[Decimal(figure.group(0).replace(",", "")).normalize()] += 1
        except InvalidOperation:
            continue
    return values


# An order of steps said, and a reading's line that says it placed one.
_ORDER_SAID = LazyPattern(
    # (Not "swap to 1.6 lbs", "switch to the yearly plan": a figure or a plan replaced.)
    r"\b(?:flip|flipped|reverse|reversed)\b|\bbefore\s+the\b"
    r"|\b(?:swap|switch)(?:ped|ed)?\s+(?:it|them|those|that|the\s+order|the\s+two)\b"
    # (Not "먼저" alone: "한 명 먼저 가서" is someone leaving early, set 3.)
    r"|\bthe\s+other\s+way\b|순서|거꾸로|반대로",
    re.IGNORECASE,
)
_ORDER_READ = LazyPattern(
    r"order|flip|swap|switch|revers|before|first|other|먼저|순서|거꾸로|반대|→.*→", re.IGNORECASE
)


def _changed_by(value: Decimal, old: Counter[Decimal], new: Counter[Decimal]) -> bool:
    """Whether a figure of ``new`` not in ``old`` is an old one moved by ``value``."""
    moved = new - old
    for after in moved:
        for before in old:
            # ("cover my 2 nieces as well": the speaker and 2, 3 shares.)
            if after in (before + value, before - value, before * value, value + 1):
                return True
            if value and after == before / value:
                return True
    return False


# The figures a period's reading shows when its words are not repeated ("× 12", "30일").
_PERIOD_FIGURES: Final = {
    "year": {Decimal(12), Decimal(365), Decimal(52)},
    "month": {Decimal(12), Decimal(30), Decimal(31), Decimal(4)},
    "week": {Decimal(7), Decimal(52), Decimal(4)},
    "trip": {Decimal(2)},
}


def leaves_a_figure_unused(
    text: str, previous_steps: Sequence[str], new_steps: Sequence[str], how: str
) -> bool:
    """Whether a figure or period ``text`` says has no role in the reading it was given.

    A figure has a role when the re-run steps or the line saying what changed show it, or
    when an earlier figure moved by it ("2명 더" took 3 people to 5); a period when its
    words, or the figures it stands for ("× 12"), are in what changed.

    Args:
        text: The follow-up turn, as the rules read it.
        previous_steps: The previous turn's steps.
        new_steps: The step texts its reading re-runs.
        how: The one line saying what the reading changed.
    """
    if _ORDER_SAID.search(text) is not None and _ORDER_READ.search(how) is None:
        return True  # "the voucher before the 30%" read as the 30% alone: the order dropped
    old = _values(" ".join(previous_steps))
    new = _values(" ".join(new_steps))
    shown = new + _values(how)
    if _REWRITTEN.search(text) is None:
        for value in _values(text):
            scaled = {value * k for k in _SCALES + _SCALES_ALSO} | {value / k for k in _SCALES_ALSO}
            # (A percent taken off shows as what is left: "30% 내주면" as 70 / 100.)
            scaled |= {100 - value, (100 - value) / 100}
            if value == 1 or value in shown or scaled & set(shown):
                continue  # ("1" is "한 명", "1년": a unit as often as a count)
            if not _changed_by(value, old, new):
                return True
    if list(new_steps[: len(previous_steps)]) != list(previous_steps):
        # The previous question re-read with the turn's figures in it: its periods are the
        # question's own ("5.25 a page if we want it back in a week"). Only a step added
        # on the result ("… for a whole year, split 3 ways") must show the period.
        return False
    changed = " ".join([how, *(step for step in new_steps if step not in previous_steps)])
    changed_figures = set((new - old) + _values(how))
    before = " ".join(previous_steps)
    said = _values(text)
    # (A period the previous question said is its own: "레슨비 월 20만원도" after a monthly fee.)
    return any(
        pattern.search(text) is not None
        and pattern.search(before) is None
        and pattern.search(changed) is None
        and not any(_shows_period(figure, family, said) for figure in changed_figures)
        for family, pattern in _PERIODS.items()
    )


def _shows_period(figure: Decimal, family: str, said: Counter[Decimal]) -> bool:
    """Whether ``figure`` shows a period: its own ("× 12"), times a count said ("2년" as 24),
    or a whole multiple of a year's 12 or 52 ("twice a month" as 24 paychecks a year)."""
    own = _PERIOD_FIGURES[family]
    if figure in own or any(figure == value * k for value in said for k in own):
        return True
    return figure == figure.to_integral_value() and any(k >= 12 and figure % k == 0 for k in own)


# A split said last: "2명이 나누면", "셋이서 나눠 내면", "split between 2", "3 ways".
_HEADS = r"\d+|한|두|세|네|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열"
_WORD_HEADS = r"\d+|two|three|four|five|six|seven|eight|nine|ten"
# The share asked after a split ("셋이 나누면 한명 얼마", "split 3 ways, how much each"; set 51).
_SHARE_ASKED = (
    r"(?:\s*,?\s*(?:(?:1|한)\s*(?:명|사람|인)\s*(?:당|에|이)?|인당|각자|각각)\s*(?:얼마|몇)[가-힣]*"
    r"|\s*,?\s*(?:how\s+much\s+)?(?:each|per\s+person|a\s+head|apiece)"
    r"|\s*,?\s*how\s+much\s+(?:do\s+we\s+|does\s+everyone\s+|will\s+we\s+)?(?:each\s+)?pay(?:\s+each)?)?"
)
_SPLIT_TAIL = LazyPattern(
    rf"(?:^|[\s,])(?P<tail>(?:{_HEADS})\s*(?:명|사람)?\s*(?:이서|이|서)?\s*"
    r"(?:나누면|나눠\s*(?:서\s*)?내면|나눠\s*내면|나눠서|나누어\s*내면|엔빵|n빵|더치)[가-힣]*"
    rf"|(?:and\s+|then\s+)?(?:split|divided|shared)\s+(?:(?:it|that|the\s+\w+)\s+)?"
    rf"(?:between|among|by|in|into)?\s*(?:{_WORD_HEADS})(?:\s*(?:ways?|people|of\s+us))?"
    rf"|(?:and\s+)?(?:{_WORD_HEADS})\s+ways"
    # The share asked after it ("셋이 나누면 한명 얼마", "split 3 ways, how much each"; set 51).
    rf"){_SHARE_ASKED}\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# Words that add nothing to a split ("그럼 3명이 나누면", "and what if we split it 3 ways").
_FILLER = LazyPattern(
    r"그\s*(?:금액|돈|값)\s*(?:을|를|은|는|도)?|똑같이|같이|각각|공평하게|split|divided|shared"
    r"|\bevenly\b|\bequally\b|그럼|그러면|그래서|근데|그거|그걸|그걸로|이거|이걸|다시|\band\b|\bso\b|\bthen\b|\bok(?:ay)?\b"
    r"|\bwhat\b|\bif\b|\bwe\b|\bit\b|\bthat\b|\bjust\b|\bnow\b|\bhow\b|\babout\b|\bwould\b"
    r"|[,.?？!~]",
    re.IGNORECASE,
)


# A head that says a change: a figure, or a total, an addition or a removal.
_CHANGE_SAID = LazyPattern(
    r"\d|합치|합쳐|합하|더하|더해|빼|포함|전부|모두|총|까지|없이|말고|\btotal\b|\ball\s+together\b"
    r"|\baltogether\b|\bcombined\b|\bplus\b|\bwith(?:out)?\b|\bincluding\b|\bminus\b"
    r"|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten|\bdozen",
    re.IGNORECASE,
)


# A change said as the step before the split, and its condition form.
_AS_CONDITION = {"사서": "사면", "사고": "사면", "시켜서": "시키면", "시키고": "시키면"}
_STEP_BEFORE = LazyPattern(r"(?<=[가-힣\s])(?:사서|사고|시켜서|시키고)$")


def change_then_split(
    earlier: Sequence[str], text: str, now: datetime | None, resolve: Resolver
) -> FollowUp | Literal["declined"] | None:
    """A change then a split said last, read in that order; ``None`` when not this form.

    "13캔이면 2명이 나누면" is "13캔이면?" then "2명이 나누면" on its answer; a change the
    rules cannot read alone is declined (:data:`DECLINED`), since reading the split alone
    would drop it.

    Args:
        earlier: The user's earlier turns, oldest first.
        text: This turn.
        now: The current time for date steps.
        resolve: How one follow-up is read against earlier turns.
    """
    tail = _SPLIT_TAIL.search(text)
    if tail is None:
        return None
    head = text[: tail.start("tail")].strip(" ,")
    if not _FILLER.sub(" ", head).strip():
        if tail.end("tail") < len(text.rstrip(" ?？.!")):
            # The split alone with its share asked ("셋이 나누면 한명 얼마"): the split's.
            return resolve(earlier, tail["tail"], now)
        return None  # a split alone: the split rules' own reading
    # "16캔 사서 셋이 나누면": the change said as a step before the split, as its condition
    # ("16캔 사면"; set 51).
    head = _STEP_BEFORE.sub(lambda m: _AS_CONDITION[m[0].replace(" ", "")], head)
    changed = resolve(earlier, head, now)
    if changed is None:
        # A change no rule reads ("다 합쳐서", "13캔이면"): the split alone would drop it; a
        # head of other words ("actually make it four ways") is the split rules' to read.
        return DECLINED if _CHANGE_SAID.search(head) else None
    split = resolve([*earlier, head], tail["tail"], now)
    return split if split is not None else DECLINED


# An order or a swap of earlier steps ("flip it", "coupon before the discount", "먼저").
_REORDER = LazyPattern(
    r"\b(?:flip|flipped|swap|swapped|switch|switched|reverse|reversed|before|instead)\b"
    r"|\bthe\s+other\s+way\b|먼저|순서|거꾸로|반대로|대신",
    re.IGNORECASE,
)
# "the 30%", "그 30%": a percent named as one the steps already have.
_THE_PERCENT = LazyPattern(
    r"\bthe\s+(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent\b)|그\s*(?P<b>\d+(?:\.\d+)?)\s*(?:%|퍼|프로)",
    re.IGNORECASE,
)


def changes_earlier_steps(text: str, previous_steps: Sequence[str]) -> bool:
    """Whether ``text``, read as one more operation on the result, changes earlier steps.

    Args:
        text: The follow-up turn.
        previous_steps: The previous turn's steps.
    """
    if _REORDER.search(text) is not None:
        return True
    named = _THE_PERCENT.search(text)
    if named is None:
        return False
    percent = Decimal(named["a"] or named["b"]).normalize()
    return percent not in _values(" ".join(previous_steps))


# A pack's size ("6캔묶음", "12개입", "a 6-pack", "pack of 12"): a count bought is not one.
_PACK_SIZE = LazyPattern(
    r"(?<![\d.])(?P<a>\d+)\s*(?:캔|개|병|알|봉지?|장|매|롤|구|입)?\s*(?:묶음|팩|박스|세트|짜리|들이|개입)"
    r"|(?<![\d.])(?P<b>\d+)\s*-?\s*(?:pack|pk|ct)\b|\b(?:pack|box|case|bag)\s+of\s+(?P<c>\d+)",
    re.IGNORECASE,
)
_PACK_WORD = LazyPattern(
    r"묶음|팩|박스|세트|짜리|들이|개입|\bpack|\bpk\b|\bbox|\bcase\b|\bbag", re.I
)


def _pack_sizes(steps: Sequence[str]) -> set[str]:
    text = normalize_numerals(" ".join(steps))
    return {m["a"] or m["b"] or m["c"] for m in _PACK_SIZE.finditer(text)}


def swaps_a_pack_size(text: str, previous_steps: Sequence[str], new_steps: Sequence[str]) -> bool:
    """Whether a reading changed a pack's size though ``text`` names no pack.

    "그럼 13캔 사면" after "6캔묶음에 5,400원인데 20캔 필요하면" buys 13 cans; it was read as a
    13-can pack (10,800원), a figure of the wrong slot.

    Args:
        text: The follow-up turn.
        previous_steps: The previous turn's steps.
        new_steps: The steps its reading re-runs.
    """
    if _PACK_WORD.search(text) is not None:
        return False
    # (A reading worked out as an expression names no pack: "12900 * 3 - 5000" for a coupon
    # on three boxes keeps its sizes; only a pack size the old steps never had is a swap.)
    return bool(_pack_sizes(new_steps) - _pack_sizes(previous_steps))
