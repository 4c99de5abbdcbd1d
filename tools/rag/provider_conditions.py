"""A rule for what follows the provider's own act answers only a question about that act.

"If we cancel a tour because of the weather, you get a full refund or a free change to
another date" names a change of date, yet only for the case the operator sets off. A
question that states no case of its own ("can i change my tour date?") asks about the
asker's act; the sentence would answer it only when the question names what the operator
does ("what if you cancel for bad weather?", with an if of its own). The rule reads
English sentences that open on the writer's condition ("If we …", "When we …", "Should
we …"): a word of that condition the question never names (cancel, weather) is another
case. A condition of the reader's ("If you cancel …") is left alone: the asker's own act
is often what a plain question means.

Only the writer's own disruption (we cancel, close, postpone, call off …; bad weather) sets
such a case. "If we receive your cancellation 48 hours before the tour, you get a full
refund" and "When we receive the returned item, we refund your card" are the writer's
routine steps in the asker's own process: they answer "can i get a refund?", and dropping
them left only the sentence after ("Later cancellations are not refunded."), which misled.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tools.rag.textutil import tokenize

__all__ = ["states_providers_case"]

# The writer's condition before the main clause: "If we cancel a tour …, you get …".
_WRITERS_CONDITION = re.compile(
    r"^\s*(?:if|when|whenever|should|in case)\s+we\b([^,;:]*)[,;:]", re.IGNORECASE
)
# The writer's disruption of its own service, or the weather that brings it on: the verb
# right after "we" (with "have to", "must" …), or a weather word anywhere in the condition.
_PROVIDERS_DISRUPTION = re.compile(
    r"^\s*(?:(?:have|need|are\s+forced)\s+to\s+|must\s+|ever\s+|do\s+)?"
    r"(?:cancel|close|postpone|reschedul|discontinu|call\s+off|suspend|shut|delay|"
    r"interrupt|abandon|terminat|stop\s+running)"
    r"|\b(?:weather|storms?|rain|snow|winds?|fog|typhoons?|hurricanes?|ice)\b",
    re.IGNORECASE,
)
# A question setting a case of its own: "what if you cancel", "날씨 때문에 취소되면".
_ASKS_A_CASE = re.compile(
    r"\b(?:if|when|whenever|in case|unless|cause|because)\b|[가-힣]면(?:\s|$|[?？,.])|때|경우",
    re.IGNORECASE,
)


def states_providers_case(question: str, sentence: str, groups: Sequence[Collection[str]]) -> bool:
    """Whether ``sentence`` answers only the case of the writer's own act, unasked.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        groups: The question's terms with the tokens that count as each (both languages).
    """
    found = _WRITERS_CONDITION.match(sentence)
    if found is None or _ASKS_A_CASE.search(question):
        return False
    if not _PROVIDERS_DISRUPTION.search(found.group(1)):
        return False
    named = {t for group in groups for t in group}
    return any(t not in named for t in tokenize(found.group(1)))
