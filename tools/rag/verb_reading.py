"""A word the tagger reads as a noun but reads, almost as likely, as a verb form.

"진료 보고 주차 1시간 넘으면 얼마 내요?" ("after seeing the doctor, what do I pay past an
hour of parking"): Kiwi's best reading takes "진료 보고" as one noun phrase (a medical
*report*), its next reading, nearly as likely, as 진료(를) 보다 + 고. The documents never
say 보고 (report), so the question was declined as asking about something they lack (the
twenty-third unseen set). A noun the documents never use is only evidence that the
question is about something else when it is read as a noun for sure: when a reading
within a small margin of the best takes the same characters as a verb or adjective with
its ending, it is not held against the question.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.rag.textutil import detect_script, get_kiwi, kiwi_call_lock

__all__ = ["read_as_verb_too", "with_verb_reading_marked"]

# Kiwi's log-probability gap between the best reading and another one that still counts
# as "almost as likely" (the case above: 0.37; an unrelated reading is several points off).
_MARGIN = 1.0
_READINGS = 4
_PREDICATE_TAGS = ("VV", "VA")


def read_as_verb_too(text: str, words: list[str]) -> set[str]:
    """The ``words`` that a near-best reading of ``text`` takes as a verb form.

    Args:
        text: The question as typed.
        words: Terms of the question's best reading (nouns the documents never use).

    Returns:
        Those read, in a reading within the margin, as a verb or adjective stem followed
        by its ending over the same characters (보고 -> 보 + 고).
    """
    if not words or detect_script(text) != "ko":
        return set()
    with kiwi_call_lock():
        readings = get_kiwi().analyze(text, top_n=_READINGS)
    if not readings:
        return set()
    best = readings[0][1]
    found: set[str] = set()
    for tokens, score in readings[1:]:
        if best - score > _MARGIN:
            continue
        for i, tok in enumerate(tokens[:-1]):
            tag = str(tok.tag).split("-", 1)[0]
            ending = tokens[i + 1]
            if tag not in _PREDICATE_TAGS or not str(ending.tag).startswith("E"):
                continue
            span = text[tok.start : ending.start + ending.len]
            found |= {w for w in words if w == span}
    return found


def _object_particle(noun: str) -> str:
    last = ord(noun[-1]) - 0xAC00
    has_final = 0 <= last < 11172 and last % 28 != 0
    return "을" if has_final else "를"


def with_verb_reading_marked(text: str, unheld: Callable[[list[str]], set[str]]) -> str:
    """``text`` with an object particle after a noun whose next word is such a verb.

    "진료 보고 주차 …" becomes "진료를 보고 주차 …": with the particle the tagger reads
    보고 as 보다 + 고 and 주차 whole, as the asker meant, in the search and the sentence
    check alike. Only a word the documents never use is re-read (``unheld``): "업무 보고"
    over documents about reports stays a report.

    Args:
        text: The question as typed.
        unheld: Which of the given words no document of the collection uses.

    Returns:
        The text, unchanged when no word is read both ways.
    """
    if detect_script(text) != "ko":
        return text
    with kiwi_call_lock():
        best = get_kiwi().tokenize(text)
    nouns = [str(t.form) for t in best if str(t.tag) == "NNG" and len(str(t.form)) >= 2]
    verbs = read_as_verb_too(text, sorted(unheld(nouns))) if nouns else set()
    if not verbs:
        return text
    for i in range(len(best) - 1, 0, -1):
        word, before = best[i], best[i - 1]
        bare_noun = str(before.tag) == "NNG" and before.start + before.len < word.start
        if str(word.form) in verbs and str(word.tag) == "NNG" and bare_noun:
            end = before.start + before.len
            text = text[:end] + _object_particle(str(before.form)) + text[end:]
    return text
