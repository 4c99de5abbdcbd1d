"""Whether a question asks only for the date a phrase in it names.

"2027년 3월 마지막 금요일은 며칠이야" asks for a date; "합정점 이번달 마지막 수요일에
쉬나요" names the same kind of date but asks whether a branch is closed on it, which the
calendar cannot say: answered with "2026년 12월 30일 (수)", the reply looked like an answer
and was none (blind document set 32). A reader that finds its date phrase anywhere in a
question checks with this that the rest of the question is only particles, question words
and endings that ask for a date; anything else (a place, a verb, an event) leaves the
question to the documents or a model.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_only_the_date"]

# The words around a date phrase in a question that asks for it, and nothing else.
_KO_WORDS = (
    r"은|는|이|가|의|며칠|몇\s*일|몇일|언제|날짜|무슨\s*요일|몇\s*요일|무슨\s*날|이야|야|이지|지"
    r"|이었어|였어|이었지|였지|이었나요?|였나요?|더라|예요|이에요|인가요|인가|일까요?|이니|니|냐"
    r"|요|알려\s*줘|알려\s*주세요|인지|입니까"
)
_EN_WORDS = r"what|what's|whats|date|day|is|was|will|be|the|which|when|it|of|on|falls?|that"
_DATE_ONLY = LazyPattern(rf"(?:\s|[?!.,~]|(?:{_KO_WORDS})|\b(?:{_EN_WORDS})\b)*")


def asks_only_the_date(before: str, after: str) -> bool:
    """True when the text around a date phrase only asks for that date.

    Args:
        before: The normalised question before the phrase.
        after: The normalised question after it.
    """
    return _DATE_ONLY.fullmatch(f"{before} {after}") is not None
