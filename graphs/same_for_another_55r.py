"""'same for X?' asks the previous question's kind of answer about X (docwrongs55).

"same for the pharmacy?" after "what are the clinic hours?" asks the pharmacy's hours; it
quoted "The Hanbit Pharmacy is on the ground floor of the same building.": a sentence
about X, of another kind (where, not when). The rule: a follow-up of the form "same for
X?" / "X도 똑같아요?" is answered only by a quote (its sentences or the headings it cites)
naming one of the previous question's own asked terms (its topic terms less the place
kinds it was asked of and X's own words: "hour" of "clinic hours"); otherwise it is
declined honestly. It errs towards declining: an hours line that writes no "hour"
under a heading without one is declined too, never a location given as the hours.
"""

from __future__ import annotations

import re

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from tools.rag.crosslingual import equivalents
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

__all__ = ["same_for_another", "screened_same_for_55r"]

_SAME_FOR_EN = re.compile(
    r"\b(?:same|likewise|similar)\s+(?:for|with|at|of|about|in)\s+(?:the\s+|your\s+)?"
    r"(?P<x>[a-z][a-z' -]{1,40}?)\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
_SAME_FOR_KO = re.compile(
    r"^\s*(?:그럼\s+)?(?P<x>[가-힣A-Za-z]{2,}?)(?:도|은|는)\s*(?:똑같|마찬가지|같아|같나|같은가|같죠)"
)
_MARKER = re.compile(r"\[\d+\]")


def same_for_another(text: str) -> str | None:
    """X of a "same for X?" follow-up ("same for the pharmacy?", "약국도 똑같아요?")."""
    found = _SAME_FOR_EN.search(text) or _SAME_FOR_KO.search(text)
    return found.group("x").strip() if found else None


def _asked_terms(previous: str, other: str) -> list[str]:
    """The previous question's asked terms: less its place kinds and X's own words."""
    own = set(tokenize(other))
    return [
        t
        for t in analyze_question(previous).topic_terms
        if t not in own and not names_a_place_kind(t)
    ]


def _names_any(terms: list[str], texts: list[str]) -> bool:
    joined = " ".join(_MARKER.sub(" ", t) for t in texts)
    held = set(tokenize(joined)) | {w.lower() for w in re.findall(r"\w+", joined)}
    return any(equivalents(t) & held or t in joined for t in terms)


def screened_same_for_55r(plan: DocPlan, text: str, previous: str | None) -> DocPlan:
    """``plan``, or a decline when a "same for X?" quote names none of the asked terms.

    Args:
        plan: The follow-up's document plan.
        text: The follow-up ("same for the pharmacy?").
        previous: The user's previous question (``None`` on a first turn).
    """
    if plan.kind != "extractive" or previous is None:
        return plan
    other = same_for_another(text)
    if other is None:
        return plan
    asked = _asked_terms(previous, other)
    if not asked:
        return plan
    texts = [plan.answer, *(str(c.get("locator", "")) for c in plan.citations)]
    if _names_any(asked, texts):
        return plan
    why = f"'same for {other}?' asks {', '.join(asked)}; the quote states none (same_for_55r)"
    answer = not_covered_message(text, f"{other}: {', '.join(asked)}", "")
    return DocPlan(kind="not_covered", reasons=[*plan.reasons, why], answer=answer)
