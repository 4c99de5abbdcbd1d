"""Rules found on the thirty-fifth blind set (a dog groomer's price list, a pool timetable).

The examples are our own (a car wash with a van price, a nail salon, a sauna, a kids'
café, places in 연남 and 합정, a Korean cat hotel), not that set's questions. Each test
also shows the wrong reading with its rule off.
"""

from __future__ import annotations

import re
from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.asked_without import misses_waived_need, waived_needs
from tools.rag.lead_times import states_only_lead_times
from tools.rag.models import Passage
from tools.rag.qualifiers import answers_another_question
from tools.rag.question import analyze_question
from tools.rag.romanised_names import romanise, romanised_links
from tools.rag.table_item_prices import prices_other_items, row_misses_priced_class, table_items
from tools.rag.translated_case import names_every_term_across

# --- a lead time of two units (lead_times) ---------------------------------------------------


def test_a_lead_time_of_hours_and_minutes_is_no_length() -> None:
    question = "젤네일 받으면 시간 얼마나 걸려요?"
    lead = "젤네일 마지막 예약은 마감 1시간 30분 전까지, 케어는 40분 전까지 받습니다."
    assert states_only_lead_times(question, lead)
    assert states_only_lead_times("how long does a massage take", "Book 1 hour 30 minutes ahead.")
    assert not states_only_lead_times(question, "젤네일은 1시간 30분쯤 걸립니다.")
    # Read unit by unit (as before), "1시간" is followed by "30분", no word of notice.
    one_unit = re.compile(r"\d+(?:[.,~\-]\d+)?\s*(?:시간|분|hours?|minutes?)")
    with mock.patch("tools.rag.lead_times._DURATION", one_unit):
        assert not states_only_lead_times(question, lead)


# --- a worn cap is no bound (worn_caps) ------------------------------------------------------


def test_a_worn_cap_is_a_topic_not_a_bound() -> None:
    asked = analyze_question("do i have to wear a shower cap in the sauna")
    assert "cap" in asked.topic_terms and asked.answer_type != "count"
    bound = analyze_question("is there a cap on refunds")
    assert "cap" not in bound.terms and bound.answer_type == "count"
    with (
        mock.patch("tools.rag.question.worn_cap_terms", return_value=set()),
        mock.patch("tools.rag.question.without_worn_caps", side_effect=lambda text: text),
    ):
        off = analyze_question("do i have to wear a shower cap in the sauna")
    assert "cap" not in off.terms and off.answer_type == "count"


# --- doing without N (asked_without) ---------------------------------------------------------


def test_a_question_about_doing_without_n_needs_n_named() -> None:
    question = "키즈카페 보호자 없이 아이만 들어가도 돼요?"
    assert waived_needs(question) == ["보호자"]
    assert waived_needs("can kids come in without an adult") == ["adult"]
    silent = "키즈카페는 만 2세부터 9세까지 이용할 수 있습니다."
    assert misses_waived_need(question, silent)
    assert not misses_waived_need(question, "초등학생 이하는 보호자와 함께 입장해야 합니다.")
    assert not misses_waived_need(question, "초등학생은 혼자 입장할 수 없고, 없이는 안 됩니다.")
    assert not misses_waived_need("키즈카페 몇 살부터 들어가요?", silent)
    assert answers_another_question(question, silent)
    with mock.patch("tools.rag.qualifiers.misses_waived_need", return_value=False):
        assert not answers_another_question(question, silent)


# --- Korean names romanised (romanised_names) ------------------------------------------------


def test_a_romanised_korean_name_links_to_its_hangul() -> None:
    assert [romanise(w) for w in ("연남", "합정", "신림", "상암", "판교")] == [
        "yeonnam",
        "hapjeong",
        "sillim",
        "sangam",
        "pangyo",
    ]
    words = frozenset({"연남", "합정", "카페", "점"})
    assert romanised_links({"yeonnam": "Yeonnam"}, words) == {"yeonnam": frozenset({"연남"})}
    # Short words are pieces of many names; a word no Korean word romanises is left alone.
    assert romanised_links({"jeom": "jeom", "latte": "latte"}, words) == {}


# --- a translated sentence naming every word (translated_case) -------------------------------

_CAT_HOTEL = Passage(
    chunk_id="c1",
    source="cat_hotel.md",
    heading="냥이호텔 이용 안내 > 지점 안내",
    text="고양이 목욕은 하지 않습니다. 주차는 건물 뒤편에 하시면 됩니다.",
)


def test_a_sentence_naming_every_term_in_the_other_language_answers() -> None:
    terms = [("cat", frozenset({"cat", "고양이"})), ("bath", frozenset({"bath", "목욕"}))]
    tokens = {"고양이", "목욕", "하"}
    assert names_every_term_across(
        "do you bath cats", "고양이 목욕은 하지 않습니다.", terms, tokens
    )
    # The same language, or one term: the vocabulary's own check decides.
    assert not names_every_term_across("고양이 목욕 돼요?", "고양이 목욕은 …", terms, tokens)
    assert not names_every_term_across("cats?", "고양이 목욕은 …", terms[:1], tokens)
    # A question asking where (a kind of answer) is not answered by naming its words.
    office = [("manag", frozenset({"manag", "관리"})), ("offic", frozenset({"offic", "사무소"}))]
    paying = "관리사무소 창구에서 신용카드로도 낼 수 있습니다."
    assert not names_every_term_across(
        "where is the management office", paying, office, {"관리", "사무소", "창구"}
    )


def test_a_translated_sentence_is_not_passed_over_for_its_heading() -> None:
    def answer() -> str:
        return extractive_answer(
            "do you bath cats", [_CAT_HOTEL], idf=lambda _: 1.0, frequency=lambda _: 3
        ).text

    assert "고양이 목욕은 하지 않습니다" in answer()
    with mock.patch("tools.rag.answer.names_every_term_across", return_value=False):
        assert "고양이 목욕은 하지 않습니다" not in answer()


# --- a price table's items priced apart for a class (table_item_prices) ---------------------

_CAR_WASH = """# 반짝세차 가격표

서비스 | 소형 | 중형 |

손세차 | 30,000원 | 40,000원 |

실내 청소 | 50,000원 | 60,000원 |

유리막 코팅 (1년 보증) | 200,000원 | 250,000원 |

- 승합차는 손세차 55,000원부터, 실내 청소 80,000원부터이며 차를 보고 정해 드립니다.
- 광택 작업은 차 크기와 상관없이 150,000원입니다.
"""
_VAN_NOTE = "승합차는 손세차 55,000원부터, 실내 청소 80,000원부터이며 차를 보고 정해 드립니다."
_COATING_ROW = "유리막 코팅 (1년 보증) | 200,000원 | 250,000원 |"


def test_a_price_tables_items_and_its_lines_priced_apart() -> None:
    items, _, headers = table_items(_CAR_WASH)
    assert items == frozenset({"손세차", "청소", "코팅"})
    assert headers == frozenset({"서비스 | 소형 | 중형 |"})
    assert prices_other_items("승합차 코팅은 얼마에요?", _VAN_NOTE, _CAR_WASH)
    assert not prices_other_items("승합차 손세차 얼마에요?", _VAN_NOTE, _CAR_WASH)
    # A Korean line with an amount and no item of the table prices no item asked.
    polish = "광택 작업은 차 크기와 상관없이 150,000원입니다."
    assert prices_other_items("코팅 얼마에요?", polish, _CAR_WASH)
    # 얼마나 걸려요 asks a duration, not an amount: no item's price is asked.
    assert not prices_other_items("승합차 코팅은 얼마나 걸려요?", _VAN_NOTE, _CAR_WASH)
    assert row_misses_priced_class("승합차 코팅은 얼마에요?", _COATING_ROW, _CAR_WASH)
    assert not row_misses_priced_class("유리막 코팅 얼마에요?", _COATING_ROW, _CAR_WASH)
    assert not row_misses_priced_class("중형 코팅 얼마에요?", _COATING_ROW, _CAR_WASH)  # a column


def _answer_over(document: str, heading: str, question: str) -> str:
    """The extractive answer to ``question`` over ``document``'s text after ``heading``."""
    text = document.split(heading, 1)[1].split("\n", 1)[1]
    passage = Passage(chunk_id="c1", source="doc.md", heading=heading, text=text)
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_text=lambda _: document,
    ).text


def _wash_answer(question: str) -> str:
    return _answer_over(_CAR_WASH, "반짝세차 가격표", question)


def test_a_class_priced_apart_is_not_answered_by_the_table_or_other_items() -> None:
    quoted = _wash_answer("승합차 코팅은 얼마에요?")
    assert "200,000원" not in quoted and "55,000원부터" not in quoted
    with mock.patch("tools.rag.answer.row_misses_priced_class", return_value=False):
        assert "200,000원" in _wash_answer("승합차 코팅은 얼마에요?")
    with mock.patch("tools.rag.answer.prices_other_items", return_value=False):
        assert "55,000원부터" in _wash_answer("승합차 코팅은 얼마에요?")
    # The item asked, in the table or in the class's own line, still answers.
    assert "200,000원" in _wash_answer("유리막 코팅 얼마에요?")
    assert "55,000원부터" in _wash_answer("승합차 손세차 얼마에요?")


_GYM = """# Membership payments

## Ways to pay

| Method | Fee |
|---|---|
| Direct debit | free |
| Cash at the reception counter | $1.50 per payment |

- If a direct debit fails, we try again after 5 days; a fee of $5 is charged if it fails twice.

## Extras

| Item | Price |
|---|---|
| Towel hire fee | $2 |
"""


def _gym_answer(question: str) -> str:
    return _answer_over(_GYM, "Ways to pay", question)


def test_a_price_row_is_read_as_a_row_not_as_a_line_pricing_another_item() -> None:
    # Held-out 12's "is there a fee if my mum pays cash at the post office?" was answered
    # with a direct debit's dishonour fee: its post-office row, flattened, read as a line
    # pricing another item ("counter", not the "fee" of another table) and was passed over.
    question = "is there a fee if my dad pays cash at reception?"
    row = "| Cash at the reception counter | $1.50 per payment |"
    flattened = "Cash at the reception counter $1.50 per payment"
    assert not prices_other_items(question, row, _GYM)
    assert prices_other_items(question, flattened, _GYM)
    # The answer's screens are given each candidate as written, so the row stays a row.
    seen: list[str] = []

    def spy(question: str, sentence: str, document: str) -> bool:
        seen.append(sentence)
        return prices_other_items(question, sentence, document)

    with mock.patch("tools.rag.answer.prices_other_items", spy):
        _gym_answer(question)
    assert row in seen and flattened not in seen
