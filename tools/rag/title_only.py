"""A sentence whose only tie to the question is the document's title.

Every passage of a document carries its title in its heading path ("Locked Lantern Escape
Rooms: Booking Terms > Hints"), so the venue a question names ("the escape room") is
matched by every sentence of that document. A sentence that shares nothing else with the
question - not itself, not its own section heading, not the sentence before - is about
whatever its section is about; when the question asks something more ("how early should
we get to the escape room"), it is no answer however well its kind of figure fits (blind
set 25: the birthday package's "cake slot of 30 minutes" was quoted for it, the
arrival rule's passage not having been retrieved). A question that names only what the
title names ("escape room prices?") still lets such a sentence answer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tools.rag.textutil import tokenize

__all__ = ["matches_only_title", "set_aside_groups"]

# The heading path's separator between a document's title and its sections.
_PATH = " > "


def matches_only_title(
    weighted: Sequence[tuple[str, Collection[str]]],
    topics: Sequence[Collection[str]],
    sentence: Collection[str],
    heading: str,
    before: Collection[str],
) -> bool:
    """Whether the question's terms the sentence's context holds are all the title's.

    Args:
        weighted: The question's weighted terms, each with its concept group.
        topics: The concept groups of the question's topics the scoring set aside as
            phrasing ("early" of "how early"): named by no part of the sentence's context,
            they are what the question asks beyond the title. A weighted topic the context
            lacks is left to the coverage score ("수영장 문 몇 시에 열어요?": 문 only phrases
            the opening, and the pool's hours row answers it).
        sentence: The sentence's index tokens.
        heading: The passage's heading path (title, then sections).
        before: The index tokens of the sentence before.

    Returns:
        True when the heading has a title above its section, some weighted question term
        is held by that title, none but the title's by the sentence, its section heading
        or the sentence before, and some topic of the question by none of them at all.
    """
    if _PATH not in heading:
        return False
    title, section = heading.split(_PATH, 1)
    title_tokens, section_tokens = set(tokenize(title)), set(tokenize(section))
    own = set(sentence) | section_tokens
    by_title = [g for _, g in weighted if set(g) & title_tokens]
    # The sentence and its section count whatever they name ("Blood test 15 minutes" under
    # "Health Check-up Tests"; "Directions and parking > Parking"); the sentence before only
    # with a word the title lacks: its "book two rooms" under "Escape Rooms" is the title's.
    by_own = [
        g
        for _, g in weighted
        if set(g) & own or (set(g) & set(before) and not set(g) & title_tokens)
    ]
    unmatched = [g for g in topics if not set(g) & (own | set(before) | title_tokens)]
    return bool(by_title) and not by_own and bool(unmatched)


def set_aside_groups(
    terms: Sequence[str],
    groups: Sequence[Collection[str]],
    topics: Collection[str],
    weighted: Sequence[tuple[str, Collection[str]]],
) -> list[Collection[str]]:
    """The concept groups of the topic terms the scoring gave no weight ("early")."""
    weighed = {t for t, _ in weighted}
    return [g for t, g in zip(terms, groups, strict=True) if t in topics and t not in weighed]
