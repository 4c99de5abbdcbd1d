"""A famous person asked about: ``who was Ada Lovelace and why is she famous?``.

:func:`core.privacy.intro_names.detect_name_pairs` reads any given name followed by a
family name from the census lists as a person's name, with nothing around it saying who
the person is to the writer. A question that asks who someone was *and* what made them
famous is about a public figure: the question presupposes the fame, and the answer is
encyclopaedia knowledge the strong model has. Such a bare name pair is not the writer's
personal data. Only that weak rule's pairs are let through: a name that an introduction,
a label, a relation or a team marks (``my neighbour …``, ``… from accounting``) stays
personal whatever the sentence asks.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_about_a_public_figure"]

# "who was", "who is", "tell me about": the question asks who the person is.
_WHO = LazyPattern(r"(?i)\b(?:who[ \t]+(?:was|were|is)|tell[ \t]+me[ \t]+about)\b")
# What the question says made them known: fame, a discovery, a place in history.
_FAME = LazyPattern(
    r"(?i)\b(?:famous|well[- ]known|known[ \t]+for|remembered[ \t]+for|invent(?:ed|ion|or)?|"
    r"discover(?:ed|y|ies)?|achievements?|legacy|contributions?|biography|historical|history|"
    r"nobel|inventor|composer|painter|novelist|poet|scientist|mathematician|philosopher|"
    r"emperor|queen|king|president|prime[ \t]+minister)\b"
)


def asks_about_a_public_figure(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``text[start:end]`` asks who a famous person was.

    Args:
        text: The whole text.
        start: Where the name begins.
        end: Where the name ends.

    Returns:
        True when the name's sentence both asks who the person is and names what they
        are known for.
    """
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    his = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    # The question mark closes the sentence: look one sentence on ("… Lovelace? Why is
    # she famous?") only when the name's own sentence ends in "?".
    hi = min(his) if his else len(text)
    sentence = text[lo : hi + 1]
    if text[hi : hi + 1] == "?":
        following = [i for i in (text.find(ch, hi + 1) for ch in ".!?\n") if i >= 0]
        sentence = text[lo : (min(following) + 1 if following else len(text))]
    return _WHO.search(sentence) is not None and _FAME.search(sentence) is not None
