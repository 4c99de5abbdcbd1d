"""The writer's name in a pasted letter's signature: ``- 한도경 올림``, ``Cheers, Ines Varga``."""

from __future__ import annotations

import pytest

from core.privacy import classify
from core.privacy.signature_names import detect_signature_names


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect_signature_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("다듬어 주세요: 금요일 진료를 취소하고 싶습니다. - 한도경 올림", "한도경"),
        ("이렇게 보내도 될까요?\n늘 감사합니다.\n제갈민 드림", "제갈민"),
        ("선생님께 드리는 글입니다. 황보서윤 배상.", "황보서윤"),
        ("make this nicer: running late, sorry. Cheers, Ines Varga", "Ines Varga"),
        ("fix the tone:\nsee you tuesday\nKind regards,\nOsei Boateng", "Osei Boateng"),
        ("can't come in today. Thanks,\nPadraig", "Padraig"),
    ],
)
def test_a_closing_and_the_name_beside_it_sign_a_letter(text: str, name: str) -> None:
    assert _names(text) == [name]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "감사합니다 드림",  # no surname first
        "선물 드림 이벤트가 있나요?",  # the verb inside a sentence
        "Thanks, Everyone",
        "Cheers, Monday it is",
        "Best regards, the clinic",
    ],
)
def test_closings_without_a_persons_name_sign_no_one(text: str) -> None:
    assert _names(text) == []
