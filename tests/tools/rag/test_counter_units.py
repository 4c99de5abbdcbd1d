"""개 and 대 count the same things: a question's "두 개" is stated by a sentence's "두 대".

Probe 28's h20 ("제품 두 개 렌탈하면 할인 받나요?" over "한 집에서 두 대 이상 렌탈하면 …
할인됩니다") was right until native counts became figures (blind39); then the question
asked 2개 and the sentence stated only 2대, so the figure check declined it.
"""

from __future__ import annotations

import pytest

import tools.rag.figures as figures
from tools.rag.figures import figure_conflict

RULE = "공유 오피스는 모니터를 세 대 이상 빌리면 한 대당 월 5,000원을 깎아 드립니다."


@pytest.mark.parametrize(
    "question", ["모니터 세 개 빌리면 할인돼요?", "모니터 4개 빌리면 할인돼요?"]
)
def test_a_count_in_gae_is_stated_by_the_same_count_in_dae(question: str) -> None:
    assert not figure_conflict(question, RULE)


def test_a_count_the_sentence_does_not_cover_still_conflicts() -> None:
    assert figure_conflict("모니터 두 개 빌리면 할인돼요?", RULE)


def test_without_the_alias_the_counters_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    aliases = {k: v for k, v in figures._UNIT_ALIASES.items() if k != "대"}
    monkeypatch.setattr(figures, "_UNIT_ALIASES", aliases)
    assert figure_conflict("모니터 세 개 빌리면 할인돼요?", RULE)
