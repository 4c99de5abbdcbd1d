"""Well-known characters of fiction, named without their work: ``why does Elizabeth Bennet
say no to …?``, ``where did Jay Gatsby's money come from?`` (redteam29).

:mod:`core.privacy.work_characters` lets a question's people through when it names their
work ("… in Pride and Prejudice?"); people often leave the work out, because the
character's name is the work's best-known part. A character is nobody's personal data, but
the pair and honorific rules cannot tell "Elizabeth Bennet" from a colleague, so the best
known characters are listed here, by their full names and by the family name their
honorific goes with (``Mr. Darcy``, ``Mr. Collins``). Only a question that does not speak
of the writer (``my``, ``our``, ``I``) is read this way; "my cousin Elizabeth Bennet" stays
personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_a_famous_character"]

_CHARACTERS = (
    # Austen, the Brontës, Dickens, Fitzgerald, Lee, Salinger, Tolstoy, Melville.
    "Elizabeth Bennet|Jane Bennet|Lydia Bennet|Fitzwilliam Darcy|Mr\\.? Darcy|Mr\\.? Collins|"
    "Mr\\.? Bingley|Mr\\.? Wickham|Mr\\.? Bennet|Mrs\\.? Bennet|Heathcliff|Catherine Earnshaw|"
    "Ebenezer Scrooge|Oliver Twist|"
    "Pip Pirrip|Miss Havisham|Jay Gatsby|Daisy Buchanan|Nick Carraway|Atticus Finch|"
    "Scout Finch|Boo Radley|Holden Caulfield|Anna Karenina|Captain Ahab|"
    # Detectives, wizards, heroes.
    "Sherlock Holmes|Dr\\.? Watson|John Watson|Hercule Poirot|Miss Marple|James Bond|"
    "Harry Potter|Hermione Granger|Ron Weasley|Albus Dumbledore|Severus Snape|Frodo Baggins|"
    "Bilbo Baggins|Bruce Wayne|Clark Kent|Peter Parker|Tony Stark|Walter White|Jon Snow|"
    "Daenerys Targaryen|Katniss Everdeen|Huckleberry Finn|Tom Sawyer"
)
_CHARACTER_RE = LazyPattern(r"(?<![A-Za-z])(?:" + _CHARACTERS + r")(?![A-Za-z])")
_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")


def is_a_famous_character(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a listed character's name in a writer-free
    question (see the module); the question's other names are read as usual."""
    if "?" not in text or _WRITER.search(text) is not None:
        return False
    # Reach back over an honorific the name's span may leave out ("Mr. " of "Mr. Collins").
    for m in _CHARACTER_RE.finditer(text, max(0, start - 5), min(len(text), end + 1)):
        if m.start() < end and start < m.end():
            return True
    return False
