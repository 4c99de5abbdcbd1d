"""Whether a model's reply to a document question says the passages do not answer it.

Such a reply is honest but no answer to cite: the step says "not in the documents"
instead (graphs.output_checks). A small model often says so at length, naming the
documents first and coming back to them with a pronoun: "The document contains
information about a museum's policy on ticket prices, but it does not provide details
about a specific ticket. It only mentions that a ticket can be refunded …". Read as an
answer, its half-true asides (a membership's refund told of a ticket) were shown with
the passages cited. So the documents named and then "it"/"they" saying no (does not
provide, mention, say …) in the same reply is such a reply too.
"""

from __future__ import annotations

import re

__all__ = ["says_documents_lack_it"]

_DOCUMENTS = r"\b(?:documents?|passages?|context|texts?|sources?)\b"
_DOES_NOT = r"\b(?:do(?:es)?\s+not|don't|doesn't)\s+"
_TELL = r"(?:say|mention|state|cover|contain|include|provide|specify|list|give)\b"

# A reply saying the passages hold no answer: "문서에는 혈액 검사 비용이 나와 있지 않습니다",
# "The documents do not mention a price."
_DOCUMENTS_LACK_IT = re.compile(
    r"(?:문서|자료|안내문|본문)\S{0,4}\s.{0,40}?"
    r"(?:없습니다|없어요|없네요|나와\s*있지\s*않|언급(?:되어|돼)?\s*있지\s*않|찾을\s*수\s*없)|"
    rf"{_DOCUMENTS}.{{0,40}}?{_DOES_NOT}{_TELL}|"
    r"\bnot\s+(?:mentioned|stated|provided|covered|specified|listed|given)\s+in\s+the\s+"
    rf"{_DOCUMENTS}|"
    # The documents named, then "it"/"they" (them) saying no within the next sentences.
    rf"{_DOCUMENTS}.{{0,240}}?\b(?:it|they)\s+{_DOES_NOT}{_TELL}",
    re.IGNORECASE | re.DOTALL,
)


def says_documents_lack_it(answer: str) -> bool:
    """Whether a reply to a document question says the passages do not answer it."""
    return bool(_DOCUMENTS_LACK_IT.search(answer))
