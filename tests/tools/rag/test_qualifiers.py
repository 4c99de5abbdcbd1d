"""What a question fixes about its answer: figures, limits, anchors, table rows.

Examples of our own (a library, a bakery, a clinic), not the held-out sets' questions.
"""

from __future__ import annotations

import math

from tools.rag.qualifiers import (
    anchor_conflict,
    answer_text,
    answers_another_question,
    figure_conflict,
    figures_by_unit,
    missing_limit,
    row_names_other_item,
    row_values,
    states_question_figures,
    untranslatable,
)

PRICES = """| 상품 | 포함 | 가격 |
|---|---|---|
| 식빵 2개 | 식빵 | 6,000원 |
| 식빵 6개 | 식빵 | 15,000원 |
| 케이크 1개 | 케이크 | 30,000원 |
| 세트 1개 | 식빵 + 케이크 | 33,000원 |"""


def test_figures_are_read_with_their_unit_range_and_open_end() -> None:
    assert figures_by_unit("대출은 2주, 연장은 1주") == {"주": [(2.0, 2.0), (1.0, 1.0)]}
    assert figures_by_unit("성인은 250~500mg을") == {"mg": [(250.0, 500.0)]}
    assert figures_by_unit("6개월 이상 회원") == {"개월": [(6.0, math.inf)]}
    assert figures_by_unit("2시간까지 무료") == {"시간": [(0.0, 2.0)]}
    # English units read as the Korean ones, so a figure is compared across languages.
    assert figures_by_unit("for 6 months or more") == {"개월": [(6.0, math.inf)]}
    # Dotted digits that are no number (an address, an id) are skipped, not a crash
    # (the privacy suite's generated text once stopped a turn here).
    assert figures_by_unit("접속 주소 602.384704.11185원, 요금 3,000원") == {
        "원": [(3000.0, 3000.0)]
    }


def test_an_english_open_end_before_the_figure_reaches_to_infinity() -> None:
    # "larger than 50,000 won" states every sum above it, as "50,000원 초과" does.
    assert figures_by_unit("no change for bills larger than 50,000 won") == {
        "원": [(50000.0, math.inf)]
    }
    assert figures_by_unit("50,000원 초과 지폐") == {"원": [(50000.0, math.inf)]}
    assert not figure_conflict("Can I pay with a 100,000 won bill?", "bills over 50,000 won")
    assert figure_conflict("Can I pay with a 10,000 won bill?", "bills over 50,000 won")


def test_a_figure_the_question_states_must_be_stated_by_the_sentence() -> None:
    question = "케이크 6개월 정기권은 얼마예요?"
    assert figure_conflict(question, "케이크 1개월 정기권 30,000원")  # another figure
    assert figure_conflict(question, "배달비는 3,000원입니다.")  # no six months at all
    assert not figure_conflict(question, "6개월 이상 정기권은 10% 할인됩니다.")
    assert not figure_conflict("How much is a 6-month pass?", "6개월 정기권 150,000원")
    # "1" is phrasing as often as data: it only conflicts with other figures of its unit.
    assert not figure_conflict("1회 복용량은 얼마예요?", "성인은 한 번에 500mg")
    assert figure_conflict("1개월권은 얼마예요?", "6개월권 150,000원")


def test_a_limit_asked_for_needs_a_limit_stated() -> None:
    question = "하루 최대 몇 권까지 빌릴 수 있어요?"
    assert missing_limit(question, "책은 보통 3권을 빌립니다.")
    assert not missing_limit(question, "한 사람이 5권까지 빌릴 수 있습니다.")
    assert missing_limit("What is the minimum age for the course?", "The course lasts 8 weeks.")
    assert not missing_limit("What is the minimum age?", "Children aged 10 or older may join.")
    assert not missing_limit("책은 몇 권 빌릴 수 있어요?", "책은 보통 3권을 빌립니다.")


def test_an_offset_asked_for_must_count_from_the_questions_anchor() -> None:
    question = "How many days before the trip should I cancel?"
    assert anchor_conflict(question, "Return books 3 days before the library closes.")
    assert anchor_conflict(question, "The trip lasts 3 days.")  # a length, not an offset
    assert not anchor_conflict(question, "Cancel at least 3 days before the trip.")
    assert not anchor_conflict(question, "Please cancel 3 days in advance.")
    korean = "수업 몇 분 전에 와야 돼요?"
    assert anchor_conflict(korean, "폐관 30분 전까지 입장하세요.")
    assert not anchor_conflict(korean, "수업 10분 전까지 와 주세요.")
    # A before/after that is a condition of the question, not the figure asked for.
    assert not anchor_conflict("How much is parking after the first hour?", "1시간이 지나면 500원")


def test_a_table_row_answers_with_its_values_not_its_label() -> None:
    row = "| 식빵 6개 | 식빵 | 15,000원 |"
    assert row_values(row) == "식빵 15,000원"
    assert row_values("식빵은 매일 구워요.") is None
    assert answer_text(row, "식빵 6개 식빵 15,000원") == "식빵 15,000원"
    assert answer_text("식빵은 매일 구워요.", "식빵은 매일 구워요.") == "식빵은 매일 구워요."


def test_a_table_row_of_another_item_does_not_answer() -> None:
    rows = {line.split("|")[1].strip(): line for line in PRICES.splitlines()[2:]}
    question = "케이크 6개 사면 얼마예요?"
    assert row_names_other_item(question, rows["식빵 6개"], PRICES)
    assert not row_names_other_item(question, rows["케이크 1개"], PRICES)
    # The set holds both in its cells, so it may answer a question naming both.
    both = "식빵이랑 케이크 같이 사면 얼마예요?"
    assert not row_names_other_item(both, rows["세트 1개"], PRICES)
    assert row_names_other_item(both, rows["식빵 2개"], PRICES)
    assert not row_names_other_item(question, "케이크는 매일 구워요.", PRICES)


def test_answers_another_question_combines_the_checks() -> None:
    assert answers_another_question("이 약 하루 최대 몇 mg이에요?", "한 번에 200mg을 먹습니다.")
    assert not answers_another_question(
        "이 약 하루 최대 몇 mg이에요?", "하루 최대 800mg을 넘기지 마세요."
    )
    row = "| 식빵 6개 | 식빵 | 15,000원 |"
    assert answers_another_question("케이크 6개 얼마예요?", "식빵 6개 식빵 15,000원", row, PRICES)


def test_a_figure_of_the_question_may_be_stated_in_another_spelling_of_its_unit() -> None:
    assert states_question_figures("요가 8번 들으면 얼마예요?", "요가 8회 수강권 96,000원")
    assert states_question_figures("How much is a 6-month pass?", "6개월 정기권 150,000원")
    assert not states_question_figures("요가 8번 들으면 얼마예요?", "요가 10회 수강권 110,000원")
    # A bare number still needs the number itself.
    assert not states_question_figures("규칙 7번 항목 7은요?", "규칙 7회: 음식 금지")
    assert states_question_figures("What does rule 7 say?", "Rule 7: no food")


def test_a_term_with_no_form_in_the_sentences_language_is_untranslatable() -> None:
    sentence = "성인은 하루 최대 4,000mg을 넘기지 마세요."
    # "day" has 하루 in the bridge; "zeppelin" has no Korean form there.
    assert untranslatable(["day", "zeppelin"], sentence) == {"zeppelin"}
    # A term in the sentence's own script is never untranslatable.
    assert untranslatable(["비행선"], sentence) == set()
