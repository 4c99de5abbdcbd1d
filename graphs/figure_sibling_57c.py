"""A thread follow-up's figure does not pull in a sibling subject's sentence (doc57b).

After "병가 1년에 총 몇일 쓸수있어요" (the sick-leave section), "보름 내리 쉬면요?" is read as
"15일 쉬면요?"; its own search quoted the two sick-leave sentences and, after them, the
annual-leave sentence "… 1년 이상 근무한 직원은 매년 15일의 연차를 받습니다": matched only
because it shares the figure (15일), cited as if it answered how long sick leave may run.
A sibling subject (연차 beside 병가, meals beside alcohol) is never the answer to the
thread's question.

The rule, for a follow-up in a thread whose condition names a figure
(:func:`graphs.condition_follow_up_55w.condition_head`): a quoted sentence from a section
the previous answer did not cite, that states the figure itself
(:func:`graphs.condition_cover_56c.states_figure_itself`), stays only when it names the
thread's subject (a word of an earlier question) or a word of the follow-up's own, in
either language; measures (일, days, year) name no subject. Otherwise it comes off; when
no sentence is left, the documents honestly do not answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set
from typing import Any

from agents.document_messages import not_covered_message
from agents.documents import DocPlan, plan_document_step
from graphs.condition_cover_56c import Figure, states_figure_itself
from graphs.condition_follow_up_55w import condition_head
from graphs.subjectless_follow_up import MEASURE_STEMS
from tools.rag.crosslingual import equivalents
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

__all__ = ["figure_siblings_off", "kept_from_figure_siblings", "subject_words"]

# "s1 [1] s2 [2] …": a quoted sentence and the citation it carries (agents.documents_thread_52t).
_QUOTED = re.compile(r"(?P<sentence>.*?)\s*\[(?P<id>\d{1,3})\]\s*", re.DOTALL)
_WHY = (
    "follow-up figure: a sentence of a sibling subject that only shares the figure "
    "came off (figure_sibling_57c)"
)


def subject_words(questions: Iterable[str]) -> frozenset[str]:
    """The words naming what ``questions`` are about, in every equivalent (measures left out).

    "병가 1년에 총 몇일" names 병가 (sick leave), not 년 or 일: a figure's unit is shared by
    every sibling stating a figure of its kind.
    """
    words: set[str] = set()
    for question in questions:
        for term in analyze_question(question).terms:
            if term in MEASURE_STEMS or term.isdigit() or (len(term) < 2 and term.isascii()):
                continue
            words |= {e.lower() for e in equivalents(term)} | {term.lower()}
    return frozenset(words)


def _names(sentence: str, words: Set[str]) -> bool:
    return bool(words & {t.lower() for t in tokenize(sentence)})


def _states_figure(sentence: str, figure: Figure) -> bool:
    compact = sentence.replace(",", "")
    itself = rf"(?<![\d.]){re.escape(figure.value)}\s*{re.escape(figure.unit)}"
    return states_figure_itself(sentence, figure) or re.search(itself, compact) is not None


def kept_from_figure_siblings(
    plan: DocPlan,
    text: str,
    earlier: Sequence[str],
    thread_sections: Callable[[], Set[tuple[str, str]]],
) -> DocPlan:
    """``plan`` without the sentences of a sibling subject that only share its figure.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("보름 내리 쉬면요?", "what if i take 15 days off").
        earlier: The thread's earlier questions, oldest first.
        thread_sections: The (source, locator) pairs the previous answer cited (asked
            only when a sentence might be a sibling's).
    """
    if plan.kind != "extractive" or not earlier or not plan.citations:
        return plan
    head = condition_head(text)
    if head is None or not head.figure or not head.unit:
        return plan
    figure = Figure(head.figure, head.unit)
    quoted = [(m["sentence"].strip(), int(m["id"])) for m in _QUOTED.finditer(plan.answer)]
    if not quoted or "".join(m.group(0) for m in _QUOTED.finditer(plan.answer)) != plan.answer:
        return plan  # not read as quoted sentences: left to the other screens
    by_id = {int(str(c.get("id", 0))): c for c in plan.citations}
    named = subject_words(earlier) | subject_words([text])

    def section(cited: int) -> tuple[str, str]:
        citation = by_id.get(cited, {})
        return str(citation.get("source", "")), str(citation.get("locator", ""))

    suspects = {(s, i) for s, i in quoted if _states_figure(s, figure) and not _names(s, named)}
    if not suspects:
        return plan
    thread = thread_sections()
    kept = [(s, i) for s, i in quoted if (s, i) not in suspects or section(i) in thread]
    if len(kept) == len(quoted):
        return plan
    if not kept:
        sources = sorted({str(c.get("source", "")) for c in plan.citations} - {""})
        return DocPlan(
            kind="not_covered",
            reasons=[*plan.reasons, _WHY],
            answer=not_covered_message(text, text.strip(" ?？"), ", ".join(sources)),
        )
    renumbered: dict[int, int] = {}
    for _, old in kept:
        renumbered.setdefault(old, len(renumbered) + 1)
    citations = [{**by_id[old], "id": new} for old, new in renumbered.items() if old in by_id]
    answer = " ".join(f"{s} [{renumbered[i]}]" for s, i in kept)
    return plan.model_copy(
        update={"answer": answer, "citations": citations, "reasons": [*plan.reasons, _WHY]}
    )


def figure_siblings_off(
    docs: Any, plan: DocPlan, text: str, earlier: Sequence[str], collection: str
) -> DocPlan:
    """:func:`kept_from_figure_siblings` with the thread's sections read from the store."""
    if docs is None or not earlier:
        return plan

    def thread_sections() -> set[tuple[str, str]]:
        previous = plan_document_step(docs, earlier[-1], collection=collection, pinned=False)
        if previous.kind != "extractive":
            return set()
        return {(str(c.get("source", "")), str(c.get("locator", ""))) for c in previous.citations}

    return kept_from_figure_siblings(plan, text, earlier, thread_sections)
