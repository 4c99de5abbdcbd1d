"""Cheap text facts shared by the router, planner and UI (no model calls)."""

from __future__ import annotations

import re

from core.types import Language

#: English month names in calendar order, lower case. Written out, not read from
#: ``calendar.month_name``, which follows the process locale (a Korean LC_TIME gives "1월").
ENGLISH_MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: Month number by English name, full or abbreviated ("march", "mar", "sept" -> 3, 3, 9).
ENGLISH_MONTH_NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(ENGLISH_MONTHS, start=1)},
    **{name[:3]: number for number, name in enumerate(ENGLISH_MONTHS, start=1)},
    "sept": 9,
}


def hangul_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Hangul syllables or jamo."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    hangul = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e")
    return hangul / len(letters)


def detect_language(text: str) -> Language:
    """``ko`` when a fifth of the letters are Hangul, ``en`` for Latin text, else ``other``."""
    ratio = hangul_ratio(text)
    if ratio >= 0.2:
        return "ko"
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(1 for c in letters if c.isascii()) / len(letters) >= 0.8:
        return "en"
    return "other"


#: The answer's language named outright as Korean ("and in Korean?", "한국어로 설명해 줘").
WANTS_KOREAN = re.compile(r"\b(?:in|into|to)\s+korean\b|한국어로|한글로|우리말로", re.IGNORECASE)


def reply_language(text: str) -> Language:
    """The language a reply to ``text`` is written in: Korean when the request names it
    ("and in Korean?" is English, its answer is not), else the request's own language.

    Only Korean is taken from the words: "영어로 번역해 줘" still needs a model that reads
    the Korean it translates, so it stays ``ko``.
    """
    return "ko" if WANTS_KOREAN.search(text) else detect_language(text)


#: How an English yes/no question opens: its auxiliary, perhaps after a joining word ("Can I
#: park …?", "and is it free?"). One list for tools.rag.answer_types (a later "when" then asks
#: no time) and tools.faq_openers (no wh-question): each anchors it as it needs. Kept here,
#: not in tools.rag, so the FAQ track reads it without loading the RAG package.
EN_YES_NO_OPENING = (
    r"(?:(?:and|so|then|but|also)\s+)?"
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|may|must|shall)\b"
)


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate: Hangul packs about 1.5 characters a token, Latin about 4."""
    if not text:
        return 0
    ratio = hangul_ratio(text)
    chars_per_token = 1.5 * ratio + 4.0 * (1 - ratio)
    return max(1, round(len(text) / chars_per_token))


# Numbers people spell out, as digits: the one table the privacy detector (spoken phone
# numbers), the calculator (native counts, "네 명") and the follow-up edits ("두 배",
# "four people") share.
#: Sino-Korean digits ("일", "삼", "구"), as in "삼만" or a phone number read aloud.
KOREAN_SINO_DIGITS: dict[str, str] = {
    "일": "1",
    "이": "2",
    "삼": "3",
    "사": "4",
    "오": "5",
    "육": "6",
    "칠": "7",
    "팔": "8",
    "구": "9",
}
#: Native Korean numbers standing alone ("하나", "다섯").
KOREAN_NATIVE_DIGITS: dict[str, str] = {
    "하나": "1",
    "둘": "2",
    "셋": "3",
    "넷": "4",
    "다섯": "5",
    "여섯": "6",
    "일곱": "7",
    "여덟": "8",
    "아홉": "9",
}
#: Native Korean tens ("스물두", "서른다섯": the tens word, then its ones word).
KOREAN_NATIVE_TENS: dict[str, int] = {
    "스물": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
#: Native Korean numbers before a counter ("한 명", "네 개", "열 잔").
KOREAN_COUNT_FORMS: dict[str, str] = {
    "한": "1",
    "두": "2",
    "세": "3",
    "네": "4",
    "다섯": "5",
    "여섯": "6",
    "일곱": "7",
    "여덟": "8",
    "아홉": "9",
    "열": "10",
    # "열두 달", "열다섯 명", "스무 개": the teens and twenty.
    "열한": "11",
    "열두": "12",
    "열세": "13",
    "열네": "14",
    "열다섯": "15",
    "열여섯": "16",
    "열일곱": "17",
    "열여덟": "18",
    "열아홉": "19",
    "스무": "20",
}
#: English digits in words.
ENGLISH_DIGITS: dict[str, str] = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
#: English numbers from ten to nineteen in words.
ENGLISH_TEENS: dict[str, int] = {
    word: 10 + i
    for i, word in enumerate(
        (
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        )
    )
}
#: The tens in words ("forty" is 40).
ENGLISH_TENS: dict[str, int] = {
    word: 10 * (i + 2)
    for i, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    )
}
#: English numbers said in one word, zero to ninety ("seven", "fifteen", "thirty"): the
#: one table every reader of numbers in words picks its range from.
ENGLISH_NUMBER_VALUES: dict[str, int] = {
    **{word: int(digit) for word, digit in ENGLISH_DIGITS.items()},
    **ENGLISH_TEENS,
    **ENGLISH_TENS,
}
