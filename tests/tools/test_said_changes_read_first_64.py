"""A said-change rule of opens51a runs the earlier request again only for a turn in its words.

Every rule of ``tools.followup_said_changes_51a`` needs the earlier request's own reading
(its steps run again through every deterministic handler); the rules are tried on every
follow-up turn. Most of them ran the earlier steps before looking at the turn's words, so
a turn none of them reads ran the earlier request some eight times over (in the PII egress
suite, a tenth of its time, over long pasted records). What each rule answers is pinned by
tests/tools/test_opens_51a.py; this pins that a turn not in a rule's words leaves the
earlier request unread, and that a turn in its words still reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest

import tools.followup_said_changes_51a as said_51a
from tools.followup_chain import run_chain
from tools.handler_result import HandlerResult

EARLIER = ["삼겹살 100g에 2,680원인데 1.5kg 사면 얼마"]
# Turns in none of the rules' words: a public question, a translation asked, a figure alone.
UNSAID = [
    "Translate your previous answer into English",
    "Explain that more simply, step by step.",
    "그럼 내일은?",
    "what about 12",
]


@pytest.fixture
def chain_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    runs: list[list[str]] = []

    def counted(steps: Sequence[str], now: datetime | None = None) -> HandlerResult | None:
        runs.append(list(steps))
        return run_chain(steps, now)

    monkeypatch.setattr(said_51a, "run_chain", counted)
    return runs


@pytest.mark.parametrize("text", UNSAID)
def test_a_turn_in_no_rules_words_runs_no_earlier_request(
    chain_runs: list[list[str]], text: str
) -> None:
    for rule in said_51a.SAID_CHANGES_51A:
        assert rule(text, EARLIER) is None, rule.__name__
    assert chain_runs == []


def test_a_turn_in_a_rules_words_still_reads_the_earlier_request(
    chain_runs: list[list[str]],
) -> None:
    change = said_51a.other_cut_per_100g_ko("목살도 600g 살건데 목살은 100g당 2,480원", EARLIER)
    assert change is not None
    assert chain_runs == [EARLIER]
