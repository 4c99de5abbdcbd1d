"""A question naming no place at all is put to the user's documents, as one put to "you" is.

"토요일 몇시까지 해요?" and "opening times friday" (blind set 44, over a hanbok rental shop
and an axe-throwing venue) were answered with the sample clinic's and pharmacy's hours:
they name no place, and the samples ranked first. tools.rag.addressed_place_52x already
holds that the bundled samples are nobody's "you" when the user's own documents state the
same thing; a question naming no place and no addressee asks the same, of the place the
asker has in mind, which is one of the user's own documents rather than demonstration
data shipped with the app. That module's rule then decides as before: only a document
holding every topic of the question and a sentence of the asked kind takes the answer
over, one written in the question's language first, and several are named and asked about.

A question names a place when an English one names an owner or venue
(tools.rag.owned_passages.named_owner) and when a Korean one opens with a place noun
(tools.rag.titled_place_53h) or names a proper noun; such questions are left as they were.
"""

from __future__ import annotations

import re

from tools.rag.owned_passages import named_owner
from tools.rag.textutil import detect_script, kiwi_tokenize
from tools.rag.titled_place_53h import asked_place_words

__all__ = ["asks_hours_naming_no_place", "names_no_place"]

# The place's own hours: "몇시까지 해요", "문 닫아요", "영업시간", "opening times", "close".
# Only these are put to the user's documents first: any other question naming no place
# ("전화로 알려주시나요?" after the clinic's blood-test results) is a thread's follow-up
# as often as not, and the user's leave policy's "팀장에게 전화로 알리고" answered it.
# Its daily break is part of its hours (blind set 55: "점심시간 언제에요" over a dental
# clinic was answered with the sample clinic's lunch hour).
_HOURS = re.compile(
    r"몇\s*시|영업|문\s*(?:을\s*)?(?:열|닫)|여는|닫는|오픈|마감"
    r"|\b(?:open|opens|opening|close|closes|closing|hours)\b"
    r"|점심\s*시간|휴게\s*시간|브레이크\s*타임|\blunch\s*(?:break|hour|time)s?\b",
    re.IGNORECASE,
)


def names_no_place(question: str) -> bool:
    """Whether the question names no place, owner or proper noun whose fact it asks.

    Args:
        question: The user's question.

    Returns:
        True for "토요일 몇시까지 해요?" and "opening times friday"; False for "한복집
        토요일 몇시까지 해요?" and "the museum's opening times on friday".
    """
    script = detect_script(question)
    if script == "en":
        return named_owner(question) is None
    if script != "ko" or asked_place_words(question):
        return False
    return not any(t.tag == "NNP" for t in kiwi_tokenize(question))


def asks_hours_naming_no_place(question: str) -> bool:
    """Whether the question asks opening hours and names no place ("토요일 몇시까지 해요?")."""
    return _HOURS.search(question) is not None and names_no_place(question)
