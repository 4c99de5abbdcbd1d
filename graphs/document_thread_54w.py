"""Document threads: a follow-up's quote must be about the thread's subject, and a model's
reply that goes past the documents must say so (wrongs54).

Three rules, each for a turn that follows an answer from the documents:

- **A sibling section taken by the follow-up's own question.** After "로라타딘 하루에 몇번
  먹어요" (the loratadine section), "그거 먹으면 술 마셔도 돼요?" was searched alone and the
  acetaminophen section's alcohol warning was quoted, cited, as loratadine's. The screen of
  :mod:`graphs.sibling_subject` now also covers the follow-up's own quote taken from the
  thread's document.
- **A subject nobody named, from another document.** After the check-up's fasting rule
  (check-up page), "물은 마셔도 돼요?" quoted the ibuprofen section's "식사 후에 물과 함께
  복용하세요": a drug neither this turn nor the thread ever named. When every quoted
  section is headed by a one-word subject (a drug, "준비물") that no question of the
  thread names in either language, and none of the quoted documents is one the previous
  question's own answer came from, the turn says the documents do not answer it.
- **The honest notice after a decline in a document thread.** After "주차 무료 몇시간" was
  quoted and "2시간이면?" answered, "왜 유료예요?" went to a model with no notice; so did
  "why is that" after a decline. A model's reply to a follow-up that asks something new of
  a thread still on the documents (the previous answer quoted them, or said they do not
  cover it right after one that did) opens with "the documents do not cover this; what
  follows is general knowledge", whatever plan the turn's own search made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from agents.document_messages import GENERAL_KNOWLEDGE_REASON, not_covered_message
from agents.documents import DocPlan, plan_document_step
from agents.documents_thread_52t import quote_within_sections
from graphs.own_subject_55d import names_own_subject
from graphs.sibling_subject import heading_words, kept_to_the_thread_subject
from tools.rag.crosslingual import equivalents

if TYPE_CHECKING:
    from langchain_core.messages import AnyMessage

__all__ = [
    "kept_to_the_thread_document",
    "kept_to_the_thread_document_of",
    "kept_to_the_thread_subjects",
    "noticed_in_document_thread",
    "screened_follow_up_quote",
    "screened_own_quote",
    "thread_on_documents",
    "unnamed_subject_elsewhere",
]

# A citation marker an answer kept ("... 60일까지 [1]"): it quoted the documents.
_CITATION_MARKER = re.compile(r"\[\d{1,3}\]")
# How the app's own "not in the documents" replies open (tools.rag.NOT_COVERED).
_DECLINE_OPENINGS = ("제공된 문서에서는", "The documents do not cover")
# A parenthetical note after the last citation marker.
_CLOSING_NOTE = re.compile(r"(?<=\])\s*\([^()]*\)\s*$")
# How many earlier questions are read back for the thread's subject.
_LOOK_BACK = 3
_NOTICE_REASON = (
    "follow-up in a thread on the documents (the last answer quoted them or said they do "
    "not cover it): a model's reply says it is not theirs"
)


def screened_own_quote(
    found: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``found`` (a loose follow-up's own quote), or "not in the documents" for a sibling's.

    Args:
        found: The quote the follow-up's own question took from the thread's document.
        text: The follow-up ("그거 먹으면 술 마셔도 돼요?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents.
    """
    found = kept_to_the_thread_subject(found, text, previous_question, plan_of)
    return kept_to_the_thread_subjects(found, text, [previous_question], plan_of)


def _sections(plan: DocPlan) -> set[tuple[str, str]]:
    return {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}


def _thread_subject(
    earlier: Sequence[str], plan_of: Callable[[str], DocPlan]
) -> tuple[str, str] | None:
    """The section the thread is about: the latest quoted one, headed by a subject asked.

    The newest earlier question the documents answered must have quoted one section with a
    one-word heading ("§이부프로펜") that some question of the thread named; "운전해도
    돼요?" after "로라타딘 졸려요?" still asks about loratadine.
    """
    for question in reversed(earlier[-_LOOK_BACK:]):
        plan = plan_of(question)
        if plan.kind != "extractive":
            continue
        sections = _sections(plan)
        if len(sections) != 1:
            return None
        section = next(iter(sections))
        words = heading_words(section[1])
        return section if words and any(_named(w, earlier) for w in words) else None
    return None


def kept_to_the_thread_subjects(
    plan: DocPlan, text: str, earlier: Sequence[str], plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``, or "not in the documents" when it quotes only siblings of the thread's subject.

    Unlike :func:`graphs.sibling_subject.kept_to_the_thread_subject`, the quote may come from
    several sibling sections (ibuprofen's "하루 몇번" answered with acetaminophen's interval
    and loratadine's daily dose) and the subject may have been named turns before.

    Args:
        plan: The follow-up's document plan.
        text: The follow-up ("그거 하루 몇번까지 먹어요?").
        earlier: The user's earlier questions in the thread, oldest first.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    if plan.kind != "extractive" or not plan.citations or not earlier:
        return plan
    quoted = _sections(plan)
    headings = [heading_words(locator) for _, locator in quoted]
    if not all(headings) or any(_named(w, [text]) for words in headings for w in words):
        return plan
    subject = _thread_subject(earlier, plan_of)
    if subject is None or subject in quoted or any(src != subject[0] for src, _ in quoted):
        return plan
    if names_own_subject(text, plan, subject, earlier, plan_of):  # "and for a hotel?"
        return plan
    named = subject[1].rsplit("§", 1)[-1].strip()
    others = ", ".join(sorted(locator for _, locator in quoted))
    why = f"follow-up about {named!r} (the thread's section): the quote is from {others}"
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, named, f"{subject[0]} {others}"),
    )


def screened_follow_up_quote(
    plan: DocPlan, text: str, earlier: Sequence[str], docs: Any, *, collection: str
) -> DocPlan:
    """A follow-up's own quote, or "not in the documents" when it is about another subject.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up.
        earlier: The user's earlier questions in the thread, oldest first.
        docs: The document store.
        collection: The workspace's collection.
    """

    def plan_of(asked: str) -> DocPlan:
        return plan_document_step(docs, asked, collection=collection, pinned=False)

    plan = unnamed_subject_elsewhere(plan, text, earlier, docs, collection=collection)
    plan = kept_to_the_thread_document(plan, earlier, plan_of)
    return kept_to_the_thread_subjects(plan, text, earlier, plan_of)


def kept_to_the_thread_document(
    plan: DocPlan, earlier: Sequence[str], plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``'s quote without the sentences of documents the thread is not about.

    After the check-up results (clinic guide), "전화로 알려줘?" quoted the guide's "결과는
    전화로 알려 드리지 않으며" and then the leave policy's "팀장에게 전화로 알리고": a
    sentence about another subject, shown as part of the answer. When the quote's lead
    sentence comes from the document the previous answer quoted, the sentences from other
    documents come off.

    Args:
        plan: The follow-up's document plan.
        earlier: The user's earlier questions in the thread, oldest first.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    if plan.kind != "extractive" or len(_sources(plan)) < 2 or not earlier:
        return plan
    thread = _sources(plan_of(earlier[-1]))
    if not thread & _sources(plan):
        return plan
    inside = {section for section in _sections(plan) if section[0] in thread}
    # A closing note on a quoted English figure ("(영어 문서의 문장입니다: …)") goes with
    # the sentences; it is dropped when sentences are.
    note = _CLOSING_NOTE.search(plan.answer)
    bare = plan.answer[: note.start()] + " " if note else plan.answer
    kept = quote_within_sections(plan.model_copy(update={"answer": bare}), inside)
    if kept is None or kept.answer == bare:
        return plan
    return kept


def kept_to_the_thread_document_of(
    plan: DocPlan, earlier: Sequence[str], docs: Any, *, collection: str
) -> DocPlan:
    """:func:`kept_to_the_thread_document` with the store (for the carried-subject path)."""
    return kept_to_the_thread_document(
        plan,
        earlier,
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )


def _sources(plan: DocPlan) -> set[str]:
    return {str(c.get("source", "")) for c in plan.citations}


def _named(subject: str, asked: Sequence[str]) -> bool:
    """Whether any question names ``subject`` (or its translation)."""
    words = {w.lower() for w in equivalents(subject)} | {subject}
    lowered = [a.lower() for a in asked]
    return any(word and word in a for word in words for a in lowered)


def _unnamed_subjects(plan: DocPlan, asked: Sequence[str]) -> set[str]:
    """The one-word subjects every quoted section is headed by, when no question names one.

    Empty when a section is headed by a topic of several words, or a question names one.
    """
    subjects: set[str] = set()
    for citation in plan.citations:
        words = heading_words(str(citation.get("locator", "")))
        if not words:
            return set()
        subjects |= words
    return set() if any(_named(subject, asked) for subject in subjects) else subjects


def _thread_sources(earlier: Sequence[str], plan_of: Callable[[str], DocPlan]) -> set[str]:
    """The documents the thread is on: its latest quote that was about a subject it named.

    Read oldest first over the last few questions, so that a follow-up whose own quote
    was of an unnamed subject ("물은 마셔도 돼요?" quoting ibuprofen, declined) does not
    move the thread to that document.
    """
    thread: set[str] = set()
    asked: list[str] = []
    for question in earlier[-_LOOK_BACK:]:
        asked.append(question)
        plan = plan_of(question)
        if plan.kind != "extractive":
            continue
        if not thread or _sources(plan) & thread or not _unnamed_subjects(plan, asked):
            thread = _sources(plan)
    return thread


def unnamed_subject_elsewhere(
    plan: DocPlan, text: str, earlier: Sequence[str], docs: Any, *, collection: str
) -> DocPlan:
    """``plan``, or "not in the documents" when it quotes a subject the thread never named.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("물은 마셔도 돼요?").
        earlier: The user's earlier questions in the thread, oldest first.
        docs: The document store (the previous question is planned again only when needed).
        collection: The workspace's collection.
    """
    if plan.kind != "extractive" or not plan.citations or not earlier:
        return plan
    subjects = _unnamed_subjects(plan, [text, *earlier])
    if not subjects:
        return plan
    thread = _thread_sources(
        earlier,
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )
    if not thread or thread & _sources(plan):
        return plan
    named = ", ".join(sorted(subjects))
    why = (
        f"follow-up: the quote is about {named}, which no question of the thread names, "
        f"from another document than the thread's ({', '.join(sorted(thread))})"
    )
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, text.strip().rstrip("?？"), ", ".join(sorted(thread))),
    )


def _answers(messages: Sequence[AnyMessage]) -> list[str]:
    """The assistant's answers before this turn's question, latest first."""
    return [
        m.content
        for m in reversed(messages[:-1])
        if m.type == "ai" and isinstance(m.content, str) and m.content
    ]


def thread_on_documents(messages: Sequence[AnyMessage]) -> bool:
    """Whether the thread is still on the documents at this turn.

    The previous answer quoted them (kept a citation marker), or it said they do not
    cover a follow-up (the app's decline or its general-knowledge notice) right after an
    answer that quoted them.
    """
    answers = _answers(messages)
    if not answers:
        return False
    if _CITATION_MARKER.search(answers[0]):
        return True
    if len(answers) < 2 or not _CITATION_MARKER.search(answers[1]):
        return False
    if answers[0].startswith(_DECLINE_OPENINGS):
        return True
    # A figure computed from the quote before it ("3,000원입니다. 앞의 답에 인용된
    # 요금('1시간이 지나면 10분마다 500원')으로 …", tools.followup_quoted_tariff_54f).
    return any(len(part) >= _MIN_QUOTED and part in answers[1] for part in _quoted(answers[0]))


# A phrase an answer repeats from a quote, between quotation marks: long enough to be one.
_MIN_QUOTED = 6
_QUOTED_PHRASE = re.compile("'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”")


def _quoted(answer: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED_PHRASE.finditer(answer)]


def noticed_in_document_thread(
    doc: DocPlan | None,
    messages: Sequence[AnyMessage],
    asks_beyond: Callable[[str], bool],
    text: str,
) -> DocPlan | None:
    """``doc``, with the general-knowledge notice when a model answers past the documents.

    Args:
        doc: The turn's document plan so far (``None``: no document was searched).
        messages: The conversation, this turn's question last.
        asks_beyond: Whether the follow-up asks something new rather than reshaping or
            computing with the previous answer (graphs.cited_followups).
        text: The follow-up.

    Returns:
        ``doc`` unchanged unless a model is to answer (no plan, or a "generate" plan
        without the notice) in a thread still on the documents; then a "generate" plan
        whose reply opens with the notice.
    """
    if doc is not None and (doc.kind != "generate" or GENERAL_KNOWLEDGE_REASON in doc.reasons):
        return doc
    if not thread_on_documents(messages) or not asks_beyond(text):
        return doc
    reasons = [*(doc.reasons if doc else []), _NOTICE_REASON, GENERAL_KNOWLEDGE_REASON]
    if doc is None:
        return DocPlan(kind="generate", reasons=reasons)
    return doc.model_copy(update={"reasons": reasons, "off_subject": False})
