"""Follow-ups said in new words for a change the rules already make (the nineteenth set).

Each form below says, in other words, a change another rule of ``tools.followups``
reads: it is rewritten to that rule's words and resolved by it, so the arithmetic stays
in one place. Each returns the changed steps and one line for the trace, or ``None``.

- "그 중에 둘은 못 온대", "한 명 안 온대요": that many people fewer ("2명 빠지면?").
- "이틀 더 있으면?" after a stay counted in nights ("1박 … 3박"): that many nights more
  (read as days, it found no count of days to change).
- "what if the three of us split it", "split it between 4 of us": shared among that many
  ("3명이서 나누면?").
- "with the 15% member discount?", "with my 10% coupon?": that share off ("15% off?").
- "and a dozen?", "what about half a dozen": 12 or 6 of them ("and for 12?").
- "two more hours?", "three more days?": a count in words, as digits ("2 more hours?").
- "석 달만 내면?" after "월세 … 1년치": the request's one span of years or months, as that
  many months ("3개월치").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.lazy_regex import LazyPattern
from tools.followup_slot_kinds import ENGLISH_NUMBER_WORDS

__all__ = ["SAID_ANEW"]

Resolved = tuple[list[str], str] | None
_KO_PEOPLE = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4}
_EN_NUMBERS = ENGLISH_NUMBER_WORDS
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5}

# "그 중에 둘은 못 온대. 그럼 얼마야?", "한 명 안 온대요", "2명은 못 간대". 한/두/세/네 count only
# before 명/사람: a bare "네 안 와요" is "yes, they are not coming", never four fewer.
_KO_CANNOT_COME = LazyPattern(
    r"^\s*(?:그\s*중에?\s*|그중에?\s*)?(?P<n>(?:한|두|세|네)(?=\s*(?:명|사람))|하나|둘|셋|넷|\d+)"
    r"\s*(?:명|사람)?\s*"
    r"(?:은|이|는|가)?\s*(?:못|안)\s*(?:온대|온대요|온다네|온다고|와요|와|간대|간대요|가요|간다네)"
    r"\s*[.!]?\s*(?:그럼|그러면)?\s*(?:얼마야|얼마예요|얼마|얼마지)?\s*[?？.]?\s*$"
)
# "이틀 더 있으면?", "하루 더 묵으면?": days in words, of a stay.
_KO_MORE_DAYS_STAY = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<word>하루|이틀|사흘|나흘|닷새)\s*더\s*"
    r"(?:있으면|묵으면|자면|머물면|지내면)\s*(?:요|얼마야)?\s*[?？]?\s*$"
)
_NIGHTS = re.compile(r"\d+\s*박")
_DAYS = re.compile(r"\d+\s*일")
_EN_COUNT = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# "what if the three of us split it", "split it between 4 of us", "if we split that 3 ways".
_EN_SPLIT = LazyPattern(
    rf"^\s*(?:and|so)?\s*(?:what\s+if|if|how\s+about\s+if)?\s*(?:the\s+)?{_EN_COUNT}\s+of\s+us\s+"
    r"(?:split|share)\s+(?:it|that|this|the\s+bill)\s*[?.]?\s*$"
    rf"|^\s*(?:and|so)?\s*(?:what\s+if\s+we\s+)?(?:split|share)\s+(?:it|that|this|the\s+bill)\s+"
    r"(?:between|among|amongst)\s+(?:the\s+)?(?P<n2>\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)(?:\s+of\s+us|\s+people)?\s*[?.]?\s*$",
    re.IGNORECASE,
)
# A previous question that already shares among people ("for 3 of us, how much each").
_SPLIT_ALREADY = re.compile(
    r"\bof\s+us\b|\beach\b|\bper\s+(?:person|head)\b|\bsplit\b|\bshare\b|명이서|1인당|나누",
    re.IGNORECASE,
)
# "with the 15% member discount?", "with my 10% coupon", "and with a 5% staff discount?".
_EN_DISCOUNT = LazyPattern(
    r"^\s*(?:and|so|what\s+about)?\s*(?:with|using|after)\s+(?:the|my|our|a|an)?\s*"
    r"(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:[a-z]+\s+){0,2}(?:discount|coupon|off)\s*[?.]?\s*$",
    re.IGNORECASE,
)
# "and a dozen?", "what about half a dozen", "how about two dozen".
_EN_DOZEN = LazyPattern(
    r"^\s*(?:and|so|what\s+about|how\s+about)?\s*(?:for\s+)?(?P<k>half\s+a|a|one|two|three|\d+)"
    r"\s+dozen\s*[?.]?\s*$",
    re.IGNORECASE,
)
# "two more hours?", "and three more days?": the count in words.
_EN_MORE_IN_WORDS = LazyPattern(
    r"^\s*(?P<lead>(?:and|so|what\s+about)\s+)?(?P<n>one|two|three|four|five|six|seven|eight"
    r"|nine|ten)\s+(?P<rest>(?:more|extra|additional)\s+[a-z]+\s*[?.]?)\s*$",
    re.IGNORECASE,
)


_KO_MONTH_COUNTS = {"한": 1, "두": 2, "석": 3, "세": 3, "넉": 4, "네": 4, "다섯": 5, "여섯": 6}
# "석 달만 내면?", "두 달이면?", "6개월만 살면?".
_KO_MONTHS_ONLY = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<n>한|두|석|세|넉|네|다섯|여섯|\d+)\s*(?:달|개월)\s*(?:만|치만|치)?\s*"
    r"(?:내면|이면|면|살면|쓰면|있으면)\s*(?:요|얼마야)?\s*[?？]?\s*$"
)
_SPAN_OF_MONTHS = re.compile(r"\d+\s*(?:년|개월|달)\s*(?:치|동안|간)?")


def _number(word: str) -> int:
    return _KO_PEOPLE.get(word) or _EN_NUMBERS.get(word.lower()) or int(word)


def _resolve(text: str, steps: Sequence[str]) -> Resolved:
    # Imported here: tools.followups imports this module's rules into its own list.
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, steps)


def cannot_come(text: str, steps: Sequence[str]) -> Resolved:
    """ "그 중에 둘은 못 온대": that many people fewer."""
    match = _KO_CANNOT_COME.match(text)
    return None if match is None else _resolve(f"{_number(match['n'])}명 빠지면?", steps)


def more_days_of_a_stay(text: str, steps: Sequence[str]) -> Resolved:
    """ "이틀 더 있으면?" after "… 3박": nights more, when the stay is counted in nights."""
    match = _KO_MORE_DAYS_STAY.match(text)
    if match is None or not steps or not _NIGHTS.search(steps[-1]) or _DAYS.search(steps[-1]):
        return None
    return _resolve(f"{_KO_DAYS[match['word']]}박 더 있으면?", steps)


def split_among_us(text: str, steps: Sequence[str]) -> Resolved:
    """ "what if the three of us split it": shared among that many people."""
    match = _EN_SPLIT.match(text)
    # "58,500 won for 3 of us, how much each" then "what if 5 of us share it": the count of
    # people is replaced (older rules), never the share divided again.
    if match is None or (steps and _SPLIT_ALREADY.search(steps[-1])):
        return None
    return _resolve(f"{_number(match['n'] or match['n2'])}명이서 나누면?", steps)


def with_a_discount(text: str, steps: Sequence[str]) -> Resolved:
    """ "with the 15% member discount?": that share off the previous result."""
    match = _EN_DISCOUNT.match(text)
    return None if match is None else _resolve(f"{match['p']}% off?", steps)


def dozens(text: str, steps: Sequence[str]) -> Resolved:
    """ "and a dozen?": 12 of the things counted (6 for half a dozen)."""
    match = _EN_DOZEN.match(text)
    if match is None:
        return None
    k = match["k"].lower()
    count = 6 if k.startswith("half") else 12 * (1 if k in ("a", "one") else _number(k))
    return _resolve(f"and for {count}?", steps)


def more_in_words(text: str, steps: Sequence[str]) -> Resolved:
    """ "two more hours?": the count in words, as digits."""
    match = _EN_MORE_IN_WORDS.match(text)
    if match is None:
        return None
    return _resolve(f"{match['lead'] or ''}{_number(match['n'])} {match['rest']}", steps)


def months_instead(text: str, steps: Sequence[str]) -> Resolved:
    """ "석 달만 내면?" after "월세 … 1년치": the one span of the request, in months."""
    match = _KO_MONTHS_ONLY.match(text)
    if match is None or not steps or len(_SPAN_OF_MONTHS.findall(steps[-1])) != 1:
        return None
    months = _KO_MONTH_COUNTS.get(match["n"]) or int(match["n"])
    changed = _SPAN_OF_MONTHS.sub(f"{months}개월치", steps[-1])
    return [*steps[:-1], changed], f"for {months} months"


SAID_ANEW: tuple[Callable[[str, Sequence[str]], Resolved], ...] = (
    cannot_come,
    more_days_of_a_stay,
    split_among_us,
    with_a_discount,
    dozens,
    more_in_words,
    months_instead,
)
