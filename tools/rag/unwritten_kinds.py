"""A kind the question names that a per-kind list never writes ("guinea pig castration").

:func:`tools.rag.sibling_kinds.names_another_kind` holds a sentence to the kind a question
names when the passages write that kind ("cat spay"): "Dog spay £345" then states another
kind's price. A question may name a kind the document gives no figure for at all ("how
much is a guinea pig castration?" against "Dog castration", "Cat castration costs £98",
"Rabbit castration costs £125"). The passages never write its pair, so that check stood
aside, and the dog's, cat's and rabbit's prices were quoted for the guinea pig. When the
passages qualify the question's noun with two or more different words, the noun's figures
are given per kind; the question's own qualifier, written with no such figure, is a kind
they leave out, and a sentence qualifying the noun with another word answers for that
other kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

__all__ = ["unwritten_kind_heads"]

# Fewest different qualifiers of a noun that make its passages a per-kind list.
MIN_KINDS = 2


def unwritten_kind_heads(
    terms: Sequence[str],
    written: set[tuple[str, str]],
    names_a_kind: Callable[[str], bool],
    question: str,
) -> dict[str, str]:
    """The question's nouns listed per kind, each with the unlisted kind the question names.

    Args:
        terms: The question's content terms in order ("guinea", "pig", "castration").
        written: Adjacent token pairs the retrieved passages write.
        names_a_kind: Whether a word may name a kind (not a figure or a unit).
        question: The question's text: the qualifier must stand right before the noun
            there ("pig castration"), not merely next to it once stopwords are gone ("pay
            my bill" names no kind of bill).

    Returns:
        ``{head: qualifier}`` for each pair of adjacent question words the passages never
        write, whose head they qualify with at least :data:`MIN_KINDS` other words.
    """
    found: dict[str, str] = {}
    folded = question.casefold()
    for qualifier, head in pairwise(terms):
        if (qualifier, head) in written or not names_a_kind(qualifier) or qualifier == head:
            continue
        if f"{qualifier} {head}" not in folded:
            continue
        others = {q for q, h in written if h == head and q != qualifier and names_a_kind(q)}
        if len(others - set(terms)) >= MIN_KINDS:
            found[head] = qualifier
    return found
