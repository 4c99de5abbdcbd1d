"""Switch scanner detectors off for a test: the control every privacy rule's test needs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import core.privacy.scanner
from core.privacy import scan

#: A detector of the scanner's lists.
Rule = Callable[[str], object]


def detectors_off(monkeypatch: pytest.MonkeyPatch, names: set[str]) -> None:
    """Take the scanner's detectors called ``names`` out of every list they sit in."""
    scanner = core.privacy.scanner
    for attr in ("TEXT_DETECTORS", "OTHER_DETECTORS"):
        kept = tuple(d for d in getattr(scanner, attr) if d.__name__ not in names)
        monkeypatch.setattr(scanner, attr, kept)
    monkeypatch.setattr(
        scanner,
        "GATED_DETECTORS",
        tuple((d, n) for d, n in scanner.GATED_DETECTORS if d.__name__ not in names),
    )


def rule_off(monkeypatch: pytest.MonkeyPatch, rule: Rule) -> None:
    """Take one detector out of the scanner (the switch-off check of its tests)."""
    detectors_off(monkeypatch, {getattr(rule, "__name__", "")})


def found_texts(text: str) -> list[str]:
    """The texts of what the scanner finds in ``text``."""
    return [f.text for f in scan(text)]
