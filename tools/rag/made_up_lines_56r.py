"""A line declaring its subject made up is no answer to a question about that subject.

"same for the clinic?" after "where is the pharmacy?" (docwrongs56), and "where is the
clinic?" itself, quoted "Hanbit Family Clinic is a fictional neighbourhood clinic used as
sample data.": the line names the clinic and a place noun, so it passed for a location.
It says what the sample is (made up, demonstration data), which only a question about the
document or its being real asks. :mod:`tools.rag.document_self_lines_54t` screens such
lines when they open by pointing at the document ("This is a fictional policy …"); this
one names the subject instead of the document: "<X> is a fictional …", "… used as sample
data", "<X>은 예시 데이터로 만든 가상의 …입니다".
"""

from __future__ import annotations

import re

from tools.rag.document_self_lines_54t import asks_about_document

__all__ = ["declares_made_up"]

# "X is a fictional/made-up/imaginary …", "… used as sample/example/demo data",
# "가상의 … 입니다", "예시 데이터".
_MADE_UP = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:fictional|fictitious|made[\s-]up|imaginary)\b|"
    r"\bused\s+as\s+(?:sample|example|demo(?:nstration)?|test)\s+data\b|"
    r"가상의\s*[가-힣\s]{0,20}(?:입니다|이에요|예요)|(?:예시|샘플|가상)\s*데이터",
    re.IGNORECASE,
)

_ASIDE = re.compile(r"\([^)]*\)")


def declares_made_up(question: str, sentence: str) -> bool:
    """Whether ``sentence`` declares its subject made up and ``question`` does not ask that.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
    """
    # A disclaimer in brackets is an aside: "Hanbit Family Clinic (a fictional clinic used as
    # sample data) offers basic health check-ups on weekday mornings" states its fact.
    said = _ASIDE.sub(" ", sentence)
    return _MADE_UP.search(said) is not None and not asks_about_document(question)
