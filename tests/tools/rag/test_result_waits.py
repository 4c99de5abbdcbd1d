"""A sentence saying when results come does not say how long the thing itself takes.

Blind set 9 of the workload asked how long the blood test of a check-up takes and was
answered with the wait for its results. The examples here are our own.
"""

from __future__ import annotations

import pytest

from tools.rag.elapsed_time import states_only_result_waits
from tools.rag.qualifiers import answers_another_question


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("how long does the eye exam take", "Eye exam results arrive within 5 days."),
        ("시력 검사는 얼마나 걸려요", "시력 검사 결과는 보통 1주일 뒤에 나옵니다."),
        # Across languages: the question in English, the sentence in Korean.
        ("how long does the hearing test take", "청력 검사 결과는 3일 안에 나옵니다."),
    ],
)
def test_the_wait_for_results_answers_another_question(question: str, sentence: str) -> None:
    assert states_only_result_waits(question, sentence)
    assert answers_another_question(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # The question asks for the results' wait itself.
        ("시력 검사 결과는 며칠 걸려요", "시력 검사 결과는 보통 1주일 뒤에 나옵니다."),
        ("how long do the eye exam results take", "Eye exam results arrive within 5 days."),
        # The sentence states the test's own length.
        ("how long does the eye exam take", "The eye exam takes 20 minutes."),
        # A duration before the results word is the test's own.
        ("how long does the eye exam take", "The exam takes 20 minutes and results follow."),
    ],
)
def test_other_durations_are_left_alone(question: str, sentence: str) -> None:
    assert not states_only_result_waits(question, sentence)
