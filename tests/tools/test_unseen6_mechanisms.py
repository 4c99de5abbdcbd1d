"""The mechanisms found on the sixth unseen set, pinned with inputs of their own."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from tools.dates import answer_date_question
from tools.followups import about_previous_result, resolve_in_conversation
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals, parse_number
from tools.units import convert_units, parse_unit_request


def _answered(text: str) -> str:
    """The deterministic answer to ``text`` (the test fails when code does not answer)."""
    result = match_deterministic(text)
    assert result is not None, text
    return result.answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A bare 천/백 group after 억 or 조 counts in the next big unit down.
        ("5억 7천", 570_000_000),
        ("2억 3천5백", 235_000_000),
        ("4조 6천", 4_600_000_000_000),
        # Written out, or with a figure, it is read as written.
        ("5억 7천만", 570_000_000),
        ("5억 7000", 500_007_000),
        ("8천", 8000),
        ("6만 2천", 62_000),
    ],
)
def test_a_bare_thousands_group_after_eok(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_an_interest_on_an_amount_said_without_its_man() -> None:
    assert "7,500,000" in _answered("2억 5천 빌리고 연 3%면 1년 이자는 얼마야")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("돼지고기 두근 반", "돼지고기 2.5근"),
        ("일곱돈은", "7돈은"),
        ("네 되면", "4되면"),
        ("세 시간 반 동안", "3.5시간 동안"),
        ("2년 반 살았어", "2.5년 살았어"),
        # Words, not measures.
        ("한평생 일했다", "한평생 일했다"),
        ("한돈 목살", "한돈 목살"),
        ("2kg 반으로 나누면", "2kg 반으로 나누면"),
    ],
)
def test_measures_written_together_and_a_half(text: str, normalized: str) -> None:
    assert normalize_numerals(text) == normalized


def test_doe_is_a_volume() -> None:
    assert convert_units(10, "되", "L").value.quantize(Decimal("0.01")) == Decimal("18.04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("보리 두 되는 몇 리터야", "3.6078 L"),
        ("고기 네근 반이면 몇 그램이야", "2,700 g"),
        ("금 세돈은 몇 그램임", "11.25 g"),
        ("오피스텔 33제곱미터면 몇평이야", "9.9825 평"),
    ],
)
def test_korean_measure_questions(text: str, expected: str) -> None:
    assert expected in _answered(text)


def test_doe_after_a_unit_is_the_verb() -> None:
    request = parse_unit_request("20km 되면 몇 마일")
    assert request is not None
    assert (request.from_unit, request.to_unit) == ("km", "마일")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1시간 50분 + 3시간 25분은 몇시간 몇분이야", "315 min (5시간 15분)"),
        ("what is 1 hour 40 minutes plus 2 hours 35 minutes", "255 min (4 h 15 min)"),
        # The minutes alone asked: no hours.
        ("1시간 50분이랑 3시간 25분을 합치면 총 몇 분?", "315 min"),
    ],
)
def test_a_sum_of_spans_is_also_said_in_hours(text: str, expected: str) -> None:
    assert _answered(text) == expected


def test_whats_without_its_apostrophe_is_a_lead() -> None:
    assert _answered("whats 318 minus 49") == "269"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Labelled figures, then an average or a split among N people.
        ("인터넷 33,000원 관리비 127,000원 나왔는데 3명이서 나누면 얼마씩", "53,333원"),
        ("rent $900, internet $60, power $90. 3 of us splitting, how much", "$350.00"),
        ("중간 72점 기말 85점 수행 90점 평균은?", "82.33"),
        # Compounded growth over years, and installments.
        ("적금 1,000만 원이 매년 5%씩 불어나면 2년 뒤 얼마야", "11,025,000원"),
        ("$2,000 at 3% compounded annually, how much after 2 years", "$2,121.80"),
        ("냉장고 240만원 6개월 무이자 할부하면 한 달에 얼마", "400,000원"),
    ],
)
def test_tallies_growth_and_installments(text: str, expected: str) -> None:
    assert _answered(text).startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A figure no label names, or an average speed: other forms or a model read these.
        "She drove 120 miles in 3 hours. What was her average speed?",
        "사과 3 배 4 그리고 5 평균",
    ],
)
def test_no_tally_without_a_labelled_list(text: str) -> None:
    from tools.calculator_tallies import tally_expression

    assert tally_expression(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A phone number said with a particle is where the parcels go, not an operand.
        ("010-5512-9034로 꽃바구니 한개에 42,000원인데 3개면 얼마야", "126,000원"),
        # "얼마임": the typed ending of "얼마야".
        ("2.5만원짜리 티켓 3장 사면 얼마임", "75,000원"),
    ],
)
def test_asides_and_endings_around_arithmetic(text: str, expected: str) -> None:
    assert _answered(text) == expected


def test_a_bare_phone_number_is_still_no_subtraction() -> None:
    assert match_deterministic("010-5512-9034") is None


def test_a_rate_named_before_it_is_taken_off_the_amount() -> None:
    # "세금 9.4% 떼면" is what is left, not the tax (the tax had been given: a wrong answer).
    assert _answered("연봉 5,000만원에서 세금 12% 떼면 실수령 얼마야") == "44,000,000원"


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        # Someone drops out of a split: the head count falls by that many.
        ("택시비 24,000원 야식 36,000원 나왔는데 5명이 나누면 얼마", "두명 빠지면?", "20,000원"),
        (
            "hotel $420, food $180. 3 of us splitting, how much each?",
            "what if one of us can't come",
            "$300.00",
        ),
        # A yearly figure asked per month; a monthly one over a year, its amount asked.
        ("1억 2천 예금에 연 3% 이자면 1년 이자 얼마야", "월로 치면?", "300,000"),
        ("월세 65만원에서 관리비 지원 10% 빼면 얼마야", "2년이면 총 얼마 내는거임", "14,040,000원"),
        # A like quantity replaces its like: square metres, 되.
        ("49제곱미터는 몇 평이야", "66제곱미터는?", "19.965 평"),
        ("콩 두 되는 몇 리터야", "세 되면?", "5.4117 L"),
    ],
)
def test_follow_ups_found_on_the_sixth_set(earlier: str, text: str, expected: str) -> None:
    resolved = resolve_in_conversation([earlier], text)
    assert resolved is not None
    assert expected in resolved.result.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2028년 2월 말일은 무슨 요일이야", "화요일"),  # 2028-02-29, a leap year
        ("이번 달 말일이 무슨 요일이야", "월요일"),  # 2026-11-30
        ("1999년 12월 3일생 지금 만나이 몇살?", "만 26세"),
        ("how many days from Nov 20 2026 until christmas 🎅", "35 days"),
        ("오늘이 2027년 3월 30일이면 글피는 며칠이야", "2027년 4월 2일"),
        ("2027년 6월 4일 시험인데 2027년 5월 1일부터 D-day 며칠 남았어?", "34일"),
    ],
)
def test_date_questions_as_typed(text: str, expected: str) -> None:
    answer = answer_date_question(text, now=datetime(2026, 11, 30, 12, 0))
    assert answer is not None
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count and the price of one, in either order.
        ("우유 4통 샀는데 한통에 2,800원이면 얼마야", "11,200원"),
        ("tickets are $12 per ticket and we need 9 tickets, total?", "$108.00"),
    ],
)
def test_a_count_at_the_price_of_one(text: str, expected: str) -> None:
    assert _answered(text) == expected


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        ("$8,000 at 5% compounded annually, how much after 2 years", "and after 4?", "$9,724.05"),
        ("예금 2천만원이 매년 3%씩 불어나면 2년 뒤 얼마야", "4년 뒤면?", "22,510,176원"),
    ],
)
def test_a_span_of_years_replaced(earlier: str, text: str, expected: str) -> None:
    resolved = resolve_in_conversation([earlier], text)
    assert resolved is not None
    assert expected in resolved.result.answer


def test_a_start_and_a_running_time_ask_the_end() -> None:
    answer = answer_date_question(
        "the class starts at 1:15 pm and lasts 1 hour 50 minutes, when does it finish?",
        now=datetime(2026, 11, 30, 12, 0),
    )
    assert answer is not None
    assert answer.answer == "15:05"
    later = resolve_in_conversation(
        ["the class starts at 1:15 pm and lasts 1 hour 50 minutes, when does it finish?"],
        "what if it starts 20 minutes late?",
    )
    # Starting late moves the end (the 20 minutes had replaced the 50: a wrong answer).
    assert later is not None
    assert later.result.answer == "15:25"


def test_an_acknowledgement_and_emoji_do_not_hide_a_follow_up() -> None:
    earlier = ["delivery is 2,500 won per box and i'm sending 4 boxes, total?"]
    resolved = resolve_in_conversation(earlier, "okay what about 10 boxes 🙂")
    assert resolved is not None
    assert resolved.result.answer == "25,000원"


def test_next_months_last_day_is_not_read_from_today() -> None:
    # After a date in the conversation it means the month after that date.
    assert answer_date_question("다음달 말일은?", now=datetime(2026, 11, 30, 12, 0)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" is the figure the sentence just stated, asked in another unit.
        ("the hike is 8 miles, how many km is that", "8 mi = 12.8748 km"),
        ("my suitcase weighs 20 kg, how many pounds is that?", "20 kg = 44.0925 lb"),
    ],
)
def test_a_stated_measure_asked_in_another_unit(text: str, expected: str) -> None:
    assert _answered(text) == expected


@pytest.mark.parametrize("turn", ["and the return 15?", "and the whole 15?", "and a 15?"])
def test_a_new_figure_named_by_a_word_or_two_replaces_the_last(turn: str) -> None:
    # "and the full 26.2?" after a conversion had gone to the local model, which repeated
    # the old result: the words before the figure only say what it is.
    found = resolve_in_conversation(["a ferry ride is 12 miles, how many km is that"], turn)
    assert found is not None and "24.14" in found.result.answer


@pytest.mark.parametrize(
    ("turn", "about_result"),
    [
        # How often a subject of its own happens: a new question, for the documents.
        ("그럼 회사 워크숍은 1년에 몇번 가요?", False),
        ("그럼 정기 점검은 한 달에 몇 회 해요?", False),
        # A count asked of the previous result stays a follow-up.
        ("그럼 4명이면 몇 번?", True),
    ],
)
def test_how_many_times_of_a_subject_of_its_own(turn: str, about_result: bool) -> None:
    assert about_previous_result(turn) is about_result
