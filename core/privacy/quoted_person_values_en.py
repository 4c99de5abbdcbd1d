"""A person's name quoted after the record it belongs to, in an error message or a log line:
``ValueError: bad postcode for customer 'Margarethe Vollstedt-Oyelaran'``, ``WARN no email
on file for patient "Tobias Renner"``, ``KeyError: member='Ines Halvorsen-Dube'`` (redteam35).

Programs print the value that failed with ``repr`` or ``%r``, so a stack trace or a log line
pasted for debugging carries the customer's name in quotes right after the noun of the record
(customer, user, patient, client, member, employee, guest, student, applicant, recipient,
subscriber, account holder, contact, owner), sometimes with ``=`` or ``:`` between (a
``key=value`` of user, owner or contact is :mod:`core.privacy.assigned_name_values`'s).
None of the name rules reads it: there is no honorific, no field label with a colon, and the
family name is often outside the census lists. The quoted value is read when it is two to
four capitalised words (particles such as ``van``/``de`` allowed, hyphens and accents too);
one word (``'Admin'``), a lower-case identifier (``'user_id'``) or a firm (``'Acme Ltd'``) is
not a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import NAME_PARTICLE, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_quoted_person_values_en"]

_RECORD = (
    r"(?:customer|user|patient|client|member|employee|guest|student|applicant|recipient|"
    r"subscriber|account[ \t_]holder|cardholder|contact|owner|tenant|passenger|buyer|"
    r"sender|payee)"
)
_WORD = r"[A-ZÀ-ÞŁŚŻŹĆŃ][a-zß-ÿąćęłńóśźż]+(?:[-'’][A-ZÀ-ÞŁŚŻŹĆŃ]?[a-zß-ÿąćęłńóśźż]+)*"
_QUOTED_RE = LazyPattern(
    r"(?<![A-Za-z0-9_])(?P<noun>(?i:" + _RECORD + r"))(?P<sep>[ \t]*[:=][ \t]*|[ \t]+)"
    r"(?P<q>['\"‘“])(?P<name>"
    + _WORD
    + r"(?:[ \t]+(?:"
    + NAME_PARTICLE
    + r"[ \t]+)*"
    + _WORD
    + r"){1,3})['\"’”]"
)
# Keys :mod:`core.privacy.assigned_name_values` reads as ``key=value`` already.
_ASSIGNED_KEYS = frozenset({"user", "owner", "contact"})
_CUES = ("'", '"', "‘", "“")
# The record nouns' stems, looked for in the lowered text before the pattern runs.
_NOUN_CUES = (
    "customer", "user", "patient", "client", "member", "employee", "guest", "student",
    "applicant", "recipient", "subscriber", "holder", "contact", "owner", "tenant",
    "passenger", "buyer", "sender", "payee",
)  # fmt: skip
# Words of a firm, a team or a product rather than a person.
_NOT_PERSON = frozenset(
    {"Ltd", "Limited", "Inc", "Corp", "Corporation", "LLC", "Co", "Group", "GmbH", "Plc",
     "Bank", "Team", "Store", "Shop", "Services", "Solutions", "Account", "Admin", "Test"}
)  # fmt: skip


def detect_quoted_person_values_en(text: str) -> Iterator[Hit]:
    """Quoted person names after the noun of their record (see the module)."""
    if not any(q in text for q in _CUES):
        return
    lowered = text.lower()
    if not any(noun in lowered for noun in _NOUN_CUES):
        return
    for m in _QUOTED_RE.finditer(text):
        if m.group("sep").strip() and m.group("noun").lower() in _ASSIGNED_KEYS:
            continue
        words = m.group("name").split()
        if any(w in _NOT_PERSON or is_english_non_name(w) for w in words):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
