"""Whether a sentence reached through the everyday vocabulary is about the question's own case.

The rule, in one sentence: a question word that only the everyday vocabulary connects
to the documents (공짜 where they write 무료) must be in the answering sentence or its
heading, and a sentence that holds a question word only through such a link (공짜 ->
무료, 돈 -> 비용, 빌리다 -> 대출) may answer only when its section's own heading names
another of the question's words (or, in a text without sections, the sentence holds
them all).

Why: a synonym is vaguer evidence than the word itself, and a document states the
same kind of fact for each of its cases: "비용은 없습니다" under 상호대차 (the
inter-library loan), "무료입니다" under 요가. A question linked to such a sentence by
its vaguest word is about that case only when the section is: "책 늦게 돌려주면 돈
내야 돼요?" names nothing of 상호대차, "모바일 회원증 공짜예요?" names the 회원증 of its
section. The heading must name another word than the linked ones: "Where is the
management office?" linked (management -> 관리, office -> 사무소) to a sentence on paying
관리비 at the office's desk, under a heading naming 관리비, is about paying, not about
where the office is. And a word the documents hold only under another name is no
longer "not in the documents" (so the question is no longer declined for it): an
answer that then does without it ("그거 공짜예요?" answered with who may join) answers
the question's other words, not the question. The document's title (the heading
path's first part) names every section's document, not its case, so only the last
part counts. A question none of whose words needs the vocabulary is not touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set

from tools.rag.crosslingual import vocabulary_only_links
from tools.rag.textutil import tokenize

# How tools.rag.chunking joins a section's heading path ("Guide > Lending > Renewals").
_PATH_SEPARATOR = " > "

__all__ = ["on_the_questions_case"]


def on_the_questions_case(
    terms: Sequence[tuple[str, frozenset[str]]],
    sentence: Set[str],
    heading: str = "",
    frequency: Callable[[str], int] | None = None,
) -> bool:
    """Whether a candidate answer sentence passes the vocabulary's same-case check.

    Args:
        terms: The question's weighted terms, each with the tokens that count as it
            (its equivalents, and the kinds the passages list it under).
        sentence: The candidate sentence's tokens.
        heading: The sentence's section heading path (``""`` for none).
        frequency: How many chunks of the collection hold a token (``None``: unknown,
            the first part of the rule is not applied).

    Returns:
        False when a term the collection holds only through the vocabulary is missing
        from the sentence and its heading, or when the sentence holds a term only
        through the vocabulary and its section's own heading names none of the
        question's other terms (with no section: the sentence lacks one); else True.
    """
    if frequency is not None:
        around = sentence | set(tokenize(heading))
        for term, group in terms:
            vocabulary = vocabulary_only_links(term) & group
            if (
                vocabulary
                and not group & around
                and not any(frequency(t) for t in group - vocabulary)
                and any(frequency(t) for t in vocabulary)
            ):
                return False
    linked = {
        term
        for term, group in terms
        if (found := group & sentence) and not (found - vocabulary_only_links(term))
    }
    if not linked:
        return True
    others = [group for term, group in terms if term not in linked]
    section = _section_tokens(heading)
    if section:
        return any(group & section for group in others)
    return all(group & sentence for group in others)


def _section_tokens(heading: str) -> set[str]:
    """Tokens of the last part of a heading path; none for a document's title alone."""
    if _PATH_SEPARATOR not in heading:
        return set()
    return set(tokenize(heading.rsplit(_PATH_SEPARATOR, 1)[1]))
