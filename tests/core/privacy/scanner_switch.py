"""Switch scanner detectors off for a test: the control every privacy rule's test needs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import core.privacy.scanner
from core.privacy import classify, scan

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


#: A rule, a text holding one of its forms, and the part of the text that must be found.
Positive = tuple[Rule, str, str]


def form_tests(
    positives: list[Positive],
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests every red-team rule file runs over its positives.

    The first checks each form is found and holds the text local; the second switches the
    form's own rule off and checks the form is then missed, so no test passes while its rule
    does nothing (a second rule covering the same form fails it, as it should).
    Assign them to ``test_…`` names at module level for pytest to collect.
    """

    @pytest.mark.parametrize(("rule", "text", "part"), positives)
    def each_form_is_found(rule: Rule, text: str, part: str) -> None:
        assert part in found_texts(text)
        assert classify(text) == "local_only"

    @pytest.mark.parametrize(("rule", "text", "part"), positives)
    def each_form_needs_its_rule(
        monkeypatch: pytest.MonkeyPatch, rule: Rule, text: str, part: str
    ) -> None:
        rule_off(monkeypatch, rule)
        assert part not in found_texts(text)

    return each_form_is_found, each_form_needs_its_rule


#: A switch for one test: it sets what it switches off with the test's monkeypatch.
Switch = Callable[[pytest.MonkeyPatch], object]

#: A public text and the switch that takes away the predicate letting it pass.
LookAlike = tuple[str, Switch]


def off(module: object, name: str, value: object) -> Switch:
    """Set ``module.name`` to ``value`` for one test (a predicate, pattern or list as it was
    before a round widened it)."""
    return lambda monkeypatch: monkeypatch.setattr(module, name, value)


def predicate_off(module: object, name: str) -> Switch:
    """The predicate ``module.name`` answering False for everything, for one test."""
    return off(module, name, lambda *_args: False)


def public_tests(texts: list[str]) -> Callable[..., None]:
    """The test of a round's near misses (the same words, no one's data): each stays public.
    Assign it to a ``test_…`` name at module level for pytest to collect.
    """

    @pytest.mark.parametrize("text", texts)
    def each_stays_public(text: str) -> None:
        assert classify(text) == "public", scan(text)

    return each_stays_public


def look_alike_tests(
    cases: list[LookAlike],
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's public look-alikes: each is public, and is held once its
    predicate is switched off (so no look-alike passes by luck). Assign them to ``test_…``
    names at module level for pytest to collect.
    """

    @pytest.mark.parametrize(("text", "switch_off"), cases)
    def each_is_public(text: str, switch_off: Switch) -> None:
        assert classify(text) == "public", scan(text)

    @pytest.mark.parametrize(("text", "switch_off"), cases)
    def each_needs_its_predicate(
        monkeypatch: pytest.MonkeyPatch,
        text: str,
        switch_off: Switch,
    ) -> None:
        switch_off(monkeypatch)
        assert classify(text) == "local_only"

    return each_is_public, each_needs_its_predicate


#: A text, the part of it a widened rule must find, and the switch taking the widening away.
Widened = tuple[str, str, Switch]


def widening_tests(cases: list[Widened]) -> Callable[..., None]:
    """The test of a round's widened rules: each part is found, and is missed once its
    widening is switched off. Assign it to a ``test_…`` name at module level.
    """

    @pytest.mark.parametrize(("text", "part", "switch_off"), cases)
    def each_widening_is_needed(
        monkeypatch: pytest.MonkeyPatch,
        text: str,
        part: str,
        switch_off: Switch,
    ) -> None:
        assert part in found_texts(text)
        switch_off(monkeypatch)
        assert part not in found_texts(text)

    return each_widening_is_needed
