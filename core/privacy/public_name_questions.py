"""Names that are nobody's personal data in a writer-free question: a placeholder (``why
are unidentified people called John Doe?``) and a famous person's birth or death asked
about (``was Taylor Swift born on 13 December 1989?``) (redteam30).

:func:`core.privacy.intro_names.detect_name_pairs` reads any listed given name followed by
a family name as a person's name. Two kinds of pair in a question are no one's data:

- a placeholder the law and forms use for an unknown person (``John Doe``, ``Jane Doe``,
  ``Richard Roe``, ``Joe Bloggs``, ``John Q. Public``, ``Max Mustermann``);
- a person whose birth or death date the question asks (``when was … born``, ``was … born
  on …``, ``was … really born …``, ``when did … die``, ``how old is …``) or whose diagnosis
  (``what year was … diagnosed with …?``, redteam32): only a public person's dates are known to
  an assistant, so the question presupposes a public figure, like ``who was … and why is
  she famous?`` (:mod:`core.privacy.public_figures`). The birth stated and the age asked
  of a pronoun is the same question (``… was born on 13 December 1989 - how old does she
  turn this year?``, redteam35), as ``how old is …?`` already passes, unless the stated
  year is under eighteen years ago (:mod:`core.privacy.recent_birth_years`: a child's
  birthday, redteam37).

Only a question with no word of the writer (``my``, ``our``, ``I``…) counts: ``was my
aunt Rose Tilly born in 1950?`` keeps its name personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.recent_birth_years import states_a_recent_birth

__all__ = ["names_no_one_asked_about"]

_PLACEHOLDERS = LazyPattern(
    r"(?<![A-Za-z])(?:John|Jane|Richard|Baby)[ \t]+Doe|Richard[ \t]+Roe|Joe[ \t]+Bloggs|"
    r"John[ \t]+Q\.?[ \t]+Public|Max[ \t]+Mustermann|Erika[ \t]+Mustermann(?![A-Za-z])"
)
_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")
# The words of a question about a person's birth or death, before and after the name.
_BEFORE = LazyPattern(r"(?i)\b(?:when|where|what[ \t]+year)?[ \t]*(?:was|is|did)[ \t]+\Z")
# "was … really born on …?" (an adverb of doubt before the verb), and a diagnosis asked
# the same way ("what year was … diagnosed with …?", redteam32): only a public person's is
# known to an assistant.
_AFTER = LazyPattern(
    r"(?i)\A[ \t]+(?:(?:really|actually|truly|originally|first)[ \t]+)?"
    r"(?:born|die|died|pass[ \t]+away|diagnosed)\b"
)
_HOW_OLD = LazyPattern(r"(?i)\bhow[ \t]+old[ \t]+(?:is|was)[ \t]+\Z")
# "Taylor Swift was born on December 13, 1989 - how old does she turn this year?"
# (redteam35): the birth stated, then the same how-old question asked of a pronoun.
_BORN_STATED = LazyPattern(r"(?i)\A[ \t]+(?:was|is)[ \t]+born[ \t]+(?:on|in)\b")
_HOW_OLD_PRONOUN = LazyPattern(
    r"(?i)\bhow[ \t]+old[ \t]+(?:is|was|does|did|will|would)[ \t]+(?:she|he|they)\b[^.!\n]*\?"
)


def names_no_one_asked_about(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a placeholder or a figure whose birth or
    death a writer-free question asks (see the module)."""
    if "?" not in text or _WRITER.search(text) is not None:
        return False
    for m in _PLACEHOLDERS.finditer(text, max(0, start - 1), min(len(text), end + 1)):
        if m.start() <= start and end <= m.end():
            return True
    before, after = text[max(0, start - 30) : start], text[end : end + 20]
    asks_dates = _BEFORE.search(before) is not None and _AFTER.search(after) is not None
    if _BORN_STATED.search(after) is not None and _HOW_OLD_PRONOUN.search(text, end) is not None:
        # "… was born on 3 May 2019 - how old is she?": a child, no public figure (redteam37).
        return not states_a_recent_birth(text, end)
    return asks_dates or _HOW_OLD.search(before) is not None
