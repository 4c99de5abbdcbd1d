"""A follow-up that only names another day, place or group asks the previous question of it.

"지방은요?" after "출장 가면 서울 호텔은 1박에 얼마까지 돼요?" asks the hotel limit outside
Seoul; "and on weekends?" after "what time does the clinic open on weekdays" asks the
weekend hours. Alone, such a turn matches nothing in the documents (or any passage that
shares its one word); its question is the previous one with the new qualifier in place
of the previous question's qualifier of the same kind.

The qualifier is REPLACED, never added: "what time does the clinic open on weekdays and
on weekends" still asks about weekdays, and its answer quoted the weekday hours. When
the previous question names no qualifier of that kind, or more than one, the turn is
left alone (``None``): nothing says which words the new one stands in for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lazy_regex import LazyPattern

__all__ = [
    "QUALIFIER_KINDS",
    "SwappedQualifier",
    "bare_qualifier",
    "names_qualifier_of_kind",
    "qualifier_pattern",
    "with_qualifier_swapped",
]


@dataclass(frozen=True)
class SwappedQualifier:
    """The question a follow-up asks, and the qualifier it swapped for which."""

    question: str
    old: str
    new: str


#: The kinds of qualifier a follow-up may swap, each a list of words of that kind.
QUALIFIER_KINDS: dict[str, tuple[str, ...]] = {
    "day": (
        "평일",
        "주말",
        "공휴일",
        "휴일",
        "월요일",
        "화요일",
        "수요일",
        "목요일",
        "금요일",
        "토요일",
        "일요일",
        "오전",
        "오후",
        "야간",
        "weekdays",
        "weekday",
        "weekends",
        "weekend",
        "holidays",
        "public holidays",
        "mondays",
        "monday",
        "tuesdays",
        "tuesday",
        "wednesdays",
        "wednesday",
        "thursdays",
        "thursday",
        "fridays",
        "friday",
        "saturdays",
        "saturday",
        "sundays",
        "sunday",
    ),
    "place": (
        "서울",
        "지방",
        "수도권",
        "해외",
        "국내",
        "부산",
        "제주",
        "seoul",
        "busan",
        "abroad",
        "overseas",
    ),
    "group": (
        "어른",
        "성인",
        "어린이",
        "아이",
        "아동",
        "소아",
        "학생",
        "청소년",
        "노인",
        "임산부",
        "adults",
        "adult",
        "children",
        "child",
        "kids",
        "students",
        "student",
        "seniors",
        "teenagers",
    ),
}

# How a qualifier of QUALIFIER_KINDS reads in either language, or as a document writes
# it (graphs.qualifier_plan looks for the new one in the swapped question's answer); a
# word not listed is looked for as it is.
_SAME_QUALIFIER = (
    r"서울|seoul",
    r"지방|other\s+cities|other\s+regions|elsewhere|outside\s+seoul|regional",
    r"평일|weekdays?",
    r"주말|weekends?",
    r"공휴일|휴일|(?:public\s+)?holidays?",
    r"토요일|saturdays?",
    r"일요일|sundays?",
    r"어른|성인|adults?",
    r"어린이|아이|아동|소아|child(?:ren)?|kids?",
)


def qualifier_pattern(qualifier: str) -> str:
    """A pattern for ``qualifier`` and the words that say the same ("지방": other cities)."""
    for pattern in _SAME_QUALIFIER:
        if re.fullmatch(pattern, qualifier, re.IGNORECASE):
            return pattern
    return re.escape(qualifier)


_WORDS = sorted(
    ((word, kind) for kind, words in QUALIFIER_KINDS.items() for word in words),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_ANY_WORD = "|".join(re.escape(word) for word, _ in _WORDS)
# "지방은요?", "그럼 주말에는요?", "주말엔요?", "어린이도요?": the qualifier alone, with
# its particle.
_FOLLOW_UP_KO = LazyPattern(
    rf"^\s*(?:그럼|그러면|그리고|근데)?\s*(?P<word>{_ANY_WORD})"
    r"(?:에는|에도|엔|에|은|는|도|이면|면)?\s*요?\s*[?？]*\s*$",
)
# "and on weekends?", "what about children?", "for kids?".
_FOLLOW_UP_EN = LazyPattern(
    r"^\s*(?:and|also|then|what\s+about|how\s+about)?\s*,?\s*(?:on|at|in|for|during)?\s*"
    rf"(?:the\s+)?(?P<word>{_ANY_WORD})\s*(?:too|then)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


# A particle's two forms, after a final consonant and after a vowel ("어른은", "아이는").
_PARTICLE_PAIRS = {"은": "는", "이": "가", "을": "를", "과": "와"}


def _particle_for(word: str, particle: str) -> str:
    """``particle`` in the form ``word``'s last syllable takes (any other text as it is)."""
    after_vowel = {v: k for k, v in _PARTICLE_PAIRS.items()}
    if particle not in _PARTICLE_PAIRS and particle not in after_vowel:
        return particle
    last = word[-1]
    if not "가" <= last <= "힣":
        return particle
    closed = (ord(last) - ord("가")) % 28 != 0
    consonant_form = after_vowel.get(particle, particle)
    return consonant_form if closed else _PARTICLE_PAIRS[consonant_form]


def _kind_of(word: str) -> str | None:
    lowered = word.lower()
    return next((kind for known, kind in _WORDS if known == lowered), None)


def _occurrences(question: str, kind: str) -> list[re.Match[str]]:
    """The words of ``kind`` in ``question``, each a whole word (Korean particles may follow)."""
    words = sorted(QUALIFIER_KINDS[kind], key=len, reverse=True)
    pattern = re.compile(
        r"(?<![가-힣A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])",
        re.IGNORECASE,
    )
    return list(pattern.finditer(question))


def bare_qualifier(text: str) -> tuple[str, str] | None:
    """The qualifier a follow-up names alone ("공휴일엔요?") and its kind, else ``None``."""
    found = _FOLLOW_UP_KO.match(text) or _FOLLOW_UP_EN.match(text)
    if found is None:
        return None
    kind = _kind_of(found["word"])
    return (found["word"], kind) if kind is not None else None


def names_qualifier_of_kind(question: str, kind: str) -> bool:
    """Whether ``question`` names any qualifier of ``kind`` (a day, a place, a group)."""
    return bool(_occurrences(question, kind))


def with_qualifier_swapped(text: str, previous_question: str) -> SwappedQualifier | None:
    """The previous question with the follow-up's qualifier in place of its own, or ``None``.

    Args:
        text: The follow-up ("지방은요?", "and on weekends?").
        previous_question: The user's previous question.

    Returns:
        The question the follow-up asks, with the qualifier it replaced and the new one:
        "출장 가면 지방 호텔은 1박에 얼마까지 돼요?" (서울 → 지방) after the Seoul question.
        ``None`` when the turn is more than a qualifier, the previous question names no
        qualifier of its kind or more than one, or already names the new one.
    """
    found = _FOLLOW_UP_KO.match(text) or _FOLLOW_UP_EN.match(text)
    if found is None:
        return None
    new = found["word"]
    kind = _kind_of(new)
    if kind is None:
        return None
    named = _occurrences(previous_question, kind)
    if len({m.group(0).lower() for m in named}) != 1:
        return None
    old = named[0].group(0)
    if old.lower() == new.lower():
        return None
    swapped = previous_question
    for m in reversed(named):
        rest = swapped[m.end() :]
        # 이 opens longer endings too ("평일이랑"): only a bare 이/가 is a particle to fit.
        fits = rest[:1] not in ("이", "가") or not re.match(r".[가-힣]", rest)
        particle = _particle_for(new, rest[:1]) if fits else rest[:1]
        swapped = swapped[: m.start()] + new + particle + rest[1:]
    return SwappedQualifier(question=swapped, old=old, new=new)
