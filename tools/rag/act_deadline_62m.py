"""A deadline asked for an act: the sentence that names the act with its deadline is quoted.

"평일에 접수 늦어도 몇시까지 해야돼" (blind set 54) was answered with the weekday row of the
clinic's hours ("평일: 09:00–18:00") and the pharmacy's hours: both name the day and a clock
time, neither names 접수, the act whose last moment is asked. The passage's own sentence
"진료 마감 30분 전까지 접수해 주세요." says it, and was passed over. When a question asks
until when ("몇시까지", "언제까지", "by what time", "until when") and names an act term that no
quoted sentence holds, the sentence of the best passage that holds that term with a
deadline ("까지", "before", "by") is quoted after the best one (in place of a sentence from
another passage, which answers for another place).

One rule with the deadline screen it met (blind set 53's, once
``asked_specifics_62d.misses_deadline_act``): "평일 진료 접수 몇시까지 해요" was answered
"평일: 09:00–18:00" (the sample clinic's hours, no 접수). A line (with its column headings
and section heading) that writes neither the act asked (접수, 주문, 입장, "last entry") nor a
last time states the hours kept, not the act's deadline: it is passed over, unless its own
passage writes the act with its deadline ("진료 마감 30분 전까지 접수해 주세요."), which is
then quoted with it. A quote of such a line that ends without the act's sentence declines
(:func:`leaves_deadline_unstated`). Apart, the screen declined "평일 접수는 몇시까지 돼요"
before the sentence could be quoted (round 62).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tools.rag.answer_quote import Scored
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import language_of

__all__ = [
    "USE_ACT_DEADLINE",
    "leaves_deadline_unstated",
    "misses_deadline_act",
    "states_act_deadline",
    "states_deadline_itself",
    "with_act_deadline",
]

#: Switch for tests (tests/tools/rag/test_blind54m_findings.py, test_blind53_findings.py,
#: test_doc_63x.py): the screen, the quote and the decline together.
USE_ACT_DEADLINE = True

# "접수 몇시까지", "입장 마감 시간", and the act after the time: "몇시까지 접수해야".
_KO_ACTS = r"접수|주문|입장|체크인|탑승|입실|발권"
_KO_DEADLINE = re.compile(
    rf"(?P<act>{_KO_ACTS})\s*(?:(?:은|는|을|를|도)\s*)?(?:몇\s*시\s*까지|마감\s*(?:시간|몇|언제))"
    rf"|(?:몇\s*시\s*까지|마감\s*(?:시간|몇|언제))\s*(?:\S+\s+)?(?P<after>{_KO_ACTS})"
)
_EN_LAST = re.compile(
    r"\b(?:last|latest)\s+(?P<act>entry|entries|admission|orders?|check-?in|booking|"
    r"registration|arrival|boarding|collection|drop-?off|call)\b",
    re.IGNORECASE,
)
_EN_LAST_WORDS = re.compile(r"\b(?:last|latest|final|no\s+later\s+than|by)\b", re.IGNORECASE)

_UNTIL_ASKED = re.compile(
    r"(?:몇\s*시|언제)\s*까지|\bby\s+what\s+time\b|\buntil\s+when\b|\bhow\s+late\b"
    r"|\bwhat\s+time\b.*\bby\b|\blatest\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"까지|\bbefore\b|\bby\b|\bat\s+least\b", re.IGNORECASE)
# Words of a day or a time (the slot the schedule rows fill), never the act asked.
_TIME_WORDS = re.compile(
    r"^(?:평일|주말|토요일|일요일|공휴일|오전|오후|오늘|내일|늦|시|weekdays?|weekends?|saturday"
    r"|sunday|today|time|morning|afternoon|late|latest)$",
    re.IGNORECASE,
)


# "to register by", "i check in before", "we cancel until": the verb given a deadline.
_ACT_BY_EN = re.compile(
    r"\b(?:to|i|we|you)\s+(?P<act>(?!be\b|get\b|come\b|go\b)[a-z]{4,})\s+(?:in\s+)?(?:by|before|until)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BULLET = re.compile(r"^[-*•]\s*")
# The added sentence's order: after the passage's scored ones.
_AFTER = 10_000


def _holds(sentence: str, term: str) -> bool:
    if term.isascii():
        return re.search(rf"\b{re.escape(term)}", sentence, re.IGNORECASE) is not None
    return term in sentence


def _sentences(text: str) -> list[str]:
    """The passage's sentences and list rows, bullets off."""
    parts = (p.strip() for line in text.splitlines() for p in _SENTENCE_END.split(line))
    return [_BULLET.sub("", p) for p in parts if p]


def _asked_act(question: str) -> tuple[str, str] | None:
    """("ko", 접수) or ("en", "entry"): the act whose last time ``question`` asks."""
    k = _KO_DEADLINE.search(question)
    if k is not None:
        return "ko", k["act"] or k["after"]
    e = _EN_LAST.search(question)
    if e is not None:
        return "en", e["act"].lower()
    return None


def _names_act(asked: tuple[str, str], vouched: str) -> bool:
    lang, act = asked
    if lang == "ko":
        return any(form in vouched for form in equivalents(act) if language_of(form) == "ko")
    return bool(_EN_LAST_WORDS.search(vouched)) or act[:5] in vouched.lower()


def states_act_deadline(question: str, passage_text: str) -> bool:
    """Whether the passage has a sentence writing the asked act with a deadline.

    >>> states_act_deadline("평일 접수 몇시까지", "평일: 09:00–18:00\\n마감 30분 전까지 접수해요.")
    True
    """
    asked = _asked_act(question)
    if asked is None:
        return False
    return any(
        _DEADLINE.search(sentence) and _holds_act(asked, sentence)
        for sentence in _sentences(passage_text)
    )


def _holds_act(asked: tuple[str, str], sentence: str) -> bool:
    lang, act = asked
    if lang == "ko":
        return any(form in sentence for form in equivalents(act) if language_of(form) == "ko")
    return act[:5] in sentence.lower()


def misses_deadline_act(question: str, vouched: str, passage_text: str = "") -> bool:
    """Whether ``question`` asks until when an act is taken and ``vouched`` names no such act.

    "평일 진료 접수 몇시까지 해요" asks the last time for registering, not the opening hours
    ("평일: 09:00–18:00", another clinic's, was quoted): a line, with its column headings and
    section heading (``vouched``), that writes neither the act (접수) nor, asked "last
    entry", a last time, states the hours kept, not the act's deadline. It is kept when its
    passage (``passage_text``) writes the act with its deadline: that sentence is quoted
    with it (:func:`with_act_deadline`), or the answer declines (:func:`leaves_deadline_unstated`).

    >>> misses_deadline_act("진료 접수 몇시까지 해요", "평일: 09:00–18:00 진료 시간")
    True
    >>> misses_deadline_act("진료 접수 몇시까지 해요", "진료 마감 30분 전까지 접수해 주세요.")
    False
    """
    if not USE_ACT_DEADLINE:
        return False
    asked = _asked_act(question)
    if asked is None or _names_act(asked, vouched):
        return False
    return not (passage_text and states_act_deadline(question, passage_text))


_DEADLINE_WORDS = re.compile(r"까지|마감|\blast\b|\blatest\b|\bbefore\b|\bby\b", re.IGNORECASE)


def states_deadline_itself(question: str, vouched: str) -> bool:
    """Whether ``vouched`` (a line with its headings) writes the asked act's last time itself.

    "일반 진료 | 월~금 | 09:00–18:00 | 17:30" under the column "접수 마감" does; such a line
    beats another document's hours row kept only for its passage's act sentence (the
    health centre's row, not the sample clinic's "평일: 09:00–18:00").

    >>> states_deadline_itself("평일 접수 몇시까지", "일반 진료 월~금 09:00–18:00 17:30 접수 마감")
    True
    >>> states_deadline_itself("평일 접수 몇시까지", "점심시간: 13:00–14:00 (접수를 받지 않습니다)")
    False
    """
    if not USE_ACT_DEADLINE:
        return False
    asked = _asked_act(question)
    if asked is None or not _holds_act(asked, vouched):
        return False
    return bool(_DEADLINE_WORDS.search(vouched))


def leaves_deadline_unstated(
    question: str, chosen: Sequence[Scored], kept: Collection[tuple[int, int]]
) -> bool:
    """Whether the quote holds a line kept for its act's sentence (``kept``: (rank, order)
    pairs :func:`misses_deadline_act` let through) but not that sentence: it declines."""
    if not USE_ACT_DEADLINE:
        return False
    asked = _asked_act(question)
    if asked is None or not any((s[2], s[3]) in kept for s in chosen):
        return False
    return not any(_DEADLINE.search(s[4]) and _holds_act(asked, s[4]) for s in chosen)


def with_act_deadline(
    question: str,
    terms: Sequence[str],
    chosen: Sequence[Scored],
    best: Scored,
    passage_text: str,
    max_sentences: int,
    heading: str = "",
) -> list[Scored]:
    """``chosen`` with the best passage's sentence that gives the asked act its deadline.

    Args:
        question: The user's question.
        terms: The question's topic terms.
        chosen: The sentences to quote, best first.
        best: The best sentence.
        passage_text: The best passage's text (its sentences are searched, scored or not:
            a time-answer screen keeps only sentences with a clock time).
        max_sentences: Most sentences to quote.
        heading: The best passage's heading.
    """
    if not USE_ACT_DEADLINE or not _UNTIL_ASKED.search(question):
        return list(chosen)
    acts = [t for t in terms if not _TIME_WORDS.match(t) and len(t) > 1]
    # An English act is a verb, which the terms leave out: "need to register by".
    acts += [m["act"].lower() for m in _ACT_BY_EN.finditer(question)]
    # An act the heading names is the rows' own ("진료 시간" heads "평일: 09:00–18:00").
    unquoted = [
        t for t in acts if not _holds(heading, t) and not any(_holds(s[4], t) for s in chosen)
    ]
    if not unquoted:
        return list(chosen)
    quoted = {s[4] for s in chosen}
    found = [
        (best[0], best[1], best[2], _AFTER + i, sentence)
        for i, sentence in enumerate(_sentences(passage_text))
        if sentence not in quoted
        and _DEADLINE.search(sentence)
        and any(_holds(sentence, t) for t in unquoted)
    ]
    if not found:
        return list(chosen)
    # A sentence of another passage holds no act asked either: it answers for another place.
    same = [s for s in chosen if s[2] == best[2]]
    return [*same, found[0]][:max_sentences]
