"""A follow-up in a document's thread is not answered by a curated entry about another one.

"주말도 똑같아?" after "주차비는 얼마예요?" (answered by quoting the directions' parking
fee) asks whether parking costs the same at weekends; matched alone, its words found the
clinic's holiday entry and that answer came back instead. "is it open at lunch?" after
the pharmacy's hours found the clinic's hours entry, and "주차비도 돼요?" after the
expense policy's mileage rate found the clinic's car park. Each follow-up names no place
of its own: its subject is the thread's, which is the document the previous answer quoted
(or the document the curated entry that answered it summarises).

The rule, for a turn that is not the conversation's first:

- only a follow-up that reads as going on with the thread: Korean "도" on a word ("주차비도",
  "주말도") or "똑같/마찬가지/그럼/그거", English "it/that/same/too/also" or an opening "and"
  or "what about" ("주차 돼요?" after the clinic's hours is a question of its own, and the
  curated parking entry answers it as before);
- only a follow-up that names no place, owner or kind of place (one that does, "약국은요?"
  or "what about the clinic?", changes the subject and keeps the curated answer);
- the thread's documents are those of the previous answer: the source of the curated
  entry the previous question matched, else the documents the document path cites (or,
  for one a model answered from passages, reads first) for the previous question;
- the curated answer is left out when the entry it matches summarises a document that
  is not among the thread's: the turn goes on to the documents with its thread (and
  their thread rules, :mod:`graphs.thread_document_query`), which quote the thread's
  document or decline. A thread with no known document keeps the curated answer.

The documents then answer such a follow-up from the thread's documents
(:func:`kept_to_thread_documents`): a quote whose lead sentence comes from another
document only (the pharmacy's hours for "주말도 똑같아?" after the parking fee), or passages
for a model led by another document, are declined; from a quote mixing documents, the
thread's sentences are kept.
"""

from __future__ import annotations

import re
from typing import Any

from agents.document_messages import not_covered_message
from agents.documents import DocPlan, plan_document_step
from agents.documents_thread_52t import quote_within_sections
from tools.faq import FaqBook
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = [
    "faq_leaves_thread_document",
    "goes_on_with_the_thread",
    "kept_to_thread_documents",
    "thread_documents",
]

# "주차비도", "주말도" (not "정도", a word of its own), "똑같아", "마찬가지", "그럼", "그거".
# "주말에도요?" too (wrongs55: the polite 요 after 도 let the clinic's hours entry answer).
_GOES_ON_KO = re.compile(r"(?<!정)(?<=[가-힣])도요?(?=\s|[?？!.]|$)|똑같|마찬가지|그럼|그거|그건")
_GOES_ON_EN = re.compile(
    r"\b(?:it|its|that|this|they|them|same|too|also|either)\b|^\s*(?:and|what about|how about)\b",
    re.IGNORECASE,
)


def goes_on_with_the_thread(text: str) -> bool:
    """Whether a follow-up says it goes on with the thread ("주차비도 돼요?", "is it open?")."""
    return bool(_GOES_ON_KO.search(text) or _GOES_ON_EN.search(text))


def thread_documents(
    faq: FaqBook | None, docs: Any | None, previous: str, collection: str
) -> set[str]:
    """The documents the previous answer came from (empty when none is known).

    Args:
        faq: The curated answers.
        docs: The document store (``None``: no documents).
        previous: The user's previous question.
        collection: The workspace's collection.
    """
    earlier = faq.lookup(previous) if faq is not None else None
    if earlier is not None:
        # A curated entry answered it: the thread's document is the one it summarises.
        return {earlier.entry.source} if earlier.entry.source else set()
    if docs is None:
        return set()
    plan = plan_document_step(docs, previous, collection=collection, pinned=False)
    if plan.kind == "extractive":
        return {str(c.get("source", "")) for c in plan.citations} - {""}
    if plan.kind == "grounded":
        cited = plan.citations or plan.fallback_citations
        if cited:
            return {str(c.get("source", "")) for c in cited} - {""}
        # A model (or its decline) read these passages: the first is the thread's document.
        first = plan.passages[0].get("source") if plan.passages else None
        return {str(first)} if first else set()
    return set()


def faq_leaves_thread_document(
    faq: FaqBook | None,
    docs: Any | None,
    text: str,
    previous: str | None,
    collection: str,
) -> bool:
    """Whether a follow-up's curated answer summarises a document outside its thread.

    Args:
        faq: The curated answers.
        docs: The document store.
        text: The follow-up ("주말도 똑같아?").
        previous: The user's previous question (``None`` on a first turn).
        collection: The workspace's collection.

    Returns:
        True when the curated answer must be left out for the thread's documents.
    """
    if faq is None or previous is None:
        return False
    hit = faq.lookup(text)
    if hit is None or hit.entry.source is None:
        return False
    if not goes_on_with_the_thread(text):
        return False
    if not names_no_place(text) or names_a_place_kind(text):
        return False
    thread = thread_documents(faq, docs, previous, collection)
    return bool(thread) and not _among(hit.entry.source, thread)


def _among(source: str, thread: set[str]) -> bool:
    """Whether ``source`` is one of ``thread``'s documents.

    A curated entry names its document relative to the app ("data/samples/x.md"); the
    store may name the same file by a longer path: one ending the other is the same file.
    """
    plain = source.replace("\\", "/").lstrip("./")
    for other in thread:
        other = other.replace("\\", "/")
        if other == plain or other.endswith("/" + plain) or plain.endswith("/" + other):
            return True
    return False


def kept_to_thread_documents(
    faq: FaqBook | None,
    docs: Any | None,
    plan: DocPlan,
    text: str,
    previous: str | None,
    collection: str,
) -> DocPlan:
    """``plan``'s quote kept to the thread's documents, for a follow-up the FAQ left.

    Only a follow-up whose curated answer :func:`faq_leaves_thread_document` left out: its
    quote may come only from the thread's documents. A lead sentence from elsewhere makes
    the plan an honest "not in the documents" naming the thread's documents.

    Args:
        faq: The curated answers.
        docs: The document store.
        plan: The follow-up's document plan.
        text: The follow-up.
        previous: The user's previous question.
        collection: The workspace's collection.
    """
    if plan.kind not in ("extractive", "grounded") or previous is None:
        return plan
    if not faq_leaves_thread_document(faq, docs, text, previous, collection):
        return plan
    thread = thread_documents(faq, docs, previous, collection)
    if plan.kind == "grounded":
        # A model would write from these passages: the lead one must be the thread's.
        lead = str(plan.passages[0].get("source", "")) if plan.passages else ""
        return plan if _among(lead, thread) else _declined(plan, text, thread)
    cited = {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}
    if all(_among(source, thread) for source, _ in cited):
        return plan
    inside = {section for section in cited if _among(section[0], thread)}
    # The thread's sentences answer it even behind another document's lead ("Visitors
    # park in the east car park. [1] Parking on a work trip is paid back … [2]").
    kept = quote_within_sections(plan, inside, lead_may_leave=True) if inside else None
    if kept is not None:
        return kept
    return _declined(plan, text, thread)


def _declined(plan: DocPlan, text: str, thread: set[str]) -> DocPlan:
    why = "follow-up: the quote is from another document than the thread's (faq_thread_54q)"
    searched = ", ".join(sorted(thread))
    answer = not_covered_message(text, text.strip(" ?？"), searched)
    return DocPlan(kind="not_covered", reasons=[*plan.reasons, why], answer=answer)
