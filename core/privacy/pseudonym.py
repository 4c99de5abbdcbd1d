"""Reversible pseudonymization with stable placeholders (``<<PERSON_1>>``).

Off by default in the app; when a deployment turns it on, a prompt can go to a
model with placeholders and the answer is restored locally.
"""

from __future__ import annotations

import re

from core.privacy.scanner import scan
from core.privacy.types import Finding, PiiType

_LABELS: dict[PiiType, str] = {
    "person_name": "PERSON",
    "kr_rrn": "KR_RRN",
    "kr_frn": "KR_FRN",
    "kr_brn": "KR_BRN",
    "kr_driver_license": "KR_DRIVER_LICENSE",
    "passport": "PASSPORT",
    "phone": "PHONE",
    "email": "EMAIL",
    "card": "CARD",
    "bank_account": "BANK_ACCOUNT",
    "address": "ADDRESS",
    "us_ssn": "US_SSN",
    "mrn": "MRN",
}
_PLACEHOLDER_RE = re.compile(r"<<[A-Z_]+_[0-9]+>>")


def pseudonymize(text: str, findings: list[Finding] | None = None) -> tuple[str, dict[str, str]]:
    """Replace personal data with numbered placeholders.

    The same value always gets the same placeholder within one call, so a
    model can still tell that two mentions are one person.

    Args:
        text: The original text.
        findings: Findings for ``text``; scanned when omitted.

    Returns:
        The pseudonymized text and the map placeholder -> original value.
    """
    if findings is None:
        findings = scan(text)
    by_value: dict[tuple[str, str], str] = {}
    mapping: dict[str, str] = {}
    counters: dict[str, int] = {}
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        label = _LABELS[f.type]
        key = (label, f.text)
        placeholder = by_value.get(key)
        if placeholder is None:
            counters[label] = counters.get(label, 0) + 1
            placeholder = f"<<{label}_{counters[label]}>>"
            by_value[key] = placeholder
            mapping[placeholder] = f.text
        parts.append(text[pos : f.start])
        parts.append(placeholder)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), mapping


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of placeholders.

    Placeholders not in ``mapping`` (a model may invent one) are left as they are.
    """
    return _PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
