"""A Korean question's morphemes are read once, whoever asks and for however many sentences.

Questions and passages of our own (a parking office's refund rules).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tools.rag import kiwi_tags, textutil
from tools.rag.asked_act import asked_act
from tools.rag.possible_acts import misses_possible_act, possible_act

_PASSAGES = (
    "정기 주차권은 한 달 단위로 판매합니다.",
    "분실한 주차권은 재발급 수수료 5,000원이 붙습니다.",
    "사용하지 않은 주차권은 구매 후 7일 안에 환불됩니다.",
)


@pytest.fixture
def analyser_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Each text Kiwi is asked to analyse, from a fresh process's empty caches."""
    calls: list[str] = []
    kiwi = textutil.get_kiwi()

    class CountingKiwi:
        def tokenize(self, text: str, *args: Any, **kwargs: Any) -> Any:
            calls.append(text)
            return kiwi.tokenize(text, *args, **kwargs)

    for cached in (kiwi_tags.morpheme_tags, possible_act, asked_act):
        getattr(cached, "cache_clear", lambda: None)()
    monkeypatch.setattr(textutil, "get_kiwi", CountingKiwi)
    yield calls
    for cached in (kiwi_tags.morpheme_tags, possible_act, asked_act):
        getattr(cached, "cache_clear", lambda: None)()


def test_the_possible_act_is_read_once_across_the_candidate_sentences(
    analyser_calls: list[str],
) -> None:
    question = "주차권 환불 돼요?"
    assert [misses_possible_act(question, p) for p in _PASSAGES] == [True, True, False]
    # (Each passage is read for its own tokens: those are not the question's reading.)
    assert analyser_calls.count(question) == 1


def test_the_permission_and_possibility_readers_share_one_analysis(
    analyser_calls: list[str],
) -> None:
    question = "주차권을 가족이 대신 환불해도 돼요?"
    possible_act(question)
    act = asked_act(question)
    assert act is not None and act.stem == "환불"
    assert analyser_calls.count(question) == 1
