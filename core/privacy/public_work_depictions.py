"""Public people named in three kinds of writer-free text (redteam39): the people on a
famous work (``on the Abbey Road cover, left to right it's John Lennon, …``), a royal
family's members (``Prince William and Catherine named their third child Louis Arthur
Charles``), and the closing of a famous correspondence (``Van Gogh's letters to Theo usually
end 'Ever yours, Vincent'``).

The name rules read a listed given and family name, ``it's <name>``, or a closing and a name
as someone's. Each text here says itself that the people are public:

- it places them on a named work: ``on/in the <Title> cover`` (album cover, sleeve, poster,
  painting, portrait, mural, photograph): a picture the public has seen;
- it names a royal by title (``Prince William``, ``Queen Camilla``, ``King Charles``,
  ``Princess Anne``, ``the Duchess of Sussex``): a royal house's births, names and marriages
  are public record;
- it describes how someone's letters (a body of them, named by their writer's possessive)
  usually end, with the closing quoted: the letters are published.

Only a question with no word of its writer counts (``my``, ``our``, ``I``, ``me``…): ``our band's
photo on the Harbour Lights poster, left to right it's Tom Hale …`` keeps its names, and so
do ``my grandad's letters always end 'Love, Alfie'`` and ``my niece Princess …``.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["names_public_people_in_writer_free_text"]

_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")
_TITLE_WORD = r"[A-Z][A-Za-z'’&.]*"
_ON_A_WORK = LazyPattern(
    r"\b(?i:on|in)[ \t]+the[ \t]+(?:" + _TITLE_WORD + r"[ \t]+){1,5}"
    r"(?i:album[ \t]+|record[ \t]+)?(?i:cover|sleeve|poster|painting|portrait|mural|"
    r"photograph|photo|fresco)\b"
)
# A royal title and a name; a place or a business named after one is not a royal
# ("Prince Street", "King's Cross", "Queen Mary Hospital").
_PLACE_WORDS = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Square|Park|Hotel|Pub|Inn|Arms|Theatre|Hall|Gardens|"
    r"Terrace|Drive|Way|Place|Close|Crescent|Bridge|Station|Island|County|School|College|"
    r"Hospital|Court|Centre|Center|Building|House"
)
_ROYAL = LazyPattern(
    r"\b(?:Prince|Princess|King|Queen|Crown[ \t]+Prince|Crown[ \t]+Princess)[ \t]+"
    r"(?!(?:" + _PLACE_WORDS + r")\b)[A-Z][a-z]+\b(?![ \t]+(?:" + _PLACE_WORDS + r")\b)|"
    r"\b(?:Duke|Duchess)[ \t]+of[ \t]+[A-Z][a-z]+"
)
_LETTERS_CLOSING = LazyPattern(
    r"[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){0,2}['’]s?[ \t]+letters\b[^.?!\n]{0,60}?"
    r"\b(?:usually|always|often|typically)?[ \t]*(?:end|ended|close|closed|sign|signed|"
    r"are[ \t]+signed)\b[^'\"‘“\n]{0,20}['\"‘“]"
    # redteam50: the writer as the subject, "Van Gogh signed his letters to Theo 'Ever yours, …'".
    r"|[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]+(?:usually[ \t]+|always[ \t]+|often[ \t]+)?"
    r"(?:sign(?:s|ed)?|end(?:s|ed)?|close[sd]?)[ \t]+(?:his|her|their)[ \t]+letters\b"
    r"[^'\"‘“\n]{0,40}['\"‘“]"
)


def names_public_people_in_writer_free_text(text: str) -> bool:
    """Whether ``text``, saying nothing of its writer, names people on a famous work, a
    royal family, or a famous correspondence's closing (see the module)."""
    if "?" not in text or _WRITER.search(text) is not None:
        return False
    return (
        _ON_A_WORK.search(text) is not None
        or _ROYAL.search(text) is not None
        or _LETTERS_CLOSING.search(text) is not None
    )
