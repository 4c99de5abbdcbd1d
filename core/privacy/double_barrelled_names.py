"""A given name and a double-barrelled family name standing alone in a clause: ``…,
Leeds. Saoirse Dunleavy-Achebe, but Sersh is fine``, ``From: Wilhelmina Achterberg-Sowande
<…>``, a table's ``Tristram Walsh-Ogun  07700 …`` (redteam29).

The census lists hold one-word family names, so a pair whose family name is joined from two
(``Oyenuga-Stroud``) is read by the pair rule only when its given name is listed and the
rest only with a label or lead before it. The hyphenated family name is itself the signal
when one of its halves is a listed family name and the pair stands alone: it opens its
clause (a line's or a sentence's start, a colon, a table's gap) and closes it (a comma, a
full stop, a dash, a closing bracket, an e-mail's "<", a line's end, a table's gap or a
number). A name in running prose, after a comma or before a bracket ("…, Chidubem
Okorafor-Lind,", "… (they/them)"), or after "I'm" is left to the rules that read its
context. Hyphenated words that are no names stay public: a maker's name (``Coca-Cola``), a
month or day range (``May-Sep``), ``Wi-Fi``, a pair that runs on into the sentence ("this
is New Year-End sale"), and a famous person asked about ("who is Catherine Zeta-Jones
married to?").

The last item of a list opened by "and" (``… and Magdalena Przybylska-Hart (my manager)``,
redteam36) counts too, before a closing mark or a bracketed aside, when its given name is a
listed one, or when the items each close on an aside (``Eloise Van der Merwe (blue coat) and
Kofi Asante-Brightwell (PE bag)``: landing 37's open item), whatever the lists hold.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.names import is_english_non_name
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.types import Hit

__all__ = ["detect_double_barrelled_names"]

_PAIR_RE = GuardedPattern(
    r"(?<![A-Za-z'’-])(?P<given>[A-Z][a-z]{2,})[ \t]+"
    r"(?P<family>(?P<first>[A-Z][a-z]+)-(?P<second>[A-Z][a-z]+))(?![A-Za-z-])"
    r"(?P<close>(?=[ \t]*(?:[,.;:!?)<>\]\"'\n]|[-–—][ \t]|$)|[ \t]{2,}|[ \t]+[+0-9])"
    # redteam36: a bracketed aside after the name ("… and Kofi Asante-Brightwell (PE bag)").
    r"|(?P<aside>(?=[ \t]*[(][ \t]*[A-Za-z])))"
)
# redteam36: the last item of a list ("my old lecturer and Magdalena Przybylska-Hart (my
# manager)", "Eloise … and Kofi Asante-Brightwell (PE bag)"): "and"/"&" opens the item.
_LIST_JOIN_RE = LazyPattern(r"(?:[ \t]|^)(?:and|&)[ \t]+\Z")
_NOT_HALVES_TEXT = """
    Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June
    July August September October November December Mon Tue Wed Thu Fri Sat Sun Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Wi Fi Hi Year End Day Night Check In Out
    Up Down North South East West
"""
_NOT_HALVES = frozenset(_NOT_HALVES_TEXT.split())
# Makers whose names are two family names joined, as brands write them.
_HYPHENATED_BRANDS_TEXT = """
    Coca-Cola Rolls-Royce Mercedes-Benz Hewlett-Packard Harley-Davidson Land-Rover
    Alfa-Romeo Bang-Olufsen Marks-Spencer Procter-Gamble Johnson-Johnson Smith-Wesson
"""
_HYPHENATED_BRANDS = frozenset(_HYPHENATED_BRANDS_TEXT.split())


_OPENERS = "\n.!?:;>-–—|"


def _opens_its_clause(text: str, start: int) -> bool:
    """Whether the pair at ``start`` opens its clause: the text's or a line's start, after
    punctuation or a table's wide gap ("I'm …" is :mod:`core.privacy.intro_names`')."""
    before = text[:start]
    stripped = before.rstrip(" \t")
    if not stripped or stripped[-1] in _OPENERS or len(before) - len(stripped) >= 2:
        return True
    return "\t" in before[len(stripped) :]


_PREVIOUS_ITEM_RE = LazyPattern(
    r"(?:^|[,;:\n])[ \t]*(?P<first>[A-Z][a-z]+)[^,;:\n()]*\([^()\n]*\)[ \t]*(?:and|&)[ \t]+\Z"
)


def _after_an_aside(text: str, start: int) -> bool:
    """Whether the "and" before ``start`` follows a list item that opens with a listed given
    name and closes on a bracketed aside ("Eloise Van der Merwe (blue coat) and …")."""
    m = _PREVIOUS_ITEM_RE.search(text, max(0, start - 80), start)
    return m is not None and is_given_name(m.group("first"))


def detect_double_barrelled_names(text: str) -> Iterator[Hit]:
    """A given name with a double-barrelled family name closing its clause (see the module)."""
    if "-" not in text:
        return
    for m in _PAIR_RE.finditer(text):
        given, first, second = m.group("given"), m.group("first"), m.group("second")
        if given in _NOT_HALVES or first in _NOT_HALVES or second in _NOT_HALVES:
            continue
        if is_english_non_name(given) or is_brand(given):
            continue
        if m.group("family") in _HYPHENATED_BRANDS:
            continue
        joined = _LIST_JOIN_RE.search(text[max(0, m.start() - 6) : m.start()]) is not None
        # Items of a list that each close on an aside ("Eloise … (blue coat) and Kofi
        # Asante-Brightwell (PE bag)"): the list's shape says who is meant, as a listed
        # family-name half does elsewhere.
        parallel = joined and m.group("aside") is not None and _after_an_aside(text, m.start())
        if not (parallel or is_family_name(first) or is_family_name(second)):
            continue
        # A name after "and" closes a list item; only a listed given name reads there, as
        # "Tom and Jerry-Lee" runs on in prose too, or one of such a parallel list.
        if joined and not (parallel or is_given_name(given)):
            continue
        if not joined and (m.group("aside") is not None or not _opens_its_clause(text, m.start())):
            continue
        if asks_about_a_public_figure(text, m.start(), m.end()):
            continue
        yield Hit("person_name", m.start(), m.end(), 0.7, False)
