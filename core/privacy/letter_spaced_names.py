"""A name in letter-spaced text, as OCR gives back a scanned form or letterhead: ``T e n a n t :
L e o p o l d i n e   W a r r e n d e r`` (redteam32).

Text recognised from a scan of widely tracked type comes back with a space between letters
and a wider gap between words. No name rule reads ``L e o p o l d i n e``: each letter is a
word of its own. The pasted text is a document (a lease, a certificate, a boarding pass), and
two capitalised letter-spaced words side by side are its holder's given and family name,
unless either word is a common one of headings and addresses (``W e l c o m e   H o m e``,
``C l o v e r   R o a d``). Cheap: the rule starts only where four single letters stand a
space apart, which prose never writes.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_letter_spaced_names"]

_CUE_RE = LazyPattern(r"[A-Za-z] [a-z] [a-z] [a-z]")
_WORD = r"[A-Z](?: [a-z]){2,}"
# Two letter-spaced capitalised words with a wider gap (two spaces or more) between them.
_PAIR_RE = LazyPattern(
    r"(?<![A-Za-z])(?<![A-Za-z] )(?P<given>"
    + _WORD
    + r")[ \t]{2,}(?=(?P<family>"
    + _WORD
    + r")(?![A-Za-z])(?! [a-z]))"
)
# Words of headings, forms and addresses that come letter-spaced too.
_COMMON_TEXT = """
welcome home hello dear name tenant landlord guest passenger patient student member
road street lane avenue drive close way court place square crescent terrace gardens
flat house apartment suite floor city town county park hill north south east west
the and for with from date signed signature page total amount invoice receipt
certificate award presented this that thank you happy birthday merry christmas new year
"""
_COMMON = frozenset(_COMMON_TEXT.split())


def _word(spaced: str) -> str:
    return spaced.replace(" ", "")


def _named(word: str) -> bool:
    return not (word.casefold() in _COMMON or is_english_non_name(word) or is_brand(word))


def detect_letter_spaced_names(text: str) -> Iterator[Hit]:
    """Given and family name written letter by letter (see the module)."""
    if _CUE_RE.search(text) is None:
        return
    for m in _PAIR_RE.finditer(text):
        given, family = _word(m.group("given")), _word(m.group("family"))
        if _named(given) and _named(family):
            yield Hit("person_name", m.start("given"), m.end("family"), 0.75, False)
