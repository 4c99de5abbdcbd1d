"""Rules found on the thirty-third blind set (a wedding hall's guide, an island ferry page).

The examples are our own (an airport coach, a concert hall, a bakery, a river cruise, a
museum café), not that set's questions. Each test also shows the wrong reading with its
rule off.
"""

from __future__ import annotations

from unittest import mock

import pytest

from tests.tools.rag.known_words_store import holding_all_but
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import answer_type
from tools.rag.changed_dates import without_changed_dates
from tools.rag.crosslingual import equivalents, use_everyday_vocabulary
from tools.rag.dense_confirmed import dense_confirmed_answer
from tools.rag.korean_asked_for import korean_asked_for
from tools.rag.lead_time_asked import asks_how_early, states_no_lead_time
from tools.rag.models import Passage
from tools.rag.named_services import named_service
from tools.rag.parenthesized_times import times_only_in_parentheses
from tools.rag.qualifiers import answers_another_question
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

# --- how early is not answered by a span with no advance notice (lead_time_asked) ----------

_JOURNEY = "The airport coach leaves from Central Station (journey time 55 minutes)."
_CHECK_IN = "Passengers with luggage should be at the stop 15 minutes before departure."


def test_how_early_asks_for_a_lead_time() -> None:
    question = "how early should i be at the coach stop with luggage"
    assert asks_how_early(question)
    assert asks_how_early("공연 얼마나 일찍 가야 돼요?")
    assert not asks_how_early("how long is the coach journey")
    assert states_no_lead_time(question, _JOURNEY)
    assert not states_no_lead_time(question, _CHECK_IN)
    assert not states_no_lead_time(question, "Doors open at 7pm.")  # no span: left alone
    early = "공연 얼마나 일찍 가야 돼요?"
    assert not states_no_lead_time(early, "공연 시작 30분 전까지 입장해 주세요.")
    # The question asks how long the journey is: a journey time answers it.
    assert not states_no_lead_time("how long is the coach journey", _JOURNEY)


def test_a_journey_time_does_not_say_how_early() -> None:
    question = "how early should i be at the coach stop with luggage"
    assert answers_another_question(question, _JOURNEY)
    # (early57's arrival check also screens it: the journey names no arriving.)
    with (
        mock.patch("tools.rag.qualifiers.states_no_lead_time", return_value=False),
        mock.patch("tools.rag.qualifiers.misses_arrival_act", return_value=False),
    ):
        assert not answers_another_question(question, _JOURNEY)


# --- a date the asker changes is not asked for (changed_dates) ----------------------------


def test_a_changed_date_asks_for_no_date() -> None:
    assert without_changed_dates("공연 날짜 바꾸면 수수료 있어요?") == "공연  바꾸면 수수료 있어요?"
    assert (
        without_changed_dates("예약날짜를 미루면 위약금 얼마예요?")
        == "예약를 미루면 위약금 얼마예요?"
    )
    # 날짜 asked for, no verb of changing, or no charge asked: unchanged.
    assert without_changed_dates("입금 날짜 알려주세요") == "입금 날짜 알려주세요"
    assert without_changed_dates("예약 날짜 바꿀 수 있어요?") == "예약 날짜 바꿀 수 있어요?"
    assert answer_type("공연 날짜 바꾸면 수수료 있어요?") is None
    assert answer_type("공연 날짜 언제까지 바꿀 수 있어요?") == "datetime"  # 언제 still asks
    with mock.patch("tools.rag.answer_types.without_changed_dates", side_effect=lambda q: q):
        assert answer_type("공연 날짜 바꾸면 수수료 있어요?") == "datetime"


# --- what a Korean what-question asks for (korean_asked_for) ------------------------------


def test_the_noun_a_korean_what_question_asks_for() -> None:
    assert korean_asked_for("케이크 시식 메뉴 뭐 나와요?") == {"메뉴"}
    assert korean_asked_for("준비물이 뭐예요?") == set(tokenize("준비물"))
    assert korean_asked_for("무슨 서류 필요해요?") == set(tokenize("서류"))
    assert korean_asked_for("뭐 가져가요?") == set()
    assert korean_asked_for("what is on the menu") == set()


def test_dense_path_never_waves_an_unheld_asked_for_noun_through() -> None:
    question = "케이크 시식 메뉴 뭐 나와요?"
    store = holding_all_but({"메뉴"}, "searched: the asked-for noun was waved through")
    asked = analyze_question(question)
    assert dense_confirmed_answer(store, question, "c", asked) is None  # type: ignore[arg-type]
    with (
        mock.patch("tools.rag.dense_confirmed.korean_asked_for", return_value=set()),
        pytest.raises(AssertionError, match="waved through"),
    ):
        dense_confirmed_answer(store, question, "c", asked)  # type: ignore[arg-type]


# --- times only in a discount's parenthesis (parenthesized_times) -------------------------

_MATINEE = "평일 낮 공연(수요일 14:00, 목요일 15:00)은 관람료를 20% 할인해 드립니다."


def test_times_in_a_discounts_parenthesis_do_not_answer_a_time_question() -> None:
    question = "소극장 목요일 공연 몇시에 해요?"
    assert times_only_in_parentheses(question, _MATINEE)
    # A time written outside the parenthesis, or no sum: left to the other checks.
    assert not times_only_in_parentheses(question, "목요일 공연은 15:00, 19:30에 시작합니다.")
    assert not times_only_in_parentheses(question, "점심시간(12:00~13:00)에는 매표소를 닫습니다.")
    # The question asks about the discount itself.
    assert not times_only_in_parentheses("목요일 낮 공연 할인 몇시 공연이에요?", _MATINEE)
    assert answers_another_question(question, _MATINEE)
    with mock.patch("tools.rag.qualifiers.times_only_in_parentheses", return_value=False):
        assert not answers_another_question(question, _MATINEE)


# --- a boat is a transport service (named_services, widened) -------------------------------


def test_a_boat_is_named_as_the_service_asked_about() -> None:
    assert named_service("can i pay by card on the boat") == tokenize("boat")[0]
    assert named_service("is there a toilet aboard the ship") == tokenize("ship")[0]


def test_another_documents_payment_rule_does_not_answer_for_the_boat() -> None:
    cafe = Passage(
        chunk_id="cafe",
        source="cafe.md",
        heading="Museum café > Paying",
        text="Cash is welcome at the café counter.",
    )
    cruise = Passage(
        chunk_id="cruise",
        source="cruise.html",
        heading="River cruises > On board",
        text="The cruise boat bar takes cards only; the pier kiosk also takes cash.",
    )
    words = {"cafe": set(tokenize(cafe.text)), "cruise": set(tokenize(cruise.text))}

    def mentions(p: Passage, term: str) -> bool:
        return term in words[p.chunk_id]

    def answer() -> str:
        return extractive_answer(
            "can i pay cash on the boat",
            [cafe, cruise],
            idf=lambda _: 1.0,
            frequency=lambda _: 3,
            document_mentions=mentions,
            max_sentences=1,
        ).text

    assert "café counter" not in answer()
    with mock.patch("tools.rag.answer_reading.named_service", return_value=None):
        assert "café counter" in answer()


# --- a wedding hall's and a ferry page's words (tools/rag/vocabulary.tsv) -----------------


def test_a_wedding_is_the_ceremony_a_hall_writes_and_a_ferry_is_a_페리() -> None:
    assert "예식" in equivalents("결혼")
    assert "예식" in equivalents("결혼식")
    assert "ferry" in equivalents("페리")
    assert "하객" in equivalents("guest")
    # Switched off, the everyday vocabulary links none of them.
    use_everyday_vocabulary(False)
    try:
        assert "예식" not in equivalents("결혼")
        assert "ferry" not in equivalents("페리")
    finally:
        use_everyday_vocabulary(True)
