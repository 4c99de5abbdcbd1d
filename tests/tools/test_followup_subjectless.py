"""A follow-up with no subject of its own takes the previous question's (our own examples)."""

from __future__ import annotations

import pytest

from tools.followup_subjectless import with_previous_subject


@pytest.mark.parametrize(
    ("follow_up", "previous", "whole"),
    [
        ("카드로도 돼요?", "헬스장 회비는 얼마예요?", "헬스장 회비 카드로도 돼요?"),
        ("주말에도 열어요?", "수영장은 몇 시에 열어요?", "수영장 주말에도 열어요?"),
        ("그건 어디서 사요?", "월 정기권은 얼마예요?", "월 정기권 어디서 사요?"),
        (
            "그럼 온라인으로 신청하나요?",
            "방과후 수업이 언제 시작해요?",
            "방과후 수업 온라인으로 신청하나요?",
        ),
        (
            "and on sundays?",
            "when does the swimming pool open?",
            "when does the swimming pool open on sundays?",
        ),
        (
            "what about by email?",
            "how do i cancel my gym plan?",
            "how do i cancel my gym plan by email?",
        ),
    ],
)
def test_the_previous_subject_is_carried(follow_up: str, previous: str, whole: str) -> None:
    assert with_previous_subject(follow_up, previous) == whole


@pytest.mark.parametrize(
    ("follow_up", "previous"),
    [
        # A subject of its own: looked up as it stands.
        ("그럼 주차는요?", "수영장은 몇 시에 열어요?"),
        ("사물함을 빌릴 수 있나요?", "수영장은 몇 시에 열어요?"),
        ("what about the sauna?", "when does the swimming pool open?"),
        # A figure: arithmetic on the previous result, not a document question.
        ("3개월이면요?", "헬스장 회비는 얼마예요?"),
        # The answer's language or currency, not a circumstance of the subject.
        ("and in Korean?", "when does the swimming pool open?"),
        ("and in dollars?", "how much is the yearly pass?"),
        # The previous question has no subject to lend.
        ("주말에도 열어요?", "몇 시에 열어요?"),
        # Too long to be only a circumstance and a predicate.
        ("주말에도 아침 일찍부터 바로 들어가서 운동할 수 있어요?", "수영장은 몇 시에 열어요?"),
    ],
)
def test_nothing_is_carried_otherwise(follow_up: str, previous: str) -> None:
    assert with_previous_subject(follow_up, previous) is None
