""" "What do I need to bring?" is answered by a sentence naming something to bring or show.

"what do i need to bring to sign up for the tool library" was answered with "Before
borrowing any power tool, every member must finish a free 30-minute safety orientation."
and "Orientations run every Saturday at 9:30 am; sign up at the front desk." (blind set
30): they share the question's "tool" and "sign up", yet neither names a thing to bring;
the answering line said "To join, bring a photo ID …". A question asking what to bring
(what … bring/take along/carry; 뭐 가져가/챙겨/지참) is answered only by a sentence that
names the act of bringing, showing or needing something. Closed-class only: those verbs.
"""

from __future__ import annotations

import re

from tools.rag.things_that_do_55h import names_what_will_do

__all__ = ["asks_what_to_bring", "names_nothing_to_bring"]

# "what do I need to bring", "what documents should my mom bring", "what to bring": not
# "what happens if I bring a friend", which asks about bringing, not for the things.
_ENGLISH_ASKS = re.compile(
    r"\bwhat(?:\s+\w+)?\s+(?:do|does|should|must|shall|will|would)\s+\w+(?:\s+\w+)?\s+"
    r"(?:need\s+to\s+|have\s+to\s+|got\s+to\s+)?(?:bring|take along|carry)\b"
    r"|\bwhat to (?:bring|take|carry)\b",
    re.IGNORECASE,
)
_KOREAN_ASKS = re.compile(
    r"(?:뭐|뭘|무엇을?|어떤\s*[가-힣]+(?:을|를)?)\s*(?:꼭\s*)?(?:가져가|가져와|가져오|가지고\s*가|챙겨|챙기|지참)"
)
# Acts a sentence listing what to bring is written with, in either language.
_ENGLISH_BRINGING = re.compile(
    r"\b(?:bring|brings|brought|take|takes|carry|carries|show|shows|present|presents|need|needs|"
    r"needed|require|requires|required|provide|provides|must have|should have)\b",
    re.IGNORECASE,
)
_KOREAN_BRINGING = ("가져", "가지고", "지참", "챙기", "챙겨", "제시", "필요", "준비", "보여")


def asks_what_to_bring(question: str) -> bool:
    """Whether the question asks what to bring ("what should I bring?", "뭐 챙겨 가요?")."""
    return bool(_ENGLISH_ASKS.search(question) or _KOREAN_ASKS.search(question))


def names_nothing_to_bring(question: str, sentence: str) -> bool:
    """Whether a what-to-bring question meets a sentence that names no bringing or showing.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks what to bring and the sentence names no act of
        bringing, showing, needing or requiring something (in English or Korean).
    """
    if not asks_what_to_bring(question):
        return False
    return not (
        _ENGLISH_BRINGING.search(sentence)
        or any(verb in sentence for verb in _KOREAN_BRINGING)
        or names_what_will_do(sentence)  # "… 가운데 하나면 됩니다" (things_that_do_55h)
    )
