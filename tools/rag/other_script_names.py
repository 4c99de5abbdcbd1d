"""A name written in the other script ("is 든든카센터 open on sundays"), held to its document.

An English question that writes a Korean word, or a Korean question that writes Latin
words ("maple street 일요일에 열어요?"), names something the asker copied as written: a
shop, a branch, a street, a product. Such a question asks about that named thing, so
only a document that writes the name can answer it: the clinic's "Sundays and public
holidays: closed" and the pharmacy's "일요일과 공휴일에는 쉽니다" state the hours of
other places, however well they match the rest ("open", "sunday"). Before this check
both probes above were answered with another place's hours.

A word the word lists translate (wifi -> 와이파이, 합주 -> rehearsal) is a term the asker
wrote in the other language, not a name, and is left to the cross-lingual matching: the
rule reads only runs with a word the lists do not know. Letters glued to a figure
("500mg", "3km") are units, and one letter ("C룸") names no place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.rag.crosslingual import translations
from tools.rag.textutil import detect_script, tokenize

__all__ = ["misses_other_script_name", "other_script_names"]

# Latin words of two letters or more in a Korean question, not glued to a figure.
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})*(?![A-Za-z0-9])")
# Hangul words of three syllables or more in an English question (2: 점, 실 nouns are
# everyday words more often than names), less a particle the asker may have glued on.
_HANGUL_RUN = re.compile(r"[가-힣]{3,}")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|에서|에|도|의)$")


def _main_script(question: str) -> str:
    # Mixed on purpose: the script most of the question's words are written in.
    latin = len(re.findall(r"[A-Za-z]+", question))
    hangul = len(re.findall(r"[가-힣]+", question))
    return "ko" if hangul >= latin and hangul else "en" if latin else detect_script(question)


def _is_name(run: str) -> bool:
    words = tokenize(run)
    # One word the lists cannot translate makes it a name ("maple street": maple).
    return bool(words) and any(not translations(w) for w in words)


def other_script_names(question: str) -> list[str]:
    """The runs of the other script a question writes that the word lists cannot translate.

    Args:
        question: The user's question.

    Returns:
        Latin runs of a Korean question and Hangul runs of an English one, as written
        (particles off), each holding a word no word list translates.
    """
    script = _main_script(question)
    if script == "ko":
        runs = [m.group(0) for m in _LATIN_RUN.finditer(question)]
    elif script == "en":
        runs = []
        for m in _HANGUL_RUN.finditer(question):
            bare = _PARTICLE.sub("", m.group(0))
            runs.append(bare if len(bare) >= 3 else m.group(0))
    else:
        return []
    return [run for run in dict.fromkeys(runs) if _is_name(run)]


def misses_other_script_name(question: str, mentions: Callable[[str], bool]) -> bool:
    """Whether a passage's document never writes a name the question writes in the other script.

    Args:
        question: The user's question.
        mentions: Whether the passage's whole document writes a string (case-folded).

    Returns:
        True when the question names something in the other script and the document
        writes it nowhere: the passage states another thing's fact.
    """
    return any(not mentions(run) for run in other_script_names(question))
