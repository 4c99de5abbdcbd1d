"""Set 50's clock + duration, D-몇, 백일 뒤 and height-in-words forms, read by slots (slot58t).

Variants are worded unlike the case file (bench/workload/cases/unseen50_mixed.yaml); near
misses share the words and must stay unread.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.dates import answer_date_question
from tools.followup_changes import change_by_amount
from tools.followup_thing_first_58o import thing_shown_first
from tools.handlers import match_deterministic
from tools.units import parse_unit_request

NOW = datetime(2030, 1, 10, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _date(text: str) -> str | None:
    told = answer_date_question(text, now=NOW)
    return None if told is None else told.answer


# --- clock + duration, the end asked (Korean and English) ---------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("저녁 7시 10분에 상영 시작하고 상영시간 1시간50분이면 몇시에 끝나", "21:00"),
        ("연극 오후3시반 시작인데 공연시간 100분이면 언제끝남?", "17:10"),
        ("수업 오전 9시 시작, 2시간 15분 하면 몇 시에 마쳐", "11:15"),
        ("콘서트 밤 8시부터 150분이면 몇시쯤 끝나요", "22:30"),
        ("오후 1시 20분 출발 버스 3시간 걸리면 언제 도착해", "16:20"),
        ("the game starts at 7pm and lasts 2 hours 40 minutes, what time does it end", "21:40"),
        ("workshop begins 9:15 am, runs 3 hrs, when will it finish", "12:15"),
        ("class starting 1:50pm for 80 mins when does it get out", "15:10"),
        ("movie starts at 8:30 pm, 2h 5m long, when will it be over", "22:35"),
        ("show at 6pm goes 45 minutes, when does the show end", "18:45"),
        # The span said before the clock.
        ("2시간 25분짜리 영화 오후 2시 40분 시작이면 언제 끝나", "17:05"),
        ("a 90 minute webinar starting at 11:30am, when does it end", "13:00"),
    ],
)
def test_clock_and_duration_read_by_slots(text: str, want: str) -> None:
    told = _date(text)
    assert told is not None and told.startswith(want), (text, told)


@pytest.mark.parametrize(
    "text",
    [
        # The clock is the end, not the start.
        "오후 2시 40분에 끝나는 영화 러닝타임 2시간25분이면 언제 시작해",
        # A figure with no slot (a second span, the break's 15 minutes).
        "오후 2시 시작 영화 2시간인데 중간 휴식 15분 있으면 언제 끝나",
        "meeting starts 10:45am, runs 95 minutes plus a 10 minute break, when does it end",
        # Starting late moves the sum without being read: not ours.
        "meeting starts 10:45am but 20 min late and runs 95 minutes, when does it end",
        # No start said: the clock may be an arrival.
        "기차가 오후 2시 40분이고 2시간25분 걸리면 언제 끝나",
        "the 10:45am train, 95 minutes, when does it end",
        "the train arrives at 10:45am, trip is 95 minutes, when does it end",
        "기차 오후 2시 40분 도착이고 2시간25분 걸리면 언제 끝나",
        # The end is not asked.
        "오후 2시 40분에 시작하는 영화 2시간25분이면 몇 분 남았어",
        "meeting starts 10:45am and runs 95 minutes, is that too long",
        # A word that moves the sum without a figure of its own.
        "오후 2시 시작 영화 2시간인데 좀 늦게 시작하면 언제 끝나",
        "meeting starts 10:45am and runs 95 minutes with a break, when does it end",
        # A figure that is neither the clock nor the span (a room, a screen).
        "오후 2시 시작하는 영화 3관 상영 2시간이면 언제 끝나",
        "meeting in room 4 starts 10:45am and runs 95 minutes, when does it end",
        # Two clock times.
        "the game starts at 7pm or 8pm and lasts 2 hours, what time does it end",
    ],
)
def test_clock_and_duration_near_misses_stay_unread(text: str) -> None:
    assert _date(text) is None, text


# --- D-몇 from a stated base day ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("시험이 2031년 3월 2일이고 2031년 2월 20일 기준으로 d-몇", "10"),
        ("졸업식 2030년 2월 14일인데 2030년 1월 15일 기준이면 디데이 며칠?", "30"),
        ("2030년 9월 1일 기준으로 2030년 11월 14일까지 D-몇일이야", "74"),
        ("결혼식은 12월 25일인데 12월 1일 기준 D - 몇이에요", "24"),
        ("2029년 5월 1일 기준 생일 2029년 5월 31일 d-day 며칠", "30"),
    ],
)
def test_d_minus_from_stated_base(text: str, want: str) -> None:
    told = _date(text)
    assert told is not None and told.startswith(want), (text, told)


@pytest.mark.parametrize(
    "text",
    [
        # The day passed: D+N, not a D-minus count.
        "시험이 2030년 9월 1일인데 2030년 11월 14일 기준으로 d-몇이야",
        # A year on one date only: which year is the other?
        "수능이 11월 14일인데 2030년 9월 1일 기준으로 D-몇이야",
    ],
)
def test_d_minus_near_misses_stay_unread(text: str) -> None:
    assert _date(text) is None, text


# --- 백일 뒤 (a count of days in words) ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("오늘이 2030년 6월 3일이면 백일 뒤 며칠이야", "2030년 9월 11일"),
        ("2030년 1월 1일부터 백일후는 언제", "2030년 4월 11일"),
        ("2030년 3월 1일에서 이백일 뒤", "2030년 9월 17일"),
        ("2030년 5월 5일로부터 백 일 후 날짜", "2030년 8월 13일"),
        ("2030년 2월 1일 기준 천일 뒤는?", "2032년 10월 28일"),
    ],
)
def test_days_in_words_before_after(text: str, want: str) -> None:
    told = _date(text)
    assert told is not None and told.startswith(want), (text, told)


def test_hundredth_day_party_stays_unread() -> None:
    # 백일 the celebration, no 뒤/후: not a span.
    assert _date("2030년 6월 3일 태어난 아기 백일잔치 언제해") is None


# --- a height in words -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my husband is six foot two, how many cm is that", "187.96"),
        ("five feet and eleven inches in cm", "180.34"),
        ("convert five foot three to cm", "160.02"),
        ("i'm like six feet one, what's that in centimeters", "185.42"),
        ("seven foot zero in cm", "213.36"),
    ],
)
def test_height_in_words(text: str, want: str) -> None:
    result = match_deterministic(text)
    assert result is not None and want in result.answer, (text, result)


@pytest.mark.parametrize(
    "text",
    ["eleven feet three in cm", "six foot two boards cost how much"],
)
def test_height_in_words_near_misses(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or "cm" not in result.answer, (text, result)


def test_height_words_rewritten_only_in_its_span() -> None:
    request = parse_unit_request("im six foot two, whats that in cm")
    assert request is not None and request.value == 74


# --- follow-ups ----------------------------------------------------------------------------
_FILM = "저녁 7시 10분에 상영 시작하고 상영시간 1시간50분이면 몇시에 끝나"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("광고 15분 먼저 하면?", "21:15"),
        ("예고편을 10분 앞에 틀면", "21:10"),
        ("그럼 인트로 5분 먼저 나오면?", "21:05"),
    ],
)
def test_thing_shown_first_moves_end(text: str, want: str) -> None:
    changed = thing_shown_first(text, [_FILM])
    assert changed is not None
    result = match_deterministic(changed[0][0])
    assert result is not None and result.answer.startswith(want), (text, result)


@pytest.mark.parametrize("text", ["15분 먼저 출발하면?", "우리 10분 먼저 하면?"])
def test_thing_shown_first_near_misses(text: str) -> None:
    assert thing_shown_first(text, [_FILM]) is None


def test_thing_shown_first_needs_a_clock_end_first() -> None:
    assert thing_shown_first("광고 15분 먼저 하면?", ["택시비 2만원에 15분 걸리면 얼마"]) is None


def test_starts_late_after_english_clock_span() -> None:
    first = "the workshop starts 9:15am and runs 100 minutes, when does it finish"
    changed = change_by_amount("and if it starts 25 min late", [first])
    assert changed is not None
    result = match_deterministic(changed[0][0])
    assert result is not None and result.answer.startswith("11:20"), result
