"""A request that names Korean as the answer's language ("and in Korean?", issue 11's
fu2-model-mortgage#2): routed as a Korean step, and its reply must be Korean prose."""

from __future__ import annotations

import pytest

from agents.output_guard import check_output
from core.text import reply_language
from graphs.code_stage import step_request

STOP = {"finish_reason": "stop"}


@pytest.mark.parametrize(
    "text", ["and in Korean?", "explain it in korean please", "한국어로 해 줘"]
)
def test_a_reply_asked_in_korean_is_a_korean_step(text: str) -> None:
    # Routed by the question's own letters, "and in Korean?" went to a local model that
    # writes no Korean; it answered 'In Korean, a mortgage is called "부분지"'.
    assert reply_language(text) == "ko"
    request = step_request(
        text=text, kind="generate", handler_name=None, privacy="public", privacy_reason=""
    )
    assert request.language == "ko"


def test_other_requests_keep_their_own_language() -> None:
    assert reply_language("Explain what a lease is in one sentence.") == "en"
    # A translation into English still reads Korean: it stays a Korean step.
    assert reply_language("이 문장을 영어로 번역해 줘: 고마워요") == "ko"


@pytest.mark.parametrize(
    "reply",
    [
        # Above the share a Korean question's reply needs (0.1), below this one's (0.3).
        'In Korean, a lease is called "임대차"',
        'In Korean, a mortgage is "주택담보대출", a home loan.',
    ],
)
def test_english_prose_with_one_korean_word_is_no_answer_in_korean(reply: str) -> None:
    failure = check_output(reply, question="and in Korean?", metadata=STOP)
    assert failure is not None and failure.kind == "wrong_language", failure


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("리스(lease)는 일정 기간 집이나 차를 빌려 쓰는 계약입니다.", "and in Korean?"),
        # Asked for a word, the reply may be English prose around it.
        (
            "감사합니다 means thank you; 안녕하세요 means hello.",
            "How do you say thank you in Korean?",
        ),
    ],
)
def test_korean_prose_and_asked_words_pass(reply: str, question: str) -> None:
    assert check_output(reply, question=question, metadata=STOP) is None
