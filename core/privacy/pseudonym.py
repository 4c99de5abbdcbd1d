"""Reversible pseudonymization with stable placeholders (``<<PERSON_1>>``).

The one implementation: the app's pseudonymized cloud steps (``graphs/``) and
the ``pseudonymize``/``restore`` API both use :class:`Pseudonymizer`. Off by
default in the app; when a deployment turns it on, a prompt can go to a model
with placeholders and the answer is restored locally.

A detected name is replaced wherever its tokens appear, not only where a
detector fired: after ``김민수 고객님``, a bare ``민수 씨가`` becomes
``<<PERSON_1_GIVEN>> 씨가``, and after ``Dr. Jane Doe``, ``Jane likes short
notes`` becomes ``<<PERSON_1_GIVEN>> likes short notes``. Each part has its own
placeholder so that restoring gives back exactly what was written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.lazy_regex import LazyPattern
from core.privacy.name_tokens import NamePart, name_parts
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
    "birth_date": "BIRTH_DATE",
    "vehicle_plate": "VEHICLE_PLATE",
    "national_id": "NATIONAL_ID",
    "secret": "SECRET",
}
_PLACEHOLDER_RE = LazyPattern(r"<<[A-Z_]+_[0-9]+(?:_[A-Z]+)?>>")


@dataclass
class Pseudonymizer:
    """Stable placeholders across several texts; the mapping never leaves local state.

    Attributes:
        never_leaves: Finding types that may not leave even as a placeholder's
            context (``privacy.never_leaves``); seeing one sets ``blocked`` and
            the caller keeps the step local.
        mapping: Placeholder -> original value, for :func:`restore`.
        blocked: The first never-leaves type seen, ``"residual"`` when the
            scanner still finds something after replacing, else ``None``.
    """

    never_leaves: frozenset[str] = frozenset()
    mapping: dict[str, str] = field(default_factory=dict)
    blocked: str | None = None
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)
    _name_parts: list[tuple[str, NamePart]] = field(default_factory=list)

    def _placeholder(self, label: str, value: str) -> str:
        placeholder = self._by_value.get((label, value))
        if placeholder is None:
            self._counters[label] = self._counters.get(label, 0) + 1
            placeholder = f"<<{label}_{self._counters[label]}>>"
            self._by_value[(label, value)] = placeholder
            self.mapping[placeholder] = value
        return placeholder

    def _learn(self, findings: Iterable[Finding]) -> None:
        """Note findings' types and register the tokens of every new name."""
        for f in findings:
            if f.type in self.never_leaves:
                self.blocked = self.blocked or f.type
            if f.type != "person_name" or ("PERSON", f.text) in self._by_value:
                continue
            base = self._placeholder("PERSON", f.text)
            for part in name_parts(f.text):
                self._name_parts.append((base, part))

    def _part_placeholder(self, base: str, part: NamePart) -> str:
        if not part.role:
            return base
        placeholder = f"{base[:-2]}_{part.role}>>"
        self.mapping.setdefault(placeholder, part.token)
        return placeholder

    def _substitute(self, text: str, findings: Sequence[Finding]) -> str:
        spans: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for f in sorted(findings, key=lambda f: f.start):
            if taken and f.start < taken[-1][1]:
                continue
            spans.append((f.start, f.end, self._placeholder(_LABELS[f.type], f.text)))
            taken.append((f.start, f.end))
        # Names registered so far (from this text or an earlier one) wherever
        # they or their tokens stand alone, outside what a detector already covered.
        # Whole names before single tokens, so "John Doe" is one placeholder
        # even when another registered name also ends in "Doe".
        for base, part in sorted(self._name_parts, key=lambda entry: entry[1].role != ""):
            for m in part.pattern.finditer(text):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                spans.append((m.start(), m.end(), self._part_placeholder(base, part)))
                taken.append((m.start(), m.end()))
        out: list[str] = []
        pos = 0
        for start, end, placeholder in sorted(spans):
            out += [text[pos:start], placeholder]
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def text(self, text: str, findings: Sequence[Finding] | None = None) -> str:
        """``text`` with each finding and name token replaced by its placeholder.

        Args:
            text: The original text.
            findings: Findings for ``text``; scanned when omitted.

        Returns:
            The pseudonymized text. ``blocked`` is set when a never-leaves type
            was seen or the result still holds something the scanner finds.
        """
        scanned = findings is None
        found = scan(text) if findings is None else findings
        self._learn(found)
        out = self._substitute(text, found)
        if scanned and scan(out):
            # Replacing shifted what the scanner sees: refuse rather than guess.
            self.blocked = self.blocked or "residual"
        return out

    def texts(self, texts: Sequence[str]) -> list[str]:
        """Pseudonymize several texts with one mapping.

        Names are collected from all texts first, so a bare ``민수`` in the first
        message is replaced even when ``김민수 고객님`` only appears in a later one.
        """
        found = [scan(t) for t in texts]
        for findings in found:
            self._learn(findings)
        out = [self._substitute(t, f) for t, f in zip(texts, found, strict=True)]
        if any(scan(o) for o in out):
            self.blocked = self.blocked or "residual"
        return out


def pseudonymize(text: str, findings: list[Finding] | None = None) -> tuple[str, dict[str, str]]:
    """Replace personal data with numbered placeholders.

    The same value always gets the same placeholder within one call, so a
    model can still tell that two mentions are one person; a detected name's
    tokens standing alone get the name's number with a ``_GIVEN``/``_FAMILY``
    suffix.

    Args:
        text: The original text.
        findings: Findings for ``text``; scanned when omitted.

    Returns:
        The pseudonymized text and the map placeholder -> original value.
    """
    shield = Pseudonymizer()
    # Findings passed in skip the residual re-scan: this API never blocks.
    pseudo = shield.text(text, scan(text) if findings is None else findings)
    return pseudo, shield.mapping


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of placeholders.

    Placeholders not in ``mapping`` (a model may invent one) are left as they are.
    """
    return _PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
