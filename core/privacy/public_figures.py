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
# What the question says made them known: fame, a discovery, an invention, a prize, a
# creative or scholarly calling ("the writer …", "the physicist …"). Titles
# and words of rank or record ("king", "president", "legacy", "history") are left out: they
# are said of colleagues as often ("our payroll king", "my medical history").
_FAME = LazyPattern(
    r"(?i)\b(?:famous|well[- ]known|known[ \t]+for|remembered[ \t]+for|invent(?:ed|ion|or)?|"
    r"discover(?:ed|y|ies)?|biography|nobel|composer|painter|novelist|poet|scientist|"
    r"mathematician|philosopher|writer|author|playwright|sculptor|physicist|chemist|"
    r"astronomer|economist|explorer)\b"
)
# blind54p: "when/how/why did NAME (publicly) announce/reveal/disclose … (to the nation, the
# press, the public, the world, in a letter to …)" or "… announce his/her … diagnosis": the
# question presupposes the public record. "when did Tom announce the deadline" has neither.
_ANNOUNCED = LazyPattern(
    r"(?i)\b(?:when|how|why|where)[ \t]+did[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:publicly[ \t]+)?"
    r"(?:announce|reveal|disclose|go[ \t]+public[ \t]+with)[ \t]+(?:his|her|their)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,2}(?:diagnosis|illness|disease|cancer|condition|retirement|abdication)"
)
# The one who wrote a paper at hand ("Sarah Miller, the author of this complaint letter",
# "the writer of the incident report"): a colleague or a customer, not a public figure.
# "the author of Hamlet" names a work; the article or pronoun names a document.
_PAPER_AUTHOR = LazyPattern(
    r"(?i)\b(?:writer|author)s?[ \t]+of[ \t]+"
    r"(?:this|that|these|those|the|my|our|your|his|her|their|a|an)\b"
)
# The writer in the sentence ("my", "our team", "우리", "제가"): the person is someone the
# writer knows, however famous the question makes them sound.
_WRITER = LazyPattern(
    r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b|"
    r"(?<![가-힣])(?:우리|저희)|(?<![가-힣])(?:제가|제[ \t])"
)


def asks_about_a_public_figure(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``text[start:end]`` asks who a famous person was.

    Args:
        text: The whole text.
        start: Where the name begins.
        end: Where the name ends.

    Returns:
        True when the name's sentence both asks who the person is and names what they
        are known for, and does not speak of the writer (``my``, ``our team``, ``우리``).
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
    if _WRITER.search(sentence) is not None or _PAPER_AUTHOR.search(sentence) is not None:
        return False
    if _WHO.search(sentence) is not None and _FAME.search(sentence) is not None:
        return True
    # blind54p: when a public person made something known ("when did Ronald Reagan announce
    # his Alzheimer's diagnosis, and how did Nancy Reagan …?"): a question of the public
    # record, asked of a person by their full name, about an announcement to the public.
    return _ANNOUNCED.search(sentence) is not None
