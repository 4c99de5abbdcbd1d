"""A money figure of a local model's document answer is stated only where it is money.

Held-out 54's "how much does a replacement library card cost" (the guide gives no such
fee) was answered "A replacement library card costs £10." (another run: £12): the
overdue table's cap for a one-week loan. ``attached_elsewhere`` looks for the sentences
stating the answer's figures and passes the answer when one of them names as much of the
question as the best sentence holding an amount; "£10" was found in "up to 10 holds … in
the library catalogue", which names the library. An amount of money is now stated only
by a sentence writing that figure as money.
"""

from __future__ import annotations

import pytest

import agents.grounded_figures as grounded_figures
from agents.answer_grounding import ungrounded

# (question, answer, passages): the figure is money only where the thing asked is unnamed.
MONEY_OF_ANOTHER_THING = [
    (
        "how much does a replacement library card cost",
        "A replacement library card costs £10.",
        [
            "| One-week loan | £0.50 per day | £10 |",
            "You can place up to 10 holds at a time in the library catalogue.",
            "For lost items you pay the replacement cost plus a £15 processing fee.",
        ],
    ),
    (
        "how much is a gym locker key replacement",
        "A locker key replacement costs €8.",
        [
            "| Day pass | €8 |",
            "Each gym floor has 8 showers.",
            "A replacement costs the item's price plus a €5 handling fee.",
        ],
    ),
    (
        "what does a new parking permit cost",
        "A new parking permit costs $25.",
        [
            "| Monthly visitor pass | $25 |",
            "The parking garage has 25 spaces for staff.",
            "Permits are renewed for a $40 fee each year.",
        ],
    ),
    (
        "how much is the museum audio guide",
        "The museum audio guide costs £4.",
        [
            "| Child ticket | £4 |",
            "The museum offers its audio guide in 4 languages.",
            "The audio guide is included with the £12 adult ticket.",
        ],
    ),
    (
        "how much is a lost hotel key card",
        "A lost hotel key card costs $30.",
        [
            "| Late checkout | $30 |",
            "Each hotel key card opens up to 30 doors.",
            "Replacing a lost key is charged at $15.",
        ],
    ),
    (
        "도서관 회원증 재발급 얼마예요",
        "도서관 회원증 재발급은 3,000원입니다.",
        [
            "| 1일 이용권 | 3,000원 |",
            "도서관 열람실은 3,000명까지 이용할 수 있습니다.",
            "회원증 외의 자료를 분실하면 수수료 5,000원을 냅니다.",
        ],
    ),
]


@pytest.mark.parametrize(("question", "answer", "passages"), MONEY_OF_ANOTHER_THING)
def test_an_amount_found_only_as_another_kind_of_figure_is_not_grounded(
    question: str, answer: str, passages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = ungrounded(answer, question, passages)
    assert reason is not None and "of something else" in reason
    monkeypatch.setattr(grounded_figures, "_MONEY_AS_MONEY", False)
    assert ungrounded(answer, question, passages) is None


# Near misses: the amount is money in a sentence naming the thing, or written in words.
STATED_FOR_THE_THING = [
    (
        "how much does a replacement library card cost",
        "A replacement library card costs £5.",
        [
            "| Replacement library card | £5 |",
            "You can place up to 5 holds at a time in the library catalogue.",
        ],
    ),
    (
        "how much is a gym locker key replacement",
        "A locker key replacement costs €8.",
        ["A lost gym locker key is replaced for €8.", "Each gym floor has 8 showers."],
    ),
    (
        "what does a new parking permit cost",
        "A new parking permit costs $25.",
        ["A new parking permit costs 25 dollars.", "| Visitor pass | $10 |"],
    ),
]


@pytest.mark.parametrize(("question", "answer", "passages"), STATED_FOR_THE_THING)
def test_an_amount_stated_for_the_thing_asked_stays_grounded(
    question: str, answer: str, passages: list[str]
) -> None:
    assert ungrounded(answer, question, passages) is None
