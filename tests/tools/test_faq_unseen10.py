"""FAQ questions the way the tenth unseen set typed them (its mechanism, own inputs).

Chat ends a question on an emoticon typed in jamo or signs ("ㅠㅠ", "ㅎㅎ", "^^"): a mood,
no word of the question.
"""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, FaqEntry


def _book() -> FaqBook:
    return FaqBook(
        [
            FaqEntry(
                id="card-lost",
                lang="ko",
                question="회원카드를 잃어버렸어요",
                variants=("회원카드 재발급 받을 수 있어요?",),
                answer="신분증을 가지고 안내데스크에 오시면 회원카드를 다시 만들어 드립니다.",
            ),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "회원카드 잃어버렸는데 어떡해요ㅠㅠ",
        "회원카드를 잃어버렸어요ㅜㅜ",
        "회원카드 재발급 받을 수 있어요?ㅎㅎ",
        "회원카드 잃어버렸어요 ^^;;",
    ],
)
def test_a_question_ending_on_an_emoticon_finds_its_entry(text: str) -> None:
    hit = _book().lookup(text)
    assert hit is not None and hit.entry.id == "card-lost"


def test_an_emoticon_alone_is_no_question() -> None:
    assert _book().lookup("ㅠㅠ") is None
