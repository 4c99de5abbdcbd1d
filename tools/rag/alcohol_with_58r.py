"""Asked whether one may drink alcohol (with a medicine, on a trip): a sentence naming no alcohol.

parad58's blind probe: "로라타딘 먹고 술마셔도 돼요?" was answered with loratadine's dose and
drowsiness sentences. The documents name alcohol only in a sibling's section (acetaminophen's
"술을 자주 마시는 분은 …"), so the question's one condition (drinking) is stated for another
subject; loratadine's sentences share its drug name and answer nothing asked. A sentence
that names no alcohol cannot answer whether drinking is allowed; with none left, the
question is declined honestly.

Closed-class surface words in both languages; "drink water" is not alcohol.
"""

from __future__ import annotations

import re

__all__ = ["asks_about_drinking", "misses_asked_alcohol"]

# Drinking alcohol asked: a drink named with the act of drinking (마셔, 먹고), or 음주 alone.
_DRINK_KO = re.compile(
    r"(?:술|맥주|소주|와인|막걸리|양주)\s*(?:을|를|은|는|도|이랑|좀|한잔|한\s*잔)?\s*(?:마시|마셔|마신|먹어|먹으|먹고|해도|하면)|음주"
)
_DRINK_EN = re.compile(
    r"\b(?:alcohol|booze|beer|beers|wine|liquor|soju)\b"
    r"|\b(?:have|having)\s+(?:a\s+)?drinks?\b|\bdrinking\b(?!\s+(?:water|tea|coffee|milk|juice))",
    re.IGNORECASE,
)
# A sentence about alcohol names it (or a drink of it) in either language.
_ALCOHOL_SENTENCE = re.compile(
    r"술|음주|주류|알코올|알콜|맥주|소주|와인|\b(?:alcohol\w*|liquor|beer|wine|drinks?|drinking)\b",
    re.IGNORECASE,
)


def asks_about_drinking(question: str) -> bool:
    """Whether the question asks about drinking alcohol ("술 마셔도 돼요?", "with a beer")."""
    return bool(_DRINK_KO.search(question) or _DRINK_EN.search(question))


def misses_asked_alcohol(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names no alcohol though the question asks about drinking it."""
    return asks_about_drinking(question) and _ALCOHOL_SENTENCE.search(sentence) is None
