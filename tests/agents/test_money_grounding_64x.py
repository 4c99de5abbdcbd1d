"""A money figure of a document answer is grounded only by a figure stated as money.

Held-out 54's "how much does a replacement library card cost" (the guide gives no such
fee) was answered "A replacement library card costs £12." and passed: the figure check
let an amount come from any bare figure, and the opening hours' "24:00" read on the
12-hour clock is 12. An amount now comes from a figure with a currency sign or word, a
bare figure on a line naming a currency, or a bare figure in a table column whose header
or another cell names one (``agents.grounded_figures._money_values``).
"""

from __future__ import annotations

import pytest

import agents.grounded_figures as grounded_figures
from agents.answer_grounding import ungrounded
from agents.grounded_figures import new_figures
from tests.tools.rule_switch import off

MONEY_OFF = off(grounded_figures, "_MONEY_NEEDS_MONEY", False)

# (question, answer, passages): the figure is in the passages, never as money.
NOT_MONEY = [
    (
        "how much is a guest wifi pass",
        "A guest wifi pass costs $8.",
        ["The café has 8 tables and a terrace.", "A day ticket is $5 and a week ticket $20."],
    ),
    (
        "what's the fee for a lost locker key",
        "A lost locker key costs £10.",
        ["The gym is open 06:00–22:00 every day.", "A month's membership is £35."],
    ),
    (
        "사물함 이용료 얼마예요",
        "사물함 이용료는 2,000원입니다.",
        ["회원 2,000명이 이용하는 체육관입니다.", "일일 입장료는 5,000원입니다."],
    ),
    (
        "how much does a student printing card cost",
        "A student printing card costs £25.",
        ["| Students | 25 pages a day | £3 a month |", "Staff pay £5 a month."],
    ),
    (
        "how much is the museum day pass",
        "The museum day pass is 15 euros.",
        ["The museum has 15 galleries on three floors.", "Guided tours cost 8 euros."],
    ),
    (
        "what does a replacement bus card cost",
        "A replacement bus card costs ₩4,000.",
        ["Bus 4,000 runs every 20 minutes.", "A new card is charged 2,500원 once."],
    ),
]


@pytest.mark.parametrize(("question", "answer", "passages"), NOT_MONEY)
def test_an_amount_found_only_as_a_bare_figure_is_new(
    question: str, answer: str, passages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = "\n".join([question, *passages])
    assert new_figures(answer, sources, question)
    assert ungrounded(answer, question, passages) is not None
    MONEY_OFF(monkeypatch)
    assert new_figures(answer, sources, question) == []


def test_the_held_out_54_card_fee_is_not_grounded_by_the_opening_hours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "how much does a replacement library card cost"
    answer = "A replacement library card costs £12."
    passages = [
        "- Borrowing is also blocked while you owe £20 or more in total.\n"
        "- An item 60 days overdue is treated as lost. You pay the replacement cost of "
        "the item plus a £15 processing fee.",
        "- Alumni membership costs £40 a year.\n- Community membership costs £60 a year.",
        "| Library | Monday–Friday | Saturday |\n|---|---|---|\n"
        "| Main Library | 08:00–24:00 | 10:00–22:00 |",
    ]
    assert ungrounded(answer, question, passages) is not None
    MONEY_OFF(monkeypatch)
    assert ungrounded(answer, question, passages) is None


# Near misses: the bare figure is stated as money by its table column or its line.
STATED_AS_MONEY = [
    (
        "how much is a child ticket",
        "A child ticket costs £6.",
        ["| Ticket | Price (£) |\n|---|---|\n| Adult | 12 |\n| Child | 6 |"],
    ),
    (
        "what does an adult pay",
        "An adult pays €12.",
        ["Prices in euros: adults 12, children 6, under-threes free."],
    ),
    (
        "다목적실 대관료 얼마예요",
        "다목적실 대관료는 1시간 15,000원입니다.",
        ["| 시설 | 1시간 요금(원) |\n|---|---|\n| 다목적실 | 15,000 |\n| 세미나실 | 10,000 |"],
    ),
    (
        "how much is the laptop late charge per hour",
        "The laptop late charge is €5 per hour.",
        ["Laptops returned late are charged 5 € per hour, up to 50 €."],
    ),
    (
        "how much do 4 one-week loans cost one day late",
        "Four one-week loans one day late cost £2.",
        ["| Item | Charge |\n|---|---|\n| One-week loan | £0.50 per day |"],
    ),
    (
        "how much is the day pass",
        "The day pass costs $7.",
        ["| Pass | Cost |\n|---|---|\n| Week pass | $30 |\n| Day pass | 7 |"],
    ),
]


@pytest.mark.parametrize(("question", "answer", "passages"), STATED_AS_MONEY)
def test_a_bare_figure_under_a_currency_is_an_amount(
    question: str, answer: str, passages: list[str]
) -> None:
    assert ungrounded(answer, question, passages) is None
