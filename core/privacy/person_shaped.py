"""Whether a few words in Latin letters or Hangul read as a person's name (masked30).

The masked30 rules find a name by where it stands (a mail header, a contact's neighbour,
a ``KEY=value`` line), not by the name lists, which hold few rare or foreign names. The
place says "a name goes here"; these checks keep the words that stand there without
naming anyone (``From: Support Team``, ``user=admin``, ``"family": "Rosaceae"``) out.
"""

from __future__ import annotations

import re

from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name, plausible_korean_name

__all__ = ["LATIN_NAME_WORD", "latin_person_words", "person_shaped"]

# Words of organisations, services and machines that stand where a sender or a user would.
_NOT_PERSON_TEXT = """
    Team Support Service Services Notifications Notification Alerts Alert Newsletter News
    Noreply No-Reply Bot Robot System Admin Administrator Root Server Daemon Mailer Postmaster
    Inc Ltd LLC Corp Company Co Group Bank Council Office Department Dept University College
    School Hospital Clinic Hotel Store Shop Club Centre Center Committee Board Foundation
    Trust Ministry Agency Customer Customers Sales Billing Accounts Info Help Desk Helpdesk
    Reception Security Staff Everyone Family Friends Test Example Demo Sample Guest Unknown
    The A An My Our Your His Her Their This That All Every Each Any Some I We You
    Rosaceae Fabaceae Asteraceae Poaceae Felidae Canidae Hominidae
"""
_NOT_PERSON = frozenset(_NOT_PERSON_TEXT.split())
# A capitalised word in Latin letters, Latin Extended-A included (redteam37): Polish,
# Czech, Turkish and Baltic names carry "ś", "ł", "ı", "ğ", "č" ("Wiśniewski",
# "Yıldırımoğlu"), at which a Latin-1 pattern stopped, so the whole name went unread.
LATIN_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ]+)*"
_LATIN_WORD = re.compile(LATIN_NAME_WORD)
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
# Latin family names of plants and animals end in -aceae and -idae.
_TAXON = re.compile(r"[A-Z][a-z]+(?:aceae|idae|inae)")


def latin_person_words(words: list[str]) -> bool:
    """One to four capitalised words, none a word of organisations, places, days or brands."""
    if not 1 <= len(words) <= 4:
        return False
    for w in words:
        if _LATIN_WORD.fullmatch(w) is None or _TAXON.fullmatch(w) is not None:
            return False
        if w in _NOT_PERSON or w in EN_NOT_PERSONS or is_english_non_name(w) or is_brand(w):
            return False
    return True


def person_shaped(value: str, *, strong: bool = True) -> bool:
    """A Korean name that passes the name check, or capitalised Latin words (see above)."""
    value = value.strip()
    if _HANGUL_NAME.fullmatch(value):
        return plausible_korean_name(value, strong=strong)
    return latin_person_words(value.split())
