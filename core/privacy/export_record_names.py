"""Names in three machine exports people paste (redteam40): a Discord message copied with its
header (``Perpetua Vandersloot — Today at 9:41 PM``), pdftk's ``dump_data_fields`` output (a
``FieldValue:`` under a ``FieldName:`` that names a person's field), and a US bank
statement's transfer line (``ZELLE TO OKONJO-HARTLEY FELICITY CONF# …``).

Discord puts the author's display name at the start of a line, then an em dash and the time
(``Today at``, ``Yesterday at``, or a date); the name is one to three capitalised words. pdftk
prints each field as ``FieldName: applicant_name`` then ``FieldValue: …``; a value is a
person's when the field's name says name (``name``, ``first``, ``last``, ``surname``,
``given``, ``applicant``, ``holder``…). A statement's ``ZELLE TO``/``ZELLE FROM``/``VENMO
PAYMENT TO`` line names its payee in capitals; a company (``COMCAST CABLE LLC``: a company
word, or one word alone) is no person.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_export_record_names"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
_DISCORD_RE = LazyPattern(
    r"(?m)^[ \t]*(?:(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t]+[—–-][ \t]+"
    r"(?:Today|Yesterday|Last[ \t]+\w+)[ \t]+at[ \t]+\d{1,2}:\d{2}|"
    r"(?P<dname>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t]+[—–-][ \t]+"
    r"\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2})"
)
_PDFTK_RE = LazyPattern(
    r"(?im)^FieldName:[ \t]*(?P<field>[^\n]{1,80})\n(?:Field(?!Value)[A-Za-z]*:[^\n]*\n){0,6}"
    r"FieldValue:[ \t]*(?P<value>[^\n]{2,80})$"
)
_PERSON_FIELD_RE = LazyPattern(
    r"(?i)name|first|last|surname|given|forename|applicant|holder|signer|signatory|"
    r"insured|patient|employee|student"
)
_NOT_PERSON_FIELD_RE = LazyPattern(r"(?i)company|business|org|employer|school|file|user_?name")
_PERSON_VALUE_RE = LazyPattern(r"[^\W\d_][^\d\n]{0,78}[^\W\d_]")
_TRANSFER_RE = LazyPattern(
    r"\b(?:ZELLE|VENMO|CASH[ \t]?APP)(?:[ \t]+(?:PAYMENT|PMT|TRANSFER))?[ \t]+(?:TO|FROM)[ \t]+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]*){1,3}?)"
    r"(?=[ \t]+(?:CONF|REF|ID|ON|TRN|MEMO)\b|[ \t]*#|[ \t]+\d|[ \t]*$|[ \t]*['\"\n])"
)
_COMPANY_WORDS = frozenset(
    {"LLC", "INC", "CORP", "CO", "LTD", "LLP", "BANK", "CABLE", "ENERGY", "INSURANCE",
     "SERVICES", "GROUP", "HOLDINGS", "MORTGAGE", "UTILITIES", "COMPANY", "STORE"}
)  # fmt: skip


def _discord(text: str) -> Iterator[Hit]:
    for m in _DISCORD_RE.finditer(text):
        group = "name" if m.group("name") else "dname"
        yield Hit("person_name", m.start(group), m.end(group), 0.8, False)


def _pdftk(text: str) -> Iterator[Hit]:
    for m in _PDFTK_RE.finditer(text):
        field = m.group("field")
        if _PERSON_FIELD_RE.search(field) is None or _NOT_PERSON_FIELD_RE.search(field):
            continue
        value = m.group("value").rstrip()
        if _PERSON_VALUE_RE.fullmatch(value) is not None:
            yield Hit("person_name", m.start("value"), m.start("value") + len(value), 0.8, False)


def _transfers(text: str) -> Iterator[Hit]:
    for m in _TRANSFER_RE.finditer(text):
        words = m.group("name").replace("-", " ").split()
        if not any(word in _COMPANY_WORDS for word in words):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


def detect_export_record_names(text: str) -> Iterator[Hit]:
    """Names in Discord copies, pdftk field dumps and transfer lines (see the module)."""
    if " at " in text or "/" in text:
        yield from _discord(text)
    if "FieldValue" in text or "fieldvalue" in text.lower():
        yield from _pdftk(text)
    if "ZELLE" in text or "VENMO" in text or "CASH" in text:
        yield from _transfers(text)
