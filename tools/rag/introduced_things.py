"""An "is there a X?" question is answered by the sentence introducing X, not one referring back.

"is there a deposit on rental skis" over a rental section saying "Each rental needs a
damage deposit of 50,000 won per set, paid by card or cash." and, two sentences on,
"Damaged skis or boards are charged at the repair cost, taken from the deposit first.":
the second names skis and the deposit, so it scored best and was quoted alone as the
answer. But "the deposit" refers back to a deposit the passage has already introduced;
it presupposes the thing whose existence is asked and says nothing of what it is. The
sentence that states it exists introduces it with an indefinite determiner ("a damage
deposit", "no deposit", "one free locker").

The same holds for the subject of the best sentence: "can my brother get into my storage
unit too" matched best "Authorised users may put in and take out goods but may not end
the agreement, change the unit or ask for a lock to be cut.", whose "Authorised users"
the section introduced a sentence earlier: "The tenant may name up to two authorised
users on the agreement." Quoted alone, the rule reads as if the asker's brother were one
already; what makes someone an authorised user is the sentence that introduced them.
So when the best sentence's opening noun phrase ("Authorised users", "The deposit") is
introduced by an earlier scored sentence of the same passage (after a, an, no, any, one,
some, or a count: "up to two authorised users"), that sentence is quoted with it, in the
place of the last sentence quoted from another passage, or added when there is room.

The first rule, English only (Korean writes no articles): when the question asks "is there /
are there (a|an|any) X" and the best sentence does not introduce X, a sentence of the same
passage that does introduce X is moved to the front (its passage was already judged the
best place to answer; the other sentences stay and may still be quoted after it). When no
sentence of that passage introduces X, nothing changes: the other checks decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.answer_quote import Scored

__all__ = ["asked_thing", "introduced_first", "introduces", "with_introduction"]

# "is there a deposit on rental skis", "are there any lockers": the words after the article
# up to a preposition, a conjunction or the end; the last of them is the head noun.
_THERE = re.compile(
    r"\b(?:is|are)\s+there\s+(?:(?:a|an|any|some)\s+)?(?P<phrase>[a-z][a-z' -]*)", re.IGNORECASE
)
_PHRASE_END = re.compile(
    r"\s(?:on|for|at|in|with|to|of|if|when|or|and|that|which|from|by|per|after|before|"
    r"during|here|there|available|included|required|needed|too|also)\b.*$",
    re.IGNORECASE,
)


# Determiners and counts that introduce a thing ("a deposit", "up to two authorised users").
_INTRODUCERS = r"a|an|no|any|one|some|two|three|four|five|\d+"
# The opening noun phrase of a sentence, before its verb: "Authorised users may …".
_OPENING_SUBJECT = re.compile(
    r"^(?:(?:the|your|our|each|every|all)\s+)?(?P<phrase>(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]{4,})\s+"
    r"(?:may|must|can|cannot|can't|will|are|is|get|gets|have|has|need|needs|should)\b",
    re.IGNORECASE,
)


def asked_thing(question: str) -> str:
    """The head noun an English "is there (a) … ?" question asks about ("deposit"), else ""."""
    match = _THERE.search(question)
    if match is None:
        return ""
    phrase = _PHRASE_END.sub("", " " + match.group("phrase").strip()).strip()
    words = phrase.split()
    return words[-1].casefold() if words else ""


def _noun(thing: str) -> str:
    # The singular and plural both name it: "lockers" is introduced by "a locker".
    stem = thing[:-1] if thing.endswith("s") and len(thing) > 3 else thing
    return rf"{re.escape(stem)}(?:s|es)?\b"


def introduces(sentence: str, thing: str) -> bool:
    """Whether ``sentence`` introduces ``thing``: after a, an, no, any, one or some.

    Up to two words may stand between ("a damage deposit", "a 10% discount").
    """
    pattern = rf"\b(?:{_INTRODUCERS})\s+(?:\S+\s+){{0,2}}?{_noun(thing)}"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def introduced_first(question: str, scored: Sequence[Scored]) -> list[Scored]:
    """``scored`` (best first) with the best passage's sentence introducing the asked thing first.

    Args:
        question: The user's question.
        scored: Scored sentences, best first.

    Returns:
        The same sentences; when the question asks "is there a X", the best sentence does
        not introduce X and a sentence of its passage does, that one comes first.
    """
    ranked = list(scored)
    thing = asked_thing(question)
    if not ranked or not thing or introduces(ranked[0][4], thing):
        return ranked
    best_rank = ranked[0][2]
    for i, candidate in enumerate(ranked):
        if candidate[2] == best_rank and introduces(candidate[4], thing):
            return [candidate, *ranked[:i], *ranked[i + 1 :]]
    return ranked


def _introduces_phrase(sentence: str, phrase: str) -> bool:
    *modifiers, head = phrase.split()
    written = r"\s+".join([*(re.escape(m) for m in modifiers), _noun(head)])
    pattern = rf"\b(?:{_INTRODUCERS})\s+(?:\S+\s+){{0,1}}?{written}"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def with_introduction(
    chosen: Sequence[Scored], best: Scored, scored: Sequence[Scored], max_sentences: int
) -> list[Scored]:
    """``chosen`` with the earlier sentence introducing the best sentence's subject, if one.

    Args:
        chosen: The sentences to quote (``best`` among them).
        best: The best sentence.
        scored: Every scored sentence (the introduction must be one: it passed the screens).
        max_sentences: Most sentences to quote.

    Returns:
        ``chosen``, or with the introducing sentence added (when there is room) or put in
        the place of the last sentence from another passage than the best one's.
    """
    subject = _OPENING_SUBJECT.match(best[4])
    if subject is None or any(s[2] == best[2] and s[3] < best[3] for s in chosen):
        return list(chosen)
    phrase = subject.group("phrase")
    intro = next(
        (
            s
            for s in sorted(scored, key=lambda s: s[3])
            if s[2] == best[2] and s[3] < best[3] and _introduces_phrase(s[4], phrase)
        ),
        None,
    )
    if intro is None:
        return list(chosen)
    if len(chosen) < max_sentences:
        return [*chosen, intro]
    others = [i for i, s in enumerate(chosen) if s[2] != best[2]]
    if not others:
        return list(chosen)
    kept = [s for i, s in enumerate(chosen) if i != others[-1]]
    return [*kept, intro]
