"""Rules found on the twenty-fourth blind set (e-scooter terms, self-storage terms).

The examples are our own (a massage-chair lounge, a pizza shop, an art studio, a bike
park), not that set's questions. Each test also shows the wrong answer with its rule off.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.crosslingual import concept_groups
from tools.rag.intensified_sizes import misses_intensified_size
from tools.rag.minute_rates import asks_per_minute
from tools.rag.models import Passage
from tools.rag.price_periods import misses_asked_period
from tools.rag.question import analyze_question
from tools.rag.row_subjects import row_about_unasked_item


def _passage(heading: str, text: str, source: str = "shop.md") -> Passage:
    return Passage(chunk_id=heading[:8], source=source, heading=heading, text=text)


def _answer(
    question: str, passages: list[Passage], frequency: Callable[[str], int] | None = None
) -> str:
    found = extractive_answer(question, passages, max_sentences=1, frequency=frequency)
    return found.text if found.covered else ""


# --- a per-minute rate (tools.rag.minute_rates) -------------------------------------------

_LOUNGE = _passage(
    "요금 안내",
    "안마의자 이용 시 보증금 20,000원을 받습니다.\n의자를 파손하면 수리비 50,000원을 청구합니다.",
)


def test_a_per_minute_price_is_a_period_the_sum_must_be_stated_for() -> None:
    assert asks_per_minute("안마의자 분당 얼마에요")
    assert asks_per_minute("how much per minute is the massage chair")
    assert not asks_per_minute("안마의자 10분 동안 얼마에요")
    assert misses_asked_period("안마의자 분당 얼마에요", "보증금 20,000원을 받습니다.")
    assert not misses_asked_period("안마의자 분당 얼마에요", "이용료는 분당 300원입니다.")
    # A table row whose column heading says per minute.
    assert not misses_asked_period(
        "안마의자 분당 얼마에요", "| 일반 | 300원 |", "| 구분 | 분당 요금 |", row=True
    )
    assert misses_asked_period(
        "how much is the massage chair per minute", "A deposit of 20,000 won is taken."
    )
    assert not misses_asked_period(
        "how much is the massage chair per minute", "It costs 300 won per minute."
    )


def test_a_per_minute_question_is_not_answered_by_another_sum() -> None:
    question = "안마의자 분당 얼마에요"
    assert _answer(question, [_LOUNGE]) == ""
    with mock.patch("tools.rag.price_periods.asks_per_minute", return_value=False):
        assert "원" in _answer(question, [_LOUNGE])  # rule off: the deposit answers


# --- a graded size (tools.rag.intensified_sizes) ------------------------------------------

_PIZZA = _passage(
    "Pizza sizes",
    "Medium pizza | 30 cm | 15,000 won |\n"
    "Large pizza | 36 cm | 19,000 won |\n"
    "Extra cheese costs an extra 2,000 won on any pizza.",
)


def test_an_intensified_size_is_a_size_of_its_own() -> None:
    question = "how much is an extra large pizza"
    assert misses_intensified_size(question, "Large pizza 36 cm 19,000 won")
    assert misses_intensified_size(question, "Extra cheese costs an extra 2,000 won.")
    assert not misses_intensified_size(question, "Extra-large pizza 42 cm 24,000 won")
    assert not misses_intensified_size(question, "XL pizza 42 cm 24,000 won")
    assert not misses_intensified_size("how much is a large pizza", "Large pizza 19,000 won")
    assert misses_intensified_size("특대형 피자 얼마에요", "대형 피자 19,000원")
    assert not misses_intensified_size("특대형 피자 얼마에요", "특대형 피자 24,000원")


def test_an_extra_large_question_is_not_answered_by_the_large_row() -> None:
    question = "how much is an extra large pizza"
    assert _answer(question, [_PIZZA]) == ""
    with mock.patch("tools.rag.answer.misses_intensified_size", return_value=False):
        assert "won" in _answer(question, [_PIZZA])  # rule off: Large or "an extra"


# --- a row's other cells describe its own item (tools.rag.row_subjects) -------------------

_STUDIO = _passage(
    "Classes",
    "| Class | Price | Comes with |\n"
    "|---|---|---|\n"
    "| Watercolour taster | 25,000 won | 2 paint brushes and paper |\n"
    "| Oil painting | 40,000 won | an apron |",
    source="studio.md",
)


def test_a_row_labelled_with_another_item_does_not_answer_whether() -> None:
    q = "do you sell paint brushes at the studio"
    asked = analyze_question(q)
    groups = concept_groups(asked.terms)
    row = "| Watercolour taster | 25,000 won | 2 paint brushes and paper |"
    assert row_about_unasked_item(q, row, asked, groups)
    own = "| Paint brushes | 3,000 won | sold at the desk |"
    assert not row_about_unasked_item(q, own, asked, groups)
    assert not row_about_unasked_item(q, "We sell paint brushes at the desk.", asked, groups)
    typed = analyze_question("which class comes with paint brushes")
    assert not row_about_unasked_item(
        "which class comes with paint brushes", row, typed, concept_groups(typed.terms)
    )


def test_a_yes_no_question_is_not_answered_by_another_items_row() -> None:
    question = "do you sell paint brushes at the studio"
    assert _answer(question, [_STUDIO]) == ""
    with mock.patch("tools.rag.answer.row_about_unasked_item", return_value=False):
        assert "Watercolour" in _answer(question, [_STUDIO])  # rule off: the class row


# --- a priced plan is a product (tools.rag.plan_products) ---------------------------------


def test_a_priced_plan_is_a_lookup_not_a_plan_to_compose() -> None:
    from tools.rag.synthesis import needs_synthesis

    assert not needs_synthesis("how much is the family data plan")[0]
    assert not needs_synthesis("what's the price of a gold membership plan")[0]
    assert needs_synthesis("my data plan is 30,000 won, how much a year? plan it")[0]
    assert needs_synthesis("make a plan for my trip to busan")[0]
    assert needs_synthesis("help me plan a budget")[0]
    assert needs_synthesis("plan my week")[0]
    with mock.patch("tools.rag.synthesis.names_priced_plan", return_value=False):
        assert needs_synthesis("how much is the family data plan")[0]  # rule off: a plan


# --- an HTML table row's heading row (tools.rag.table_columns) ----------------------------

_GARAGE_TABLE = """<table>
<tr><th>Bay</th><th>Size</th><th>Monthly rent</th></tr>
<tr><td>Compact</td><td>2.3 x 5 m</td><td>70,000 won</td></tr>
<tr><td>Wide</td><td>3 x 5.5 m</td><td>95,000 won</td></tr>
</table>"""


def test_an_html_rows_sum_is_per_the_period_its_column_heading_names() -> None:
    from tools.rag.parsers import _html_to_markdown
    from tools.rag.qualifiers import answers_another_question
    from tools.rag.table_columns import with_column_headings

    passage = _html_to_markdown(_GARAGE_TABLE)
    raw = "Wide | 3 x 5.5 m | 95,000 won |"
    assert with_column_headings(raw, "S", passage) == "Bay | Size | Monthly rent | S"
    assert with_column_headings("Bay | Size | Monthly rent |", "S", passage) == "S"
    question = "how much is a wide parking bay per month"
    sentence = "Wide 3 x 5.5 m 95,000 won"
    assert not answers_another_question(question, sentence, raw, passage)
    with mock.patch("tools.rag.table_columns._HTML_ROW") as html_row:
        html_row.match.return_value = None  # rule off: no heading row for an HTML row
        assert answers_another_question(question, sentence, raw, passage)
