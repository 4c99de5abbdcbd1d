"""A follow-up with no subject of its own takes the previous question's subject.

"전화로도 돼요?" after "예약은 어떻게 해요?", "and on weekends?" after "when are check-ups
offered?", "그건 얼마예요?" after "주차권은 어디서 받아요?": each asks something new of the
thing the previous question named, and names nothing itself. Searched alone, such a turn
matches any passage sharing its one adverb (the phone line of another section) or none.
``tools.followup_carried_subject`` handles the bare noun 결과; this is the general form,
for any noun.

The rule: the follow-up has no figure and at most four words, each of them an opener
("그럼", "and", "what about"), a demonstrative standing for the subject ("그건", "it"),
a predicate ("돼요?", "알려주나요?") or a word with an adverbial particle ("전화로도",
"당일에", "on weekends"), never a noun marked as its own subject or object ("주차는",
"렌터카를"). Korean: the previous question's subject (the words up to its 은/는/이/가)
is put in front. English: the phrase is added to the previous question ("when are
check-ups offered on weekends?"); "it" is only replaced when the previous question
names one subject after "the" (too few to guess from otherwise: declined, ``None``).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["with_previous_subject"]

_FIGURE = re.compile(r"\d")
_OPENER_KO = frozenset(
    {"그럼", "그러면", "그리고", "근데", "혹시", "아", "그건", "그거", "그것도", "그건요"}
)
# The question words that ask the new thing: "어디서 사요?", "언제 해요?".
_ASKING_KO = frozenset({"어디서", "어디에서", "어디", "언제", "어떻게", "왜", "얼마나", "얼마"})
_DEMONSTRATIVE_KO = re.compile(r"^(?:그건|그거는?|그것은|그것도)$")
# A word ending in an adverbial particle: "전화로도", "당일에", "주말에는", "온라인으로".
_ADVERBIAL_KO = re.compile(
    r"^[가-힣A-Za-z]+(?:으로도|으로는|으로|로도|로는|로|에서도|에서|에도|에는|에|까지|부터|만)$"
)
# A predicate: "돼요?", "알려주나요?", "가능해요?", "되나", "얼마예요?", "있나요".
_PREDICATE_KO = re.compile(r"^[가-힣]+(?:요|나|니|까|죠|지|야|래|대|돼|되나|해)[?？]*$")
# "주차는요?", "예약도요?": a noun of the turn's own, asked as a subject.
_OWN_TOPIC_KO = re.compile(r"[가-힣]{2,}(?:은|는|도)요[?？]*$")
# A noun the turn marks as its own subject or object: it has a subject of its own.
_OWN_NOUN_KO = re.compile(r"[가-힣]{2,}(?:은|는|이|가|을|를)$")
# The previous question's subject: up to three words ending in the topic or subject particle.
_SUBJECT_KO = LazyPattern(r"^\s*((?:[가-힣A-Za-z]+\s+){0,2}[가-힣A-Za-z]{2,}?)(?:은|는|이|가)\s")
# "and on weekends?", "what about by phone?", "also at night?", "and by phone?"
_PHRASE_EN = LazyPattern(
    r"^\s*(?:and|also|what\s+about|how\s+about|or)?\s*,?\s*"
    r"(?P<phrase>(?:on|at|in|by|over|during|via|after|before)\s+[a-z\-]+(?:\s+[a-z\-]+)?)"
    r"\s*(?:too|as\s+well)?\s*[?？]*\s*$",
    re.IGNORECASE,
)

# The language, currency or unit an answer is given in, which carries no subject.
_NOT_A_CIRCUMSTANCE = LazyPattern(
    r"^in\s+(?:korean|english|japanese|chinese|french|spanish|german|hangul|words|short"
    r"|detail|dollars?|won|euros?|yen|pounds?|usd|krw|[a-z]*met(?:er|re)s?|miles?|hours?"
    r"|minutes?|days?|weeks?|months?|years?|percent|total)\b",
    re.IGNORECASE,
)


def _korean_subject(question: str) -> str | None:
    subject = _SUBJECT_KO.match(question)
    return subject[1].strip() if subject is not None else None


def _is_subjectless_korean(words: list[str]) -> bool:
    if not 1 <= len(words) <= 4:
        return False
    saw_predicate = False
    for word in words:
        bare = word.rstrip("?？")
        if bare in _OPENER_KO or bare in _ASKING_KO or _DEMONSTRATIVE_KO.match(bare):
            continue
        if _OWN_TOPIC_KO.search(word):
            return False
        if _PREDICATE_KO.match(word):
            saw_predicate = True
            continue
        if _OWN_NOUN_KO.search(bare) or not _ADVERBIAL_KO.match(bare):
            return False
    return saw_predicate


def with_previous_subject(text: str, previous_question: str) -> str | None:
    """The follow-up made whole with the previous question's subject, or ``None``.

    Args:
        text: The follow-up ("전화로도 돼요?", "and on weekends?").
        previous_question: The user's previous question in the conversation.

    Returns:
        "예약 전화로도 돼요?" after "예약은 어떻게 해요?"; "when are check-ups offered on
        weekends?" after "when are check-ups offered?"; ``None`` when the follow-up states a
        figure, names a subject of its own, or the previous question has no subject to lend.
    """
    if _FIGURE.search(text) or _FIGURE.search(previous_question):
        return None
    phrase = _PHRASE_EN.match(text)
    if phrase is not None and _NOT_A_CIRCUMSTANCE.search(phrase["phrase"]):
        return None  # "and in Korean?", "in dollars?": the answer's form, not its subject's
    if phrase is not None:
        asked = previous_question.strip().rstrip("?？ ")
        if not re.search(r"[A-Za-z]", asked) or re.search(r"[가-힣]", asked):
            return None
        return f"{asked} {phrase['phrase'].strip()}?"
    words = text.split()
    if not _is_subjectless_korean(words):
        return None
    subject = _korean_subject(previous_question)
    if subject is None:
        return None
    kept = [
        w for w in words if not _DEMONSTRATIVE_KO.match(w.rstrip("?？")) and w not in _OPENER_KO
    ]
    return f"{subject} {' '.join(kept)}" if kept else None
