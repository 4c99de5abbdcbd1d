"""``no_model_text``: a fact of the organisation must end at the decline (owndocs56).

A reply that opens with the honest decline and then gives a model's general knowledge
("We accept all cryptocurrencies", "No, there is no Wi-Fi in the waiting room") passed
``not_in_documents``, since the decline sentence is there. With ``no_model_text`` the
model's text after it is a failure and a wrong answer.
"""

from __future__ import annotations

from typing import Any

from bench.workload.checks import check_turn, model_text_after_decline
from bench.workload.suite import EXPECT_KEYS

_EN_NOTICE = (
    "The documents do not cover this question. What follows is the model's general "
    "knowledge, not theirs.\n\n"
)
_KO_NOTICE = (
    "제공된 문서에서는 이 질문에 대한 내용을 찾을 수 없습니다. 아래는 문서가 아닌 모델의 "
    "일반 지식에 따른 답입니다.\n\n"
)
_OWN = {"not_in_documents": True, "no_model_text": True}


def _result(answer: str, tier: str) -> dict[str, Any]:
    return {"answer": answer, "citations": [], "steps": [{"tier": tier}]}


def test_the_key_is_declared() -> None:
    assert "no_model_text" in EXPECT_KEYS


def test_an_invented_fact_under_the_english_notice_is_wrong() -> None:
    verdict = check_turn(_result(_EN_NOTICE + "We take Bitcoin and Ether.", "local"), _OWN)
    assert not verdict.ok
    assert verdict.wrong_answer


def test_an_invented_fact_under_the_korean_notice_is_wrong() -> None:
    answer = _KO_NOTICE + "네, 대기실에서 무료 와이파이를 쓸 수 있어요."
    verdict = check_turn(_result(answer, "local"), _OWN)
    assert not verdict.ok
    assert verdict.wrong_answer


def test_the_cloud_tier_after_the_decline_is_wrong_too() -> None:
    # The stand-in's text cannot be judged on content, but any model text there is a guess.
    answer = _EN_NOTICE + "Parking validation is offered at the front desk."
    verdict = check_turn(_result(answer, "cloud"), {**_OWN, "ok_if": ["cloud"]})
    assert not verdict.ok
    assert verdict.wrong_answer


def test_a_model_step_without_the_notice_counts() -> None:
    # Older code or another wording: the decline, then a model's sentence with no notice.
    answer = "The documents do not cover this question.\n\nYes, dogs on a leash are welcome."
    assert model_text_after_decline(_result(answer, "local"))
    assert check_turn(_result(answer, "local"), _OWN).wrong_answer


def test_a_decline_that_ends_there_passes() -> None:
    answer = (
        "The documents do not cover this question. (not in the documents: wifi; searched: "
        "every document of this workspace)"
    )
    verdict = check_turn(_result(answer, "extractive"), _OWN)
    assert verdict.ok, verdict.why
    assert not verdict.wrong_answer


def test_without_the_key_the_notice_still_passes() -> None:
    # A general question ("how does a flu shot work?") keeps the model's answer.
    answer = _EN_NOTICE + "A flu shot trains the immune system."
    verdict = check_turn(_result(answer, "local"), {"not_in_documents": True})
    assert verdict.ok, verdict.why


def test_a_model_tier_step_that_ends_at_the_decline_passes() -> None:
    # A step routed to the cloud tier whose document plan declined: no model text shown.
    answer = (
        "제공된 문서에서는 이 질문에 대한 내용을 찾을 수 없습니다. (문서에 없는 내용: 질문한 "
        "금액이나 양; 찾아본 곳: 주차 안내)"
    )
    verdict = check_turn(_result(answer, "cloud"), _OWN)
    assert verdict.ok, verdict.why
    assert not verdict.wrong_answer
