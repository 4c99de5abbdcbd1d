"""A follow-up that names a subject of its own is not a loose follow-up (docopens55).

After "how much can I claim for meals per day on a business trip" (the expense policy's
Meals section), "and for a hotel in seoul?" quoted the Hotels section and "and if i drive
my own car?" the Mileage section. graphs.document_thread_54w's sibling-section screen
declined both: it read them as loose follow-ups still about meals, as "그거 술 마셔도
돼요?" after loratadine is. They are not: each names its own subject, and the quoted
section is about that subject.

What a section is "about" is read narrowly, so that a word a sibling merely mentions
("임산부" in the ibuprofen section's last clause) never counts:

- its one-word heading ("Hotels", singular or plural), or
- the opening phrase of its lead sentence, the grammatical subject before the first verb
  ("Hotel stays are …", "Using your own car is …", "이부프로펜은 …").

The follow-up must name such a word (or its translation), and the word must not occur in
the thread's own section: "성인은 얼마나 먹어요?" names a word every drug's section opens
with, which tells no subject from another. A word the follow-up uses as its verb ("how
long can I stay" against "Hotel stays are …") names no subject either.

Hooked into both sibling screens: graphs.sibling_subject (the previous answer's section)
and graphs.document_thread_54w.kept_to_the_thread_subjects (the thread's subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from agents.documents import DocPlan
from tools.rag.crosslingual import equivalents

__all__ = ["names_own_subject", "section_topic_words"]

# An English lead sentence's subject ends at its first finite verb (a short list is
# enough: policy and guide sentences open "X is/are/may/must …").
_EN_VERBS = frozenset(
    ("is", "are", "was", "were", "may", "must", "can", "should", "will", "need", "needs",
     "has", "have", "costs", "cost")
)  # fmt: skip
# The longest opening phrase read as a subject: beyond it the sentence is no "X is …".
_MAX_SUBJECT_WORDS = 4
# Words of an opening phrase that name nothing ("Using your own car").
_EN_FUNCTION = frozenset(
    ("the", "a", "an", "your", "our", "their", "its", "this", "that", "these", "those",
     "all", "any", "each", "every", "using", "use", "for", "of", "in", "on", "at", "to",
     "with", "and", "or", "own")
)  # fmt: skip
# A Korean lead sentence's subject: its first word with a topic or subject particle.
_KO_SUBJECT = re.compile(r"^([가-힣]{2,})(?:은|는|이|가)$")
_SENTENCE_END = re.compile(r"(?<=[.!?다요])\s+")
_EN_WORD = re.compile(r"[a-z]{3,}")
# A one-word heading, as graphs.sibling_subject reads one (not imported: it imports us).
_HEADING_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")


def _heading_word(locator: str) -> set[str]:
    heading = locator.rsplit("§", 1)[-1].split(">")[-1].strip()
    return {heading.lower()} if _HEADING_WORD.fullmatch(heading) else set()


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _lead_subject(text: str) -> set[str]:
    """The content words of the lead sentence's subject ("Hotel stays are" → hotel, stays)."""
    lead = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    words = lead.split()
    if not words:
        return set()
    if re.match(r"[가-힣]", words[0]):
        # "이부프로펜은 …", "호텔 객실은 …": the words up to the first particle of a subject.
        for end, word in enumerate(words[:_MAX_SUBJECT_WORDS]):
            korean = _KO_SUBJECT.match(word.strip(",."))
            if korean:
                return {w for w in words[:end] if re.fullmatch(r"[가-힣]{2,}", w)} | {
                    korean.group(1)
                }
        return set()
    lowered = [w.strip(",.;:").lower() for w in words]
    verb = next((i for i, w in enumerate(lowered) if w in _EN_VERBS), None)
    # No verb early on ("Feed mint monthly."): an imperative, whose words are no subject.
    if verb is None or verb == 0 or verb > _MAX_SUBJECT_WORDS:
        return set()
    return {w for w in lowered[:verb] if _EN_WORD.fullmatch(w) and w not in _EN_FUNCTION}


def section_topic_words(locator: str, text: str) -> set[str]:
    """What a quoted section is about: its one-word heading and its lead sentence's subject."""
    return {_singular(w) for w in _heading_word(locator) | _lead_subject(text)}


def _forms(word: str) -> set[str]:
    forms = {word, _singular(word)} | {w.lower() for w in equivalents(word)}
    forms |= {w.lower() for w in equivalents(_singular(word))}
    return {f for f in forms if len(f) >= 2}


# A word after these is the follow-up's verb ("how long can I stay"), not a subject named.
_BEFORE_A_VERB = frozenset(
    ("i", "you", "u", "we", "they", "to", "can", "could", "will", "would", "should", "may",
     "must", "do", "does", "did", "not", "dont", "don't")
)  # fmt: skip


def _mentions(text: str, forms: Iterable[str]) -> bool:
    lowered = text.lower()
    for form in forms:
        if not form.isascii():
            if form in lowered:
                return True
            continue
        for found in re.finditer(rf"\b{re.escape(form)}(?:s|es)?\b", lowered):
            before = lowered[: found.start()].split()
            if not before or before[-1] not in _BEFORE_A_VERB:
                return True
    return False


def _subject_text(
    subject: tuple[str, str], earlier: Sequence[str], plan_of: Callable[[str], DocPlan]
) -> str | None:
    """The text of the thread's section, as the latest question quoting it was answered."""
    for question in reversed(earlier):
        for citation in plan_of(question).citations:
            if (str(citation.get("source", "")), str(citation.get("locator", ""))) == subject:
                return str(citation.get("text", ""))
    return None


def names_own_subject(
    text: str,
    plan: DocPlan,
    subject: tuple[str, str],
    earlier: Sequence[str],
    plan_of: Callable[[str], DocPlan],
) -> bool:
    """Whether the follow-up names, for every section it quotes, what that section is about.

    Args:
        text: The follow-up ("and for a hotel in seoul?").
        plan: Its document plan (quoting sections other than the thread's).
        subject: The thread's section (source, locator).
        earlier: The user's earlier questions, oldest first.
        plan_of: Plans a question against the same documents.
    """
    thread_text: str | None = None
    for citation in plan.citations:
        topic = section_topic_words(str(citation.get("locator", "")), str(citation.get("text", "")))
        named = [w for w in topic if _mentions(text, _forms(w))]
        if not named:
            return False
        if thread_text is None:
            thread_text = _subject_text(subject, earlier, plan_of)
            if thread_text is None:
                return False
        # A word the thread's own section has too tells no subject from another.
        if all(_mentions(thread_text, _forms(w)) for w in named):
            return False
    return bool(plan.citations)
