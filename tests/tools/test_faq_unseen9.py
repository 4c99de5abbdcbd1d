"""FAQ questions the way the ninth unseen set typed them (its mechanisms, own inputs).

Chat ends a question on "임" ("뭐임", "언제임"), and a follow-up points back with
"그날"/"그때" at a day the conversation named; neither is a topic of the question.
"""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, FaqEntry


def _book() -> FaqBook:
    return FaqBook(
        [
            FaqEntry(
                id="about",
                lang="ko",
                question="모아봇이 뭐예요?",
                answer="모아봇은 영수증을 모아 주는 도우미입니다.",
            ),
            FaqEntry(
                id="gym-hours",
                lang="ko",
                question="체육관 운영 시간이 어떻게 되나요?",
                variants=("체육관 몇 시까지 해요?",),
                answer="체육관은 평일 06:00–22:00, 주말 08:00–18:00에 엽니다.",
            ),
        ]
    )


@pytest.mark.parametrize("text", ["모아봇 뭐임", "모아봇 이게 뭐임"])
def test_a_question_ending_on_chat_im_finds_its_entry(text: str) -> None:
    hit = _book().lookup(text)
    assert hit is not None and hit.entry.id == "about"


@pytest.mark.parametrize("text", ["그럼 그날 체육관 몇시까지 해요", "그때 체육관 몇 시까지 해요?"])
def test_a_day_pointed_back_at_is_no_topic_of_the_question(text: str) -> None:
    hit = _book().lookup(text)
    assert hit is not None and hit.entry.id == "gym-hours"
