"""Players and authors in the records people paste (blind52p): a chess game's PGN tags
(``[White "Okafor-Lindqvist, Tobias"]``) and a BibTeX entry's ``author = {Surname, Given}``.

Both formats write a person "Surname, Given": the tag or the key says a person is meant, and
no name list is needed. Public records stay public:

- a PGN game of a public event (a title match, a championship, an olympiad with its year) is a
  famous game asked about, and a tag naming no one (``[Black "me"]``, ``[White "?"]``,
  ``[White "Stockfish 16"]``) reads nothing;
- a BibTeX author is held only where the writer knows them (a colleague's, a friend's, my
  advisor's thesis: ``동료``, ``선배``, ``my labmate``…) or the entry is unpublished
  (``@unpublished``); a published paper's authors (``Vaswani, Ashish and Shazeer, Noam``)
  are public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_citation_names_60p"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_WORD = r"[" + _UP + r"][" + _LOW + r"]+(?:['’-][" + _UP + r"]?[" + _LOW + r"]+)*"
_PERSON = _WORD + r"(?:[ \t]+" + _WORD + r")?,[ \t]*" + _WORD + r"(?:[ \t]+" + _WORD + r")?"
_PGN_RE = LazyPattern(
    r"\[(?:White|Black)[ \t]+\"(?P<name>" + _PERSON + r"|" + _WORD + r"[ \t]+" + _WORD + r")\"\]"
)
# A famous game: a public event's name or a title match, said in the text.
_PUBLIC_EVENT_RE = LazyPattern(
    r"(?i:championship|title[ \t]+match|olympiad|candidates|world[ \t]+cup|grand[ \t]+prix|"
    r"immortal[ \t]+game|evergreen[ \t]+game|tata[ \t]+steel|wijk[ \t]+aan[ \t]+zee|linares|"
    r"세계[ \t]?선수권|올림피아드)"
)
_BIBTEX_ENTRY_RE = LazyPattern(r"@(?P<kind>[A-Za-z]+)[ \t]*\{")
_BIBTEX_AUTHOR_RE = LazyPattern(
    r"(?i:\bauthor)[ \t]*=[ \t]*[{\"](?P<names>"
    + _PERSON
    + r"(?:[ \t]+and[ \t]+"
    + _PERSON
    + r")*)"
)
# The writer knows the author: a colleague's, a friend's, an advisor's work, or their own.
_KNOWN_AUTHOR_RE = LazyPattern(
    r"(?i:\bmy[ \t]+(?:colleague|labmate|lab[ \t]+mate|friend|advisor|adviser|supervisor|"
    r"student|classmate|sister|brother|wife|husband|partner)|\bour[ \t]+(?:lab|group)['’]s)|"
    r"동료|선배|후배|친구|지도[ \t]?교수|교수님|우리[ \t]?(?:연구실|랩)|제자|동기"
)
_UNPUBLISHED_KINDS = frozenset({"unpublished"})


def _pgn(text: str) -> Iterator[Hit]:
    if _PUBLIC_EVENT_RE.search(text) is not None:
        return
    for m in _PGN_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


def _bibtex(text: str) -> Iterator[Hit]:
    kinds = {m.group("kind").lower() for m in _BIBTEX_ENTRY_RE.finditer(text)}
    if not kinds & _UNPUBLISHED_KINDS and _KNOWN_AUTHOR_RE.search(text) is None:
        return
    for m in _BIBTEX_AUTHOR_RE.finditer(text):
        names = m.group("names")
        pos = m.start("names")
        for part in names.split(" and "):
            start = text.index(part, pos)
            yield Hit("person_name", start, start + len(part.strip()), 0.8, False)
            pos = start + len(part)


def detect_citation_names_60p(text: str) -> Iterator[Hit]:
    """Players in PGN tags and authors in BibTeX entries (see the module)."""
    if "[White" in text or "[Black" in text:
        yield from _pgn(text)
    if "author" in text.lower() and "@" in text:
        yield from _bibtex(text)
