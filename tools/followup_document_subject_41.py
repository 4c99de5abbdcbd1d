"""After an answer from the documents, a follow-up naming a thing of its own asks them again.

"what if i only have a 100,000 won note" after "do you take cash" (answered from
insurance_faq_en.md, cited) went to the small model as arithmetic on the previous result,
because it says "what if" and holds a figure; the model answered "you can exchange it for a
100,000 won note". The previous answer was a document's sentence, not a computed result:
a figure in the follow-up is part of a new situation put to the documents (a note larger
than the change they give), so the turn keeps its document search when it names a thing
(an English content word) the previous question did not. A turn that only changes a count
("what about 4 people?", "and for 3 nights?") or points back ("and that?") is not this.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.references import has_reference

__all__ = ["names_own_subject_after_document"]

# An answer quoting passages carries their numbered citations ("… 50,000 won. [1]").
_CITED = LazyPattern(r"\[\d+\]")
_WORD = re.compile(r"[A-Za-z]{3,}")
_FIGURE = re.compile(r"\d")
# Words of the follow-up frame, counts, people, money and periods: no subject of their own.
_FRAME_WORDS = """
what about how if the and then only just also still have has had get got buy pay
paid need want with without for from that this there those these its was were are
you your our can could would should will does did not but more less instead each
per one two three four five six seven eight nine ten people person persons guys
friends kids adults dollars dollar bucks won euros pounds yen cents cost costs price
total day days night nights week weeks month months year years hour hours minute
minutes time times much many
"""
_FRAME = frozenset(_FRAME_WORDS.split())


def names_own_subject_after_document(
    text: str, previous_question: str, previous_answer: str
) -> bool:
    """Whether ``text`` follows a cited document answer and names a thing of its own.

    Args:
        text: The follow-up turn.
        previous_question: The user's previous turn.
        previous_answer: The answer given to it.
    """
    if _CITED.search(previous_answer) is None or has_reference(text):
        return False
    if _FIGURE.search(text) is None:
        # No figure, no arithmetic to mistake it for: "and for a hotel in seoul?" stays a
        # loose follow-up, which is searched with the thread's documents (set 32).
        return False
    before = {w.lower() for w in _WORD.findall(previous_question)}
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words - before - _FRAME)
