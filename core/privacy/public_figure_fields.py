"""A general question about what a historical figure did for a field (redteam23).

``what did Florence Nightingale change about hospitals?``, ``how did Marie Curie
influence medicine?``: a question asking what someone changed, gave or discovered for a
whole field (hospitals, medicine, science, music, civil rights) is about a public figure;
no one asks it of a colleague. :mod:`core.privacy.public_figures` lets such a name pass
when the question asks *who* someone was and names their fame; this rule covers the other
common shape: ``what``/``how`` + ``did`` + the name + a verb of influence + a field, with
nothing of the writer (``my``, ``our``, ``I``) in the sentence. ``what did Tom Baker change
in the budget file?`` names a document, not a field, and stays personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_what_a_figure_did_for_a_field"]

_BEFORE = LazyPattern(r"(?i)\b(?:what|how|in[ \t]+what[ \t]+ways?)[ \t]+did[ \t]+\Z")
_VERB = (
    r"(?:change|transform|reform|contribute|give|bring|add|improve|revolutioni[sz]e|"
    r"influence|discover|invent|achieve|prove|teach|do)"
)
_FIELD = (
    r"(?:hospitals?|nursing|medicine|medical|health[ \t]?care|public[ \t]+health|sanitation|"
    r"science|physics|chemistry|biology|genetics|evolution|mathematics|maths?|statistics|"
    r"astronomy|art|arts|painting|music|literature|poetry|theatre|theater|cinema|film|"
    r"philosophy|history|politics|society|the[ \t]+world|humanity|computing|computers|"
    r"economics|education|women'?s[ \t]+rights|civil[ \t]+rights|human[ \t]+rights|democracy|"
    r"religion|architecture|engineering|psychology|technology|aviation|exploration|"
    r"vaccines?|the[ \t]+nation|the[ \t]+country|warfare)"
)
_AFTER = LazyPattern(r"(?i)[ \t]+" + _VERB + r"\b[^.?!\n]{0,60}?\b" + _FIELD + r"\b[^.!\n]{0,40}\?")
_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")


def asks_what_a_figure_did_for_a_field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the subject of "what did X change about <a field>?".

    Args:
        text: The whole text.
        start: Where the name begins.
        end: Where the name ends.

    Returns:
        True when the words before the name ask ``what/how did`` and the words after it
        name a verb of influence and a field, in a question that does not speak of the writer.
    """
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    stop = text.find("?", end)
    if stop < 0 or _BEFORE.search(text, lo, start) is None:
        return False
    return _AFTER.match(text, end) is not None and _WRITER.search(text, lo, stop) is None
