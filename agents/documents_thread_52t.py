"""A follow-up's quote, kept to the sections the thread's previous answer quoted.

"최대 몇일까지요?" after "3년 넘게 일하면 연차 더 줘요?" (answered from the leave policy's
annual-leave section: "… 최대 25일까지 받을 수 있습니다") asks the maximum of the same
leave. Asked with the thread's subject, the search leads with that very sentence, and
then adds the other maxima of the policy ("병가는 1년에 최대 60일까지", "이월 … 최대
5일까지"), which answer other questions of other sections. A quote must then come only
from the thread's sections (graphs.thread_document_query), so the whole quote was dropped
and the turn went to a model, which could only guess.

The rule: when the quote's LEAD sentence comes from a section the previous answer cited,
the quote is kept to its sentences from those sections, renumbered; the rest were the
search's further candidates, not the answer. A quote whose lead sentence comes from
another section is none of the thread's: it stays dropped. Everything else the thread
checks (the lead names what the follow-up adds) still applies to the kept quote.
"""

from __future__ import annotations

import re
from collections.abc import Set

from agents.documents import DocPlan

__all__ = ["quote_within_sections"]

# "sentence [1] sentence [2]": each quoted sentence followed by its citation marker.
_QUOTED = re.compile(r"(?P<sentence>.*?)\s*\[(?P<id>\d{1,3})\]\s*", re.DOTALL)


def _section(citation: dict[str, object]) -> tuple[str, str]:
    return str(citation.get("source", "")), str(citation.get("locator", ""))


def quote_within_sections(plan: DocPlan, sections: Set[tuple[str, str]]) -> DocPlan | None:
    """``plan``'s quote kept to ``sections``, or ``None`` when its lead is from elsewhere.

    Args:
        plan: An extractive plan ("s1 [1] s2 [2] …" with its citations).
        sections: The (source, locator) pairs the thread's previous answer cited.

    Returns:
        The plan quoting only its sentences from ``sections``, citations renumbered from 1;
        ``plan`` itself when every sentence is from them; ``None`` when the lead sentence
        is not, or the answer cannot be read as quoted sentences.
    """
    by_id = {int(str(c.get("id", 0))): c for c in plan.citations}
    quoted = [(m["sentence"].strip(), int(m["id"])) for m in _QUOTED.finditer(plan.answer)]
    if not quoted or "".join(m.group(0) for m in _QUOTED.finditer(plan.answer)) != plan.answer:
        return None
    inside = [(s, i) for s, i in quoted if i in by_id and _section(by_id[i]) in sections]
    if not inside or inside[0] != quoted[0]:
        return None
    if len(inside) == len(quoted):
        return plan
    renumbered: dict[int, int] = {}
    for _, old in inside:
        renumbered.setdefault(old, len(renumbered) + 1)
    citations = [{**by_id[old], "id": new} for old, new in renumbered.items()]
    answer = " ".join(f"{s} [{renumbered[i]}]" for s, i in inside)
    why = "follow-up: the quote kept to the sections the previous answer cited"
    return plan.model_copy(
        update={"answer": answer, "citations": citations, "reasons": [*plan.reasons, why]}
    )
