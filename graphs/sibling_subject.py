"""A follow-up without a subject of its own is not answered from a sibling's section.

After "이부프로펜 어른은 한 번에 얼마나 먹어요?" was answered from the pharmacy guide's
ibuprofen section, "술 마시고 먹어도 돼요?" still asks about ibuprofen: it names no drug.
Searched alone it matched the acetaminophen section's alcohol warning and quoted it, cited,
as if it were ibuprofen's: the most dangerous kind of wrong answer.

The rule, for a follow-up turn whose plan quotes the documents: when the previous
question named the heading of the section its own answer came from (its subject, e.g.
"이부프로펜"), the new quote comes from another section of the same document, and the
follow-up names neither heading, the quote is about another subject than the one the
user still means. The turn says the documents do not answer it. Only one-word headings
are read as subjects (a drug, a kind of leave, "Hotels"): a heading of several words
("Submitting a claim") is a topic a follow-up may well move on from. A follow-up that
names the quoted section's heading keeps its quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from graphs.own_subject_55d import names_own_subject

__all__ = ["heading_words", "kept_to_the_thread_subject"]

_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")


def heading_words(locator: str) -> set[str]:
    """The subject a citation's last heading names, if it is one word ("§이부프로펜")."""
    heading = locator.rsplit("§", 1)[-1].split(">")[-1].strip()
    return {heading.lower()} if _WORD.fullmatch(heading) else set()


def _names(text: str, words: set[str]) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words)


def _quoted_section(plan: DocPlan) -> tuple[str, str] | None:
    """The one (source, locator) every citation of an extractive plan comes from."""
    if plan.kind != "extractive" or not plan.citations:
        return None
    sections = {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}
    return next(iter(sections)) if len(sections) == 1 else None


def kept_to_the_thread_subject(
    plan: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``, or "not in the documents" when it quotes a sibling of the thread's subject.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("술 마시고 먹어도 돼요?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    quoted = _quoted_section(plan)
    if quoted is None:
        return plan
    quoted_words = heading_words(quoted[1])
    if not quoted_words or _names(text, quoted_words):
        return plan
    earlier = _quoted_section(plan_of(previous_question))
    if earlier is None or earlier[0] != quoted[0] or earlier[1] == quoted[1]:
        return plan
    subject = heading_words(earlier[1])
    if not subject or not _names(previous_question, subject) or _names(text, subject):
        return plan
    if names_own_subject(text, plan, earlier, [previous_question], plan_of):  # "and hotels?"
        return plan
    named = earlier[1].rsplit("§", 1)[-1].strip()
    why = (
        f"follow-up about {named!r} (the previous answer's section): the quote is from "
        f"{quoted[1]!r}, another subject"
    )
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, named, f"{quoted[0]} {quoted[1]}"),
    )
