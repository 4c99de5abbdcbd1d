"""One rule switched off in a test: a case read by that rule must then read otherwise.

The unseen sets' mechanism tests run each case twice, as is and with the rule that reads
it switched off (a pattern that matches nothing, a reader that reads nothing), so a test
that would pass without its rule fails instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

import tools.followup_change_rules as change_rules
import tools.followups as followups
from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.planner import split_steps
from tools.price_total import price_total

#: A pattern that matches nothing.
NEVER = re.compile(r"(?!x)x")

SwitchOff = Callable[[pytest.MonkeyPatch], None]


def never(*_args: Any) -> None:
    """A reader or rule that reads nothing."""
    return None


def off(module: Any, name: str, value: object) -> SwitchOff:
    """Switch ``module.name`` to ``value`` for one test."""
    return lambda monkeypatch: monkeypatch.setattr(module, name, value)


def both(*switches: SwitchOff) -> SwitchOff:
    """Every one of ``switches`` at once (a reading two guards decline, each a safety net)."""

    def switch(monkeypatch: pytest.MonkeyPatch) -> None:
        for one in switches:
            one(monkeypatch)

    return switch


def guard_rule_off(module: Any, guard: str, rule: str) -> SwitchOff:
    """``module.guard`` (an ``UnreadGuard``) without its rule named ``rule``."""
    current = getattr(module, guard)
    rules = tuple(r for r in current.rules if r.__name__ != rule)
    assert len(rules) < len(current.rules), f"{rule!r} is not in {guard}"
    return off(module, guard, type(current)(current.covers, rules, current.example))


def narrowed(module: object, name: str, said: str, instead: str = "") -> SwitchOff:
    """``module.name`` with ``said`` in its pattern made ``instead``: the pattern as it was
    before ``said`` was put in (``instead`` empty), or with one alternative killed."""
    current = getattr(module, name)
    pattern = current.pattern.replace(said, instead)
    assert pattern != current.pattern, f"{said!r} is not in {name}"
    kind: Any = LazyPattern if isinstance(current, LazyPattern) else re.compile
    return off(module, name, kind(pattern, current.flags & ~re.UNICODE))


def read_only_by_its_rule(
    read: Callable[[], object], expected: object, switch_off: SwitchOff, mp: pytest.MonkeyPatch
) -> None:
    """``read()`` gives ``expected``, and no longer does with the rule switched off."""
    assert read() == expected
    switch_off(mp)
    assert read() != expected


def price_expression(question: str) -> str:
    """The expression ``price_total`` reads ``question`` as ("" when it declines)."""
    return (price_total(question) or ("",))[0]


def cases_read_only_by_their_rule(
    cases: list[tuple[str, str, SwitchOff]],
) -> Callable[[str, str, SwitchOff, pytest.MonkeyPatch], None]:
    """A test of every ``(question, expression, switch_off)``: read so, and only by its rule."""

    @pytest.mark.parametrize(("question", "expression", "switch_off"), cases)
    def test(
        question: str, expression: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        read_only_by_its_rule(
            lambda: price_expression(question), expression, switch_off, monkeypatch
        )

    return test


def answer_to(turns: list[str]) -> str | None:
    """The answer code gives to the last of ``turns``: a follow-up, else the turn alone."""
    if len(turns) > 1:
        found = resolve_in_conversation(turns[:-1], turns[-1])
        if found is not None:
            return found.result.answer
    alone = match_deterministic(turns[-1])
    return None if alone is None else alone.answer


def turns_read_only_by_their_rule(
    cases: list[tuple[list[str], str | None, SwitchOff]],
) -> Callable[[list[str], str | None, SwitchOff, pytest.MonkeyPatch], None]:
    """A test of every ``(turns, answer, switch_off)``: answered so, and only by its rule."""
    return _turns_answered_only_by_their_rule(answer_to, cases)


def _turns_answered_only_by_their_rule(
    answer: Callable[[list[str]], str | None],
    cases: list[tuple[list[str], str | None, SwitchOff]],
) -> Callable[[list[str], str | None, SwitchOff, pytest.MonkeyPatch], None]:
    """A test of every ``(turns, answer, switch_off)`` read by ``answer``, and only by its
    rule: with the rule switched off, ``answer`` gives something else."""

    @pytest.mark.parametrize(("turns", "expected", "switch_off"), cases)
    def test(
        turns: list[str],
        expected: str | None,
        switch_off: SwitchOff,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        read_only_by_its_rule(lambda: answer(turns), expected, switch_off, monkeypatch)

    return test


def answers_stay(
    cases: list[tuple[list[str], str | None]],
) -> Callable[[list[str], str | None], None]:
    """A test of every ``(turns, answer)``: the readings around a rule's, unchanged by it."""

    @pytest.mark.parametrize(("turns", "expected"), cases)
    def test(turns: list[str], expected: str | None) -> None:
        assert answer_to(turns) == expected

    return test


def without_change(rule: Callable[..., object]) -> SwitchOff:
    """Switch one follow-up change rule out of ``tools.followups.CHANGES`` for one test."""
    changes = tuple(c for c in change_rules.CHANGES if c is not rule)
    return off(followups, "CHANGES", changes)


def first_turn_answer(question: str, now: datetime) -> str | None:
    """Code's answer to ``question`` as a first turn: its planned steps, chained."""
    result = run_chain(split_steps(question), now)
    return None if result is None else result.answer


def follow_up_answer(earlier: list[str], turn: str, now: datetime) -> str | None:
    """Code's answer to ``turn`` after ``earlier``, or None when no follow-up rule reads it."""
    found = resolve_in_conversation(earlier, turn, now)
    return None if found is None else found.result.answer


#: The moment the workload-answer tests read dates against.
WORKLOAD_NOW = datetime(2026, 12, 7, 12, 0)


def workload_answer(turns: list[str]) -> str | None:
    """The workload's answer: a first turn's planned steps chained, or the follow-up."""
    if len(turns) == 1:
        return first_turn_answer(turns[0], WORKLOAD_NOW)
    return follow_up_answer(turns[:-1], turns[-1], WORKLOAD_NOW)


def workload_read_only_by_their_rule(
    cases: list[tuple[list[str], str | None, SwitchOff]],
) -> Callable[[list[str], str | None, SwitchOff, pytest.MonkeyPatch], None]:
    """A test of every ``(turns, answer, switch_off)``: answered so as the workload asks
    (:func:`workload_answer`), and otherwise with the rule switched off."""
    return _turns_answered_only_by_their_rule(workload_answer, cases)


def percent_change_slots_off() -> SwitchOff:
    """Round 59's percent-change row read by slots ("went from 80 to 92, by what percent")
    taken out of the calculator's verb forms."""
    import tools.calculator_expression as calculator_expression
    from tools.calculator_forms import VERB_FORMS

    forms = tuple(f for f in VERB_FORMS if "by\\s+how))" not in f[0].pattern)
    assert len(forms) < len(VERB_FORMS), "the percent-change slots row is not in VERB_FORMS"
    return off(calculator_expression, "VERB_FORMS", forms)


#: A case of :func:`turns_read_only_by_their_rule`: the turns, the answer, the rule's switch.
Case = tuple[list[str], str | None, SwitchOff]


def read_by(switch_off: SwitchOff, answers: list[tuple[list[str], str | None]]) -> list[Case]:
    """The cases of one rule: each ``(turns, answer)`` with that rule's ``switch_off``."""
    return [(turns, answer, switch_off) for turns, answer in answers]


def declined_by(switch_off: SwitchOff, turns: list[list[str]]) -> list[Case]:
    """The cases one rule declines: each of ``turns`` answered by nothing (``None``), and
    answered once ``switch_off`` takes that rule away."""
    return read_by(switch_off, [(each, None) for each in turns])


def unread(turns: list[list[str]]) -> list[tuple[list[str], str | None]]:
    """Near misses of :func:`answers_stay`: each of ``turns`` answered by nothing (``None``)."""
    return [(each, None) for each in turns]
