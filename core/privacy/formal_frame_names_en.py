"""Names that a formal English frame marks, with no title or label before them (redteam43):
an electronic signature ``/s/ Oswin Pettigrew-Nkosi``, a first-person declaration or vow
``I, Cormac Delahunty, take you, Elspeth Moravec, …`` (``I, …, of 12 Mill Lane, do solemnly
declare``, ``I, …, being of sound mind``), and a notice's name with the age after it
``Winifred Oyelade-Marsh, 84, of Ashby Road, died …``; a school note's ``Please excuse
Barnaby Stollery from PE`` (redteam44) and a doctor's ``I examined Honora … on 2 December``;
(blind55p) a deed's party with their address, ``made between Oakfield Lettings Ltd and Caspian
Ferreira-Nkosi, of 14 Rookery Lane`` (the declaration's ``…, of 12 Mill Lane`` without the
``I,``).

Each frame says a person is named: ``/s/`` stands for a signature on a filed or e-mailed
document; ``I, NAME,`` is how vows, wills, affidavits and statutory declarations name their
maker, and the vow names the other person after ``take you,``; a name with an age between
commas is how papers and notices name the dead, the injured or the married. The name lists
hold few of these names (double-barrelled, rare or foreign ones), so the frame decides: one
to four capitalised words (beside an age, a listed given name first or a double-barrelled
family name last: ``New York, 10, and …`` is a place). What stays public: a prayer book's
placeholder (``I, N., take thee N.``: a one-letter stand-in), a public company filing's
signature (``Apple's 10-K ends with '/s/ Timothy D. Cook'``,
:mod:`core.privacy.public_filing_signatures`).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import is_english_non_name
from core.privacy.public_filing_signatures import quotes_a_public_filing
from core.privacy.title_cased_phrases import in_a_title_cased_phrase
from core.privacy.types import Hit

__all__ = ["detect_formal_frame_names_en"]

# A capitalised word of two letters or more (accents, an apostrophe or a hyphen inside), and
# a middle initial between words.
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"
_NAME = r"(?P<name>" + _WORD + r"(?:[ ](?:[A-Z]\.[ ])?" + _WORD + r"){0,3})"
_SIGNATURE_RE = LazyPattern(r"(?<![\w/])/s/[ \t]*" + _NAME)
# "I, NAME," then what such a sentence says next: a vow, a declaration, a will's opening.
_DECLARATION_RE = LazyPattern(
    r"(?<![\w])I,[ \t]+" + _NAME + r",[ \t]+(?=(?:take|do|being|hereby|promise|give|swear|"
    r"solemnly|of|residing|am|agree|certify|authori[sz]e|declare|consent)\b)"
)
# "Please excuse NAME from PE": a parent's note to a school names the pupil it excuses, then
# what from (redteam44). "Please Excuse My Dear Aunt Sally" (a mnemonic) has no "from".
_EXCUSE_RE = LazyPattern(
    r"(?i:\bplease[ \t]+excuse)[ \t]+" + _NAME + r"[ \t]+(?=(?:from|for|today|on)\b)"
)
# "I examined NAME on 2 December": a doctor's note or a fit note names its patient after the
# act of seeing them (redteam44, second batch).
_EXAMINED_RE = LazyPattern(
    r"\bI[ \t]+(?:have[ \t]+)?(?:examined|assessed|reviewed|treated|saw|seen)[ \t]+"
    + _NAME
    + r"[ \t]+(?=(?:on|today|yesterday|in|at|for|and|who|with)\b)"
)
_VOW_PARTNER_RE = LazyPattern(r"\btake[ \t]+(?:you|thee),?[ \t]+" + _NAME + r"(?=[ \t]*,)")
# "NAME, 84, of …" / "NAME, 84, died …": the age between commas, then a notice's next word.
_NAME_AGE_RE = LazyPattern(
    r"(?<![\w])" + _NAME.replace("{0,3}", "{1,3}") + r",[ \t]+(?:aged[ \t]+)?[1-9][0-9]?,"
    r"[ \t]+(?=(?:of|from|who|died|passed|a|an|the|was|is|has|had|and|formerly|beloved)\b)"
)


# blind55p: a deed's party and their address ("made between Oakfield Lettings Ltd and Caspian
# Ferreira-Nkosi, of 14 Rookery Lane", "the Borrower, NAME, of Flat 2, 9 …"): a full name, a
# comma, "of" and a house number (a flat before it), as contracts, wills and witness lines
# name a party. A firm's "Ltd" or a place ("Battle of Hastings, of 1066 fame" has one word)
# is no person.
_PARTY_OF_RE = LazyPattern(
    r"(?<![\w])"
    + _NAME.replace("{0,3}", "{1,3}")
    + r",[ \t]+of[ \t]+(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t]+[0-9A-Z]{1,4},?[ \t]+)?"
    r"[0-9]{1,5}[A-Za-z]?,?[ \t]+[A-Z]"
)
_FIRM_WORDS = frozenset({"Ltd", "Limited", "Plc", "Inc", "LLC", "LLP", "Co", "Corp", "GmbH", "AG"})


def detect_formal_frame_names_en(text: str) -> Iterator[Hit]:
    """Names in a signature, a declaration or vow, and a notice's name-and-age (see the module)."""
    if "/s/" in text and not quotes_a_public_filing(text):
        for m in _SIGNATURE_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "I, " in text:
        for m in _DECLARATION_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
        for m in _VOW_PARTNER_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "I " in text:
        for m in _EXAMINED_RE.finditer(text):
            words = m.group("name").split()
            if any(is_english_non_name(w) for w in words) or not (
                len(words) > 1 or is_given_name(words[0])
            ):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "xcuse" in text or "XCUSE" in text:
        for m in _EXCUSE_RE.finditer(text):
            words = m.group("name").split()
            # "'Please Excuse My Dear Aunt Sally' for …": a mnemonic's capitals.
            if in_a_title_cased_phrase(text, m.start(), m.end("name") - 1):
                continue
            # "Please excuse Monday from …": a lone word must be a listed given name.
            if any(is_english_non_name(w) for w in words) or not (
                len(words) > 1 or is_given_name(words[0])
            ):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if ", of " in text:
        for m in _PARTY_OF_RE.finditer(text):
            words = m.group("name").split()
            if any(is_english_non_name(w) or w in _FIRM_WORDS for w in words):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if ", " in text:
        for m in _NAME_AGE_RE.finditer(text):
            # "New York, 10, and …", "In Seoul, 84, of …": a place or a phrase has the shape;
            # a listed given name first, or a double-barrelled family name last, is a person.
            words = m.group("name").split()
            if any(is_english_non_name(w) for w in words) or not (
                is_given_name(words[0]) or "-" in words[-1]
            ):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
