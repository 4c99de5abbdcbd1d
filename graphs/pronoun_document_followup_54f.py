"""A pronoun follow-up asking something new of a document answer's subject goes to the documents.

After "병가는 1년에 최대 며칠까지 쓸수있어요" was answered from the leave policy ("병가는 1년에
최대 60일까지 쓸 수 있습니다. [1]"), "그거 쓰려면 서류 필요해요?" asks what papers sick leave
needs. Its pronoun made it a follow-up "about the previous result" (tools.followups), which
only a model reading the previous turn can answer, so the cloud stand-in was asked, while
the same policy states "병가가 5일 이상이면 진단서를 제출해야 합니다" (set 43).

The rule: when the previous answer quoted the documents (it carries a citation mark), and
the follow-up is about the previous result only because of its pronoun (그거, 그건, it,
they, ...: without it, it states no figure, operation or choice on the answer) and names
a topic of its own (서류), the turn is no computation on the answer: it stands as a
question the documents may answer. graphs.pronoun_thread_document then keeps its quote to
the thread's documents, as for any pronoun follow-up.
"""

from __future__ import annotations

import re

from graphs.pronoun_thread_document import points_back
from tools.followups import about_previous_result
from tools.rag.question import analyze_question

__all__ = ["asks_the_documents_anew"]

_CITED = re.compile(r"\[\d+\]")
_PRONOUN = re.compile(
    r"(?<![가-힣])(?:그거|그건|그게|그걸|그것)(?:을|를|은|는|이|가|도)?|\b(?:it|they|them|those|these)\b",
    re.IGNORECASE,
)


def asks_the_documents_anew(text: str, previous_answer: str | None) -> bool:
    """Whether a pronoun follow-up asks the documents something new (see the module).

    Args:
        text: The follow-up ("그거 쓰려면 서류 필요해요?").
        previous_answer: The previous answer's text, if any.
    """
    if previous_answer is None or not _CITED.search(previous_answer) or not points_back(text):
        return False
    without = _PRONOUN.sub(" ", text).strip()
    if not without or about_previous_result(without) or any(ch.isdigit() for ch in text):
        return False
    return bool(analyze_question(without).topic_terms)
