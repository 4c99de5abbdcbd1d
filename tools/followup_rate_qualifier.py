"""Which of an answer's two rates per one unit the conversation asked about.

"what's the hotel limit outside seoul" is answered by the policy's sentence "Hotel stays
are reimbursed up to 120,000 won per night in Seoul and 90,000 won per night elsewhere";
"so for 3 nights?" asks the limit the question picked times 3. The answer holds two rates
per night, so :mod:`tools.followup_answer_rate` declined: which one is meant is a guess
from the answer alone. The question that got the answer decides it, read strictly:

- a question asking outside a place ("outside seoul", "서울 말고", "서울 외", "지방은")
  picks the "elsewhere" rate ("elsewhere", "other cities", "그 외 지역", "지방") of an
  answer stating two, the other naming that place; the clause naming the place is never
  picked (that would be the wrong limit);
- a question naming a word only one rate's clause holds ("in busan" over "… in Busan and
  … elsewhere"), without asking outside it, picks that one;
- anything else (no such word, two clauses holding it, both kinds asked) picks none, and
  the follow-up stays declined.

The follow-up's own words are read first ("so for 3 nights in seoul?" names its rate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.rag.textutil import tokenize

__all__ = ["asked_rate", "city_under_elsewhere", "named_places"]

# A question asking about everywhere but a place: "outside seoul", "서울 말고", "서울 외".
_ASKS_OUTSIDE = LazyPattern(
    r"\b(?:outside(?:\s+of)?|except(?:\s+for)?|other\s+than|besides|apart\s+from|not\s+in"
    r"|elsewhere|anywhere\s+else|other\s+(?:cities|regions|areas|places|towns))\b"
    # "if the trip isnt in seoul" (set 44): the contraction, with or without its apostrophe.
    r"|\b(?:is|are|was|were)n[’']?t\s+in\b"
    # "서울 외" with its space: "해외" (abroad) is no "outside".
    r"|말고|빼고|제외|이외|\s외(?:에|의)?(?=\s|$|[은는도?])|지방|다른\s*(?:지역|도시|곳)",
    re.IGNORECASE,
)
# A clause naming the "everywhere else" rate: "elsewhere", "other cities", "그 외 지역".
_ELSEWHERE = LazyPattern(
    r"\b(?:elsewhere|anywhere\s+else|outside(?:\s+of)?|other\s+(?:cities|regions|areas|places|towns)"
    r"|all\s+other|everywhere\s+else)\b|그\s*외|이외|기타|나머지|지방|다른\s*(?:지역|도시|곳)",
    re.IGNORECASE,
)

# The turn says the answer's own word for the other rate ("what about elsewhere?"), not
# "outside" a place it leaves to be named.
_SAYS_ELSEWHERE = LazyPattern(
    r"\b(?:elsewhere|anywhere\s+else|other\s+(?:cities|regions|areas|places|towns))\b"
    r"|그\s*외|기타|나머지|지방|다른\s*(?:지역|도시|곳)",
    re.IGNORECASE,
)


def _clauses(answer: str, spans: Sequence[tuple[int, int]], after: bool) -> list[_Clause]:
    """The clause of each rate, its qualifier read after the rate or before it.

    "120,000 won per night in Seoul and 90,000 won per night elsewhere" says each rate's
    place after it (a clause runs to the next rate); "서울은 1박 120,000원, 그 외 지역은
    90,000원" says it before (a clause runs from the last rate). Read before, a clause's
    words that name its rate are the word just before it: the sentence's subject ("출장
    식비는") opens the first clause but qualifies every rate.
    """
    clauses = []
    for i, (start, end) in enumerate(spans):
        if after:
            stop = spans[i + 1][0] if i + 1 < len(spans) else _sentence_end(answer, end)
            clauses.append(_Clause(answer[start:stop], answer[start:stop]))
        else:
            begin = spans[i - 1][1] if i else _sentence_start(answer, start)
            words = list(re.finditer(r"\S+", answer[begin:start]))
            near = begin + words[-1].start() if words else start
            clauses.append(_Clause(answer[begin:end], answer[near:end]))
    return clauses


@dataclass(frozen=True)
class _Clause:
    """A rate's clause: all of it (for "elsewhere") and the words that name its place."""

    text: str
    naming: str


def _sentence_start(text: str, at: int) -> int:
    found = [m.end() for m in re.finditer(r"[.!?\n]\s", text[:at])]
    return found[-1] if found else 0


def _sentence_end(text: str, at: int) -> int:
    found = re.search(r"[.!?\n](?:\s|$)", text[at:])
    return at + found.start() if found else len(text)


def _pick(asked: str, clauses: Sequence[_Clause]) -> int | None:
    """The index of the one clause ``asked`` picks, or ``None``."""
    elsewhere = [bool(_ELSEWHERE.search(c.text)) for c in clauses]
    words = set(tokenize(asked)) - _NUMBERS
    held = [set(tokenize(c.naming)) for c in clauses]
    shared = set.intersection(*held) if held else set()
    named = [not elsewhere[i] and bool(words & tokens - shared) for i, tokens in enumerate(held)]
    if _ASKS_OUTSIDE.search(asked):
        # "outside seoul" is the other rate only beside one naming Seoul ("in Busan … and
        # elsewhere" leaves Seoul's open), or where the turn says the answer's own word.
        if len(clauses) != 2 or sum(elsewhere) != 1:
            return None
        if any(named) or _SAYS_ELSEWHERE.search(asked):
            return elsewhere.index(True)
        return None
    picked = [i for i, name in enumerate(named) if name]
    if not picked and names_another_city(asked, clauses, elsewhere):
        return elsewhere.index(True)  # "for a daegu trip" beside "in Seoul … elsewhere"
    return picked[0] if len(picked) == 1 else None


# A city the asker names that no clause names is one of the "elsewhere" rate's places
# (opens55e, set 46: "whats the nightly hotel cap for a daegu trip" after "… in Seoul and
# … elsewhere"). Cities only: a word of any other kind names no place.
_CITIES = LazyPattern(
    r"\b(?:seoul|busan|pusan|daegu|incheon|gwangju|daejeon|ulsan|sejong|suwon|jeju|jeonju"
    r"|changwon|pohang|gangneung|chuncheon|cheongju|gyeongju|yeosu|sokcho|andong|mokpo"
    r"|gyeonggi|gangwon)\b"
    # Provinces too (docthread59: "제주도 가면 얼마까지?"); the longer name first.
    r"|제주도|경기도|강원도|서울|부산|대구|인천|광주|대전|울산|세종|수원|제주|전주|창원|포항|강릉|춘천"
    r"|청주|경주|여수|속초|안동|목포|경기|강원",
    re.IGNORECASE,
)


def names_another_city(asked: str, clauses: Sequence[_Clause], elsewhere: list[bool]) -> bool:
    """Whether ``asked`` names a city, none of the clauses names it, and one clause is the
    "elsewhere" rate beside one naming a city of its own."""
    said = {m.group(0).lower() for m in _CITIES.finditer(asked)}
    if len(said) != 1 or len(clauses) != 2 or sum(elsewhere) != 1:
        return False
    other = clauses[elsewhere.index(False)]
    named_there = {m.group(0).lower() for m in _CITIES.finditer(other.naming)}
    return bool(named_there) and not (said & named_there)


# Figures are no qualifier: "3 nights" is the count, not a place.
_NUMBERS = frozenset(str(n) for n in range(10))


def asked_rate(
    answer: str,
    rates: Sequence[tuple[Decimal, tuple[int, int]]],
    turn: str,
    question: str | None,
) -> Decimal | None:
    """The rate of ``answer`` the follow-up or the question that got the answer picks.

    Args:
        answer: The earlier answer, holding two or more rates per one unit.
        rates: Each rate with its span in ``answer``.
        turn: This follow-up ("so for 3 nights?").
        question: The question ``answer`` answered, when known.

    Returns:
        The picked rate, or ``None`` when neither picks exactly one.
    """
    by_start = sorted(rates, key=lambda r: r[1])
    spans = [span for _, span in by_start]
    # Korean puts a rate's place before it; English may put it either side, and where the
    # two readings pick different rates the answer is not read.
    korean = re.search("[가-힣]", answer) is not None
    readings = [_clauses(answer, spans, after) for after in ((False,) if korean else (True, False))]
    for asked in (turn, question):
        if asked is None:
            continue
        picks = {i for clauses in readings if (i := _pick(asked, clauses)) is not None}
        if len(picks) > 1:
            return None
        if picks:
            return by_start[picks.pop()][0]
    return None


# A rule for every place but those a sentence names: "… elsewhere", "그 외 지역", "기타 지역".
_ELSEWHERE_SAID = LazyPattern(
    r"\b(?:elsewhere|anywhere\s+else|everywhere\s+else|(?:all\s+)?other\s+(?:cities|regions|areas))\b"
    r"|그\s*외|기타\s*지역|나머지\s*지역|다른\s*지역",
    re.IGNORECASE,
)


# Each Korean city of the table as its English name: "서울" is listed by "in Seoul".
_KOREAN_CITY = dict(
    zip(
        [
            "서울",
            "부산",
            "대구",
            "인천",
            "광주",
            "대전",
            "울산",
            "세종",
            "수원",
            "제주",
            "전주",
            "창원",
            "포항",
            "강릉",
            "춘천",
            "청주",
            "경주",
            "여수",
            "속초",
            "안동",
            "목포",
            "제주도",
            "경기도",
            "강원도",
            "경기",
            "강원",
        ],
        [
            "seoul",
            "busan",
            "daegu",
            "incheon",
            "gwangju",
            "daejeon",
            "ulsan",
            "sejong",
            "suwon",
            "jeju",
            "jeonju",
            "changwon",
            "pohang",
            "gangneung",
            "chuncheon",
            "cheongju",
            "gyeongju",
            "yeosu",
            "sokcho",
            "andong",
            "mokpo",
            "jeju",
            "gyeonggi",
            "gangwon",
            "gyeonggi",
            "gangwon",
        ],
        strict=True,
    )
)


def _same_city(name: str) -> str:
    lowered = name.lower()
    return "busan" if lowered == "pusan" else _KOREAN_CITY.get(lowered, lowered)


def city_under_elsewhere(word: str, sentence: str) -> bool:
    """Whether the city ``word`` falls under ``sentence``'s rule for everywhere else.

    "광주" under "up to 120,000 won per night in Seoul and 90,000 won per night elsewhere":
    the sentence lists a city of its own, not this one, and states the rule for the rest
    (doccond58). A word that is no city of the table, or a city the sentence lists, is not.
    """
    said = {_same_city(m.group(0)) for m in _CITIES.finditer(word)}
    if len(said) != 1 or _CITIES.fullmatch(word.strip()) is None:
        return False
    listed = {_same_city(m.group(0)) for m in _CITIES.finditer(sentence)}
    return bool(listed) and not (said & listed) and _ELSEWHERE_SAID.search(sentence) is not None


def named_places(text: str) -> list[tuple[str, str]]:
    """Each place of the table ``text`` names: (as written, its one name across scripts).

    "제주도 가면" gives [("제주도", "jeju")]; a word that is no place of the table gives
    nothing (an unknown word is never taken for a place).
    """
    return [(m.group(0), _same_city(m.group(0))) for m in _CITIES.finditer(text)]
