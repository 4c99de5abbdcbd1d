"""The workload's follow-ups, checked in code: every deterministic follow-up resolves.

Each conversation of the ``followup`` category whose turns all expect a deterministic
answer is replayed through ``tools.followups`` alone (no graph, no model): the first
turn through the handlers, every later turn against the turns before it. Its answer
must hold what the case expects, so a pattern that stops matching fails here in
seconds, before the slow workload run would show it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bench.workload.suite import Conversation, load_suite, open_cases
from tools.followups import resolve_in_conversation
from tools.handlers import HandlerResult, match_deterministic
from tools.planner import split_steps

# The calendar questions name their own dates; "now" only has to be fixed.
NOW = datetime(2026, 11, 30, 12, 0)


def _first_answer(question: str) -> str:
    """Every step's answer of a first turn, as the assistant joins them."""
    answers: list[str] = []
    previous: HandlerResult | None = None
    for step in split_steps(question):
        previous = match_deterministic(step, previous=previous, now=NOW)
        assert previous is not None, step
        answers.append(previous.answer)
    return "\n".join(answers)


def _answer_by_steps(earlier: list[str], turn: str) -> str | None:
    """The turn's steps as the planner splits it, the first resolved against the thread.

    "our fourth flatmate finally signed the lease, so now?" is planned as "our fourth
    flatmate" and "signed the lease, so now?"; the app answers the first step as the
    follow-up it is (the second adds nothing), so the replay does the same.
    """
    steps = split_steps(turn)
    if len(steps) < 2:
        return None
    resolved = resolve_in_conversation(earlier, steps[0], NOW)
    return resolved.result.answer if resolved is not None and resolved.result else None


def _deterministic_threads() -> list[Conversation]:
    # A conversation with a turn marked ``open`` (known to fail) is tracked by its set's
    # own test (which fails when it starts passing), not here.
    conversations = load_suite()
    open_threads = {case.split("#")[0] for case in open_cases(conversations)}
    return [
        c
        for c in conversations
        if c.category == "followup"
        and c.id not in open_threads
        and all(t.expect is not None and t.expect.get("tier") == "deterministic" for t in c.turns)
    ]


def test_the_suite_holds_forty_follow_up_turns_resolved_in_code() -> None:
    turns = sum(len(c.turns) - 1 for c in _deterministic_threads())
    assert turns >= 40


@pytest.mark.parametrize("thread", _deterministic_threads(), ids=lambda c: c.id)
def test_each_deterministic_follow_up_gives_the_expected_answer(thread: Conversation) -> None:
    asked = [t.ask for t in thread.turns]
    answers = [_first_answer(asked[0])]
    for index in range(1, len(asked)):
        resolved = resolve_in_conversation(asked[:index], asked[index], NOW)
        if resolved is None:
            by_steps = _answer_by_steps(asked[:index], asked[index])
            if by_steps is not None:
                answers.append(by_steps)
                continue
            # A later turn that is a whole question of its own ("한 돈에 52만원이면 다섯 돈
            # 값은?") is answered by the handlers alone, as the app answers it.
            alone = match_deterministic(asked[index], now=NOW)
            assert alone is not None, f"{asked[index]!r} after {asked[:index]}"
            answers.append(alone.answer)
            continue
        answers.append(resolved.result.answer)
    for turn, answer in zip(thread.turns, answers, strict=True):
        assert turn.expect is not None
        for needle in turn.expect.get("contains", []):
            assert needle in answer, (turn.ask, answer)
        for needle in turn.expect.get("not_contains", []):
            assert needle not in answer, (turn.ask, answer)
        options = turn.expect.get("contains_any", [])
        assert not options or any(o in answer for o in options), (turn.ask, answer)
