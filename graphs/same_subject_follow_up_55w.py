"""A follow-up about the thread's own subject is quoted from the thread's documents (wrongs55).

"same on weekends?" after "how much does parking cost?" (quoted from the visitor page's
parking fee) asks whether parking costs the same at weekends. Searched alone, its one
word found the pharmacy's weekend hours, cited as the answer. faq_thread_document_54q
keeps such a follow-up to the thread's documents only when a curated entry matched it;
here none did. "톨비는?" after the mileage rate (tolls, in the expense policy) likewise
quoted the clinic's booking changes.

The rule, for a turn that is not the conversation's first and whose quote comes only from
documents the previous answer did not come from:

- a follow-up that says it asks the same of the thread ("same", "too", "also", "as well",
  "똑같아", "마찬가지", a word with 도), or one that is a bare noun asked after the
  thread's question ("톨비는?", "what about tolls?") whose noun no quoted sentence states;
- naming no place, owner or kind of place ("약국은요?" changes the subject and is left
  alone);

is declined, naming the thread's documents. A quote with any sentence from the thread's
documents is left to the thread rules before it (faq_thread_document_54q,
document_thread_54w), except for the same question asked again (or at another time named
alone, "what about sundays?"): it must quote a section the previous answer quoted, not
the same document's opening hours.
"""

from __future__ import annotations

import re
from typing import Any

from agents.document_messages import not_covered_message
from agents.documents import DocPlan, plan_document_step
from graphs.faq_thread_document_54q import thread_documents
from tools.faq import FaqBook
from tools.rag.crosslingual import equivalents
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.textutil import detect_script, tokenize
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = ["asks_the_same", "bare_noun", "kept_to_the_thread_55w"]

_SAME_EN = re.compile(r"\b(?:same|too|also|as well|either|likewise)\b", re.IGNORECASE)
# "똑같아", "마찬가지", "같아요?", "주말도" (not "정도", a word of its own).
_SAME_KO = re.compile(
    r"똑같|마찬가지|같아|같나|같은가|같죠|(?<!정)(?<=[가-힣])도요?(?=\s|[?？!.]|$)"
)
# "톨비는?", "톨비는요?", "what about tolls?", "and tolls?": one noun, asked after the thread.
_BARE_KO = re.compile(
    r"^\s*(?:그럼\s+|그러면\s+)?(?P<noun>[가-힣A-Za-z]{2,})(?:은|는)요?\s*[?？]?\s*$"
)
_BARE_EN = re.compile(
    r"^\s*(?:and|so|then)?\s*(?:what|how)\s+about\s+(?:the\s+)?(?P<noun>[a-z][a-z -]{1,30}?)"
    r"\s*[?？]?\s*$|^\s*and\s+(?:the\s+)?(?P<noun2>[a-z][a-z-]{1,20})\s*[?？]\s*$",
    re.IGNORECASE,
)


# A time the thread's question may be asked again at, named alone ("what about sundays?").
_TIME_NOUN = re.compile(
    r"^(?:weekends?|saturdays?|sundays?|(?:public\s+)?holidays?|weekdays?|nights?|mornings?|"
    r"evenings?|주말|토요일|일요일|공휴일|평일|주중|야간|밤|아침|오전|오후|토욜|일욜)$",
    re.IGNORECASE,
)


def asks_the_same(text: str) -> bool:
    """Whether a follow-up asks the same of the thread ("same on weekends?", "주말도 똑같아?")."""
    return bool(_SAME_EN.search(text) or _SAME_KO.search(text))


def bare_noun(text: str) -> str | None:
    """The noun of a follow-up that is only a noun ("톨비는?", "what about tolls?")."""
    found = _BARE_KO.match(text) or _BARE_EN.match(text)
    if found is None:
        return None
    return found.group("noun") or found.groupdict().get("noun2") or None


def _states(noun: str, answer: str) -> bool:
    """Whether ``answer`` states ``noun`` (a word of it or a translation)."""
    words = set(tokenize(answer)) | {w.lower() for w in re.findall(r"\w+", answer)}
    for part in tokenize(noun) or [noun]:
        if part.lower() in words or any(e.lower() in words for e in equivalents(part)):
            return True
    return detect_script(noun) == "ko" and noun in answer


def _same_file(source: str, thread: set[str]) -> bool:
    """Whether ``source`` is one of ``thread``'s documents (one path may end the other)."""
    plain = source.replace("\\", "/").lstrip("./")
    return any(
        other == plain or other.endswith("/" + plain) or plain.endswith("/" + other)
        for other in (t.replace("\\", "/") for t in thread)
    )


def kept_to_the_thread_55w(
    faq: FaqBook | None,
    docs: Any | None,
    plan: DocPlan,
    text: str,
    previous: str | None,
    collection: str,
) -> DocPlan:
    """``plan``, or a decline when a follow-up on the thread's subject is quoted from elsewhere.

    Args:
        faq: The curated answers (the previous answer may have been one).
        docs: The document store.
        plan: The follow-up's document plan.
        text: The follow-up ("same on weekends?", "톨비는?").
        previous: The user's previous question (``None`` on a first turn).
        collection: The workspace's collection.
    """
    if plan.kind != "extractive" or not plan.citations or previous is None or docs is None:
        return plan
    noun = bare_noun(text)
    # "what about sundays?" after the parking fee asks the thread's question on Sundays.
    same = asks_the_same(text) or (noun is not None and _TIME_NOUN.match(noun) is not None)
    if not same and (noun is None or _states(noun, plan.answer)):
        return plan
    if not names_no_place(text) or names_a_place_kind(text):
        return plan
    cited = {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}
    thread = thread_documents(faq, docs, previous, collection)
    if not thread:
        return plan
    if not any(_same_file(source, thread) for source, _ in cited):
        return _declined(plan, text, thread, "documents the previous answer did not come from")
    if not same:
        return plan
    # The same question at another time: the thread's own section, not the document's
    # opening hours ("Sundays and public holidays: closed" after the parking fee).
    sections = _thread_sections(docs, previous, collection)
    if sections and not cited & sections:
        return _declined(plan, text, thread, "sections the previous answer did not quote")
    return plan


def _thread_sections(docs: Any, previous: str, collection: str) -> set[tuple[str, str]]:
    """The sections the previous answer quoted (empty when it quoted none)."""
    plan = plan_document_step(docs, previous, collection=collection, pinned=False)
    if plan.kind != "extractive":
        return set()
    return {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}


def _declined(plan: DocPlan, text: str, thread: set[str], where: str) -> DocPlan:
    why = f"follow-up on the thread's subject: the quote is only from {where} (same_subject_55w)"
    answer = not_covered_message(text, text.strip(" ?？"), ", ".join(sorted(thread)))
    return DocPlan(kind="not_covered", reasons=[*plan.reasons, why], answer=answer)
