"""The case a Korean "X도 … 돼요?" question asks to be added to a rule.

"대학생도 청소년 할인 되나요?" asks whether university students, too, get the youth
discount. The discount table names 청소년 by age and never names university students:
quoting the youth rule as the answer says neither yes nor no, yet read as one. The noun
before 도 ("also") is the case asked about; when the documents never hold it, only the
rule for the cases they do name matches, and that is no answer.
(:mod:`tools.rag.korean_subjects` leaves 도 out of a question's arguments on purpose: the
added case is not what the rest of the question is about, but it is what is asked.)
"""

from __future__ import annotations

from tools.rag.korean_subjects import is_plain_korean_yes_no
from tools.rag.scene_words import scene_terms
from tools.rag.textutil import kiwi_tokenize

__all__ = ["added_cases"]

_NOUN_TAGS = frozenset({"NNG", "NNP"})
# Words pointing back at a time or place the question already states ("밤 9시 반쯤
# 도착하는데 그때도 들어갈 수 있어요?"): they add no case of their own.
_POINTING = frozenset(
    {"그때", "이때", "저때", "그날", "이날", "그곳", "이곳", "거기", "여기", "저기"}
    | {"그것", "이것", "저것", "그거", "이거", "저거", "그쪽", "이쪽", "저쪽"}
)


def added_cases(question: str) -> frozenset[str]:
    """Nouns a Korean yes/no question marks with 도 ("대학생도" -> 대학), as index tokens.

    Args:
        question: The user's question as typed.

    Returns:
        Kiwi's noun forms right before 도 (a noun suffix such as 생 may sit between),
        without the words that set the scene (엄마, 와이프); empty for other questions.
    """
    if not is_plain_korean_yes_no(question):
        return frozenset()
    tokens = [(str(t.form), str(t.tag)) for t in kiwi_tokenize(question)]
    found: set[str] = set()
    for i, (form, tag) in enumerate(tokens):
        if tag not in _NOUN_TAGS:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j][1] == "XSN":
            j += 1
        if j < len(tokens) and tokens[j] == ("도", "JX"):
            found.add(form)
    return frozenset(found - scene_terms(question) - _POINTING)
