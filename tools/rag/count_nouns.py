"""What an English "how many X" counts, and whether a sentence gives a number of X.

"How many cars can the clinic's garage hold?" asks for a number of cars; "The hold is
released within 7 business days" holds a number, of days, and was quoted as the answer
(blind set 8). Korean count questions carry their counter ("몇 대"), which
:func:`tools.rag.answer_types.has_answer_type` already checks; an English one names the
counted noun instead. The rule: a sentence answers "how many X" only when a number in it
counts X: in English, the noun (or a word the bridge equates with it) within three words
after the number; in Korean, the counter that noun is counted with. Counters are a closed
class of Korean grammar, so the table below is grammar, not vocabulary of any document;
a noun it lacks is not judged in a Korean sentence.
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.fronted_count_noun_53h import fronted_count_noun
from tools.rag.korean_counters import PEOPLE_COUNTERS, counts_with
from tools.rag.textutil import detect_script

__all__ = ["asked_count_noun", "counts_noun"]

# "how many colour pages", "how many people": the counted noun is the first plural of
# the (up to) three words after "how many".
_HOW_MANY = re.compile(r"\bhow\s+many((?:\s+[a-z-]+){1,3})", re.IGNORECASE)
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman"}
_NOT_NOUNS = frozenset({"can", "do", "does", "did", "are", "is", "will", "should", "of", "more"})
# The Korean counters each counted noun takes ("차 12대", "15명", "3권"); numbers and the
# people counters are read by tools.rag.korean_counters.
_KO_COUNTERS: dict[str, tuple[str, ...]] = {
    "car": ("대",),
    "vehicle": ("대",),
    "bike": ("대",),
    "bicycle": ("대",),
    "computer": ("대",),
    "laptop": ("대",),
    "person": PEOPLE_COUNTERS,
    "adult": PEOPLE_COUNTERS,
    "child": PEOPLE_COUNTERS,
    "kid": PEOPLE_COUNTERS,
    "guest": PEOPLE_COUNTERS,
    "member": PEOPLE_COUNTERS,
    "student": PEOPLE_COUNTERS,
    "driver": PEOPLE_COUNTERS,
    "book": ("권",),
    "page": ("쪽", "장", "페이지", "매"),
    "sheet": ("장", "매"),
    "ticket": ("장", "매"),
    "time": ("번", "회"),
    "floor": ("층",),
    "night": ("박",),
    "pet": ("마리",),
    "dog": ("마리",),
    "cat": ("마리",),
    "animal": ("마리",),
}
# Words that make a figure one per noun ("2,000 won per bag", "5 kg each bag").
_PER = r"(?:per|each|every)"
_NUMBER = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def asked_count_noun(question: str) -> str:
    """The singular noun an English "how many" question counts ("" for none).

    "How many can I put on hold?" names none: any number may answer it.
    """
    if fronted := fronted_count_noun(question):  # "lockers how many" (fronted_count_noun_53h)
        return fronted
    match = _HOW_MANY.search(question)
    if match is None:
        return ""
    for word in match.group(1).lower().split():
        if word in _NOT_NOUNS:
            return ""
        if word in _IRREGULAR_PLURALS:
            return _IRREGULAR_PLURALS[word]
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
    return ""


def counts_noun(sentence: str, noun: str) -> bool:
    """Whether a number in ``sentence`` counts ``noun`` (see the module docstring)."""
    if detect_script(sentence) == "en":
        names = {noun, *equivalents(noun)}
        plural = "|".join(re.escape(n) + "(?:e?s)?" for n in sorted(names) if n.isascii())
        if not plural:
            return True
        # "500,000 won per bag" is a rate per bag, no number of bags: the words between
        # the number and the noun may not make it a figure per noun.
        between = rf"(?:(?!{_PER}\b)[\w-]+\s+){{0,2}}?"
        return bool(re.search(rf"\b{_NUMBER}\s+{between}(?:{plural})\b", sentence, re.I))
    counters = _KO_COUNTERS.get(noun)
    return counters is None or counts_with(sentence, counters)
