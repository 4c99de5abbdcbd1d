"""Cited replies whose figures are all in the passages and that still misstate them.

A time given as a whole where the passages give it as one end of a span, a bare yes/no
to a question naming a time or figure, and a list number given as a figure
(agents.answer_forms_54g, hooked into agents.answer_grounding.ungrounded). The
passages are written for these tests (a fictional swimming pool, a bike shop and a
passport office), none taken from the samples or the case files.
"""

from __future__ import annotations

import pytest

from agents.answer_grounding import ungrounded

POOL = [
    "- Open: weekdays 06:00–22:00, Saturday 08:00–18:00\n- Cleaning break: 12:00–12:30",
    "수영장 청소 시간: 12:00~12:30 (이 시간에는 입장할 수 없습니다)",
]
BIKES = [
    "A day rental costs 15,000 won. Helmets are free. Rentals must be returned by 20:00.",
]
STEPS = [
    "How to renew a passport:\n1. Fill in the form\n2. Bring one photo\n3. Pay the fee at desk 7",
]


@pytest.mark.parametrize(
    ("answer", "question", "passages"),
    [
        # One end of the span given as the break's time.
        ("The cleaning break is 12:30 [1].", "when is the cleaning break", POOL),
        ("청소 시간은 12:00입니다 [2].", "청소 시간이 몇 시예요?", POOL),
        ("Saturday hours: 18:00 [1]", "what are the saturday hours at the pool", POOL),
        # A bare yes/no to a question naming a time or a figure.
        ("Yes [1].", "can i swim at 12:15", POOL),
        ("네, 가능합니다 [2].", "12시 10분에 들어가도 돼요?", POOL),
        ("Yes, you can [1].", "can I keep the bike for 30 hours", BIKES),
        # A list number given as the answer's figure.
        ("You need 2 photos [1].", "how many photos do I need", STEPS),
        ("사진은 2장 가져가시면 됩니다 [1].", "사진 몇 장 가져가요?", STEPS),
        ("The fee is 3 [1].", "how much is the passport fee", STEPS),
    ],
)
def test_misread_figures_fail(answer: str, question: str, passages: list[str]) -> None:
    assert ungrounded(answer, question, passages) is not None


@pytest.mark.parametrize(
    ("answer", "question", "passages"),
    [
        # Both ends, or an end named as an end, read the span rightly.
        ("The cleaning break is 12:00–12:30 [1].", "when is the cleaning break", POOL),
        ("청소 시간은 12:00부터 12:30까지입니다 [2].", "청소 시간이 언제예요?", POOL),
        ("The pool closes at 18:00 on Saturday [1].", "when does the pool close on saturday", POOL),
        ("It ends at 12:30 [1].", "what time is the cleaning break over", POOL),
        # A yes/no stating the passages' times or figures can be checked.
        (
            "No — the cleaning break is 12:00–12:30, when no one may enter [1].",
            "can i swim at 12:15",
            POOL,
        ),
        ("Yes, a day rental is 15,000 won [1].", "is it 15000 won for a day", BIKES),
        # A figure the passages state as a figure, not only as numbering.
        ("The fee is paid at desk 7 [1].", "where do I pay the passport fee", STEPS),
        ("There are 3 steps [1].", "how many steps are there to renew a passport", STEPS),
        # A number named as a place in the list.
        ("3번째 단계에서 수수료를 냅니다 [1].", "수수료는 몇 번째 단계에서 내요?", STEPS),
    ],
)
def test_read_figures_pass(answer: str, question: str, passages: list[str]) -> None:
    assert ungrounded(answer, question, passages) is None
