"""Document follow-ups that add a condition (docthread59: sets 47-50 and probes58).

- a place the rule does not list, after "… in Seoul and 90,000 won elsewhere": the rule for
  everywhere else (graphs.place_elsewhere_59d; the gazetteer in
  tools.followup_rate_qualifier, now with provinces; the trip's purpose is no condition);
- a relative named alone with "same?" ("외할아버지여도 같은거죠?"), the event the previous
  question's: the clause of the relative's kind (graphs.same_for_relative_58c);
- an amount in English words ("seven hundred thousand won") against a threshold, and the
  requirement asked ("does it need that", "승인 받아야돼요?") (tools.spoken_money_en_59d,
  graphs.amount_threshold_58c);
- a quantity worked from a rate of the cited section: a parking stay past the free hour, a
  count of months of full attendance (graphs.cited_rate_59d); a distance each way is paid
  on both legs (tools.followup_answer_rate);
- days beyond a carry-over cap: the cap and the rule for the rest (graphs.beyond_cap_59d).

Every form has variants worded unlike the case files (both languages), near misses that
must not be read, and a switch-off check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import graphs.condition_cover_56c as cover
import graphs.same_for_relative_58c as relative
import graphs.thread_document_query as thread_query
import tools.followup_answer_rate as answer_rate
from agents.documents import DocPlan
from graphs.amount_threshold_58c import amount_asked, threshold_of_amount
from graphs.beyond_cap_59d import days_over_cap_asked, rule_beyond_cap
from graphs.cited_rate_59d import worked_from_cited_rate
from graphs.condition_follow_up_55w import stated_condition
from graphs.duration_threshold_59d import threshold_of_duration
from tools.place_asked_59d import place_asked, purpose_of_trip_elsewhere
from tools.spoken_money_en_59d import spoken_money_as_digits


def _plan(answer: str, source: str, locator: str, section: str = "") -> DocPlan:
    citation = {"id": 1, "source": source, "locator": locator, "text": section}
    return DocPlan(kind="extractive", answer=answer, citations=[citation])


def _plan_of(question: str, plan: DocPlan) -> Callable[[str], DocPlan]:
    def plan_of(asked: str) -> DocPlan:
        return plan if asked == question else DocPlan(kind="not_covered")

    return plan_of


# --- a place the rule does not list ------------------------------------------------------------

_HOTELS = (
    "Hotel stays are reimbursed up to 120,000 won per night in Seoul and 90,000 won per night "
    "elsewhere."
)
_HOTEL_QUESTION = "seoul hotel limit per night?"
_HOTEL_PLAN = _plan(f"{_HOTELS} [1]", "expense_policy_en.md", "§Hotels", _HOTELS)


@pytest.mark.parametrize(
    ("follow_up", "place"),
    [
        ("ok and if the meeting is held in ulsan", "ulsan"),
        ("going to Incheon instead, what then", "Incheon"),
        ("how about for a daejeon trip", "daejeon"),
        ("강원도 출장가면요?", "강원도"),
        ("그럼 울산은요?", "울산"),
        ("대전에서 학회 있으면 얼마까지 나와요?", "대전"),
        ("전주로 가게 되면요", "전주"),
    ],
)
def test_a_place_not_listed_gets_the_rule_for_elsewhere(
    follow_up: str, place: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert place_asked(follow_up) == place
    plan_of = _plan_of(_HOTEL_QUESTION, _HOTEL_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _HOTEL_QUESTION, plan_of)
    assert found is not None and "90,000 won per night elsewhere" in found.answer
    assert "elsewhere'" in found.answer  # the note saying where the place falls
    # Switched off, no rule quotes the "elsewhere" sentence with the note.
    monkeypatch.setattr(thread_query, "rule_for_place_elsewhere", lambda *_a: None)
    off = thread_query.thread_subject_plan(follow_up, _HOTEL_QUESTION, plan_of)
    assert off is None or "elsewhere'" not in off.answer


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if its in seoul",  # the place the rule lists: not "elsewhere"
        "서울 출장이면요?",
        "부산 맛집 어디야",  # asks something of its own
        "whats the weather in busan",
        "대구 가면 밥값은 얼마까지?",  # meals, another rule
        "what about leeds",  # no place of the gazetteer: never taken for one
        "그럼 강남은요?",
    ],
)
def test_near_misses_of_a_place_are_not_read(follow_up: str) -> None:
    plan_of = _plan_of(_HOTEL_QUESTION, _HOTEL_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _HOTEL_QUESTION, plan_of)
    assert found is None or "elsewhere'" not in found.answer


def test_the_trips_purpose_is_no_condition_of_the_place_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    follow_up = "what if the conference is in daegu"
    found = thread_query.thread_subject_plan(
        follow_up, _HOTEL_QUESTION, _plan_of(_HOTEL_QUESTION, _HOTEL_PLAN)
    )
    assert found is not None
    assert stated_condition(found, follow_up, [_HOTEL_QUESTION]).kind == "extractive"
    # The purpose of another kind of thing is not excused: "conference fees" in seoul.
    assert not purpose_of_trip_elsewhere("fee", _HOTELS, follow_up)
    monkeypatch.setattr(cover, "purpose_of_trip_elsewhere", lambda *_a: False)
    assert stated_condition(found, follow_up, [_HOTEL_QUESTION]).kind == "not_covered"


# --- a relative named alone with "same?" ----------------------------------------------------

_BEREAVEMENT_PLAN = _plan(
    "본인 결혼은 5일, 자녀 결혼은 1일의 경조사 휴가를 받습니다. [1] "
    "부모상은 5일, 조부모상은 3일입니다. [1]",
    "leave_policy.md",
    "§경조사 휴가",
)
_FUNERAL_QUESTION = "할머니 돌아가시면 며칠 쉴 수 있어요"


@pytest.mark.parametrize(
    "follow_up",
    [
        "친할아버지여도 같은 거죠?",
        "외할머니라도 똑같나요",
        "그럼 외할아버지면요?",
        "and for my grandmother, same?",
        "is it the same for my maternal grandfather?",
        "what about my granny, same rule?",
    ],
)
def test_a_relative_alone_takes_the_previous_questions_event(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_of = _plan_of(_FUNERAL_QUESTION, _BEREAVEMENT_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _FUNERAL_QUESTION, plan_of)
    assert found is not None and "조부모상은 3일" in found.answer
    assert "5일" not in found.answer  # only the clause of the relative's kind
    # Switched off (the clause not cut), the parents' 5 days come with it.
    monkeypatch.setattr(relative, "_clause_naming_kind", lambda _t, sentence, _q: sentence)
    whole = thread_query.thread_subject_plan(follow_up, _FUNERAL_QUESTION, plan_of)
    assert whole is not None and "부모상은 5일" in whole.answer
    # Without the previous question's event, the follow-up names none.
    assert relative.rule_for_relative_kind(follow_up, _BEREAVEMENT_PLAN) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "외할머니 친구도 같은거죠?",  # someone of the relative's
        "what about my grandma's neighbour, same?",
        "시어머니여도 같은거죠?",  # an in-law: not the grandparents' rule
        "외할머니 모시고 가도 똑같아요?",  # company, no event
        "can i bring my grandpa, same?",
        "외할아버지 환갑이면요?",  # another event
    ],
)
def test_near_misses_of_a_relative_are_not_read(follow_up: str) -> None:
    plan_of = _plan_of(_FUNERAL_QUESTION, _BEREAVEMENT_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _FUNERAL_QUESTION, plan_of)
    assert found is None or "조부모상은 3일" not in found.answer


# --- an amount in words against a threshold ---------------------------------------------------

_CLAIMS = (
    "Submit every claim within 30 days of returning from the trip, with the original receipts "
    "attached. Claims are paid with the next monthly salary. Claims above 500,000 won need the "
    "approval of a department head."
)
_CLAIMS_PLAN = _plan(
    "Claims above 500,000 won need the approval of a department head. [1]",
    "expense_policy_en.md",
    "§Submitting a claim",
    _CLAIMS,
)


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("seven hundred thousand won", "700000 won"),
        ("six hundred and fifty thousand won", "650000 won"),
        ("two million won", "2000000 won"),
        ("half a million won", "500000 won"),
        ("a million won", "1000000 won"),
        ("one point two million won", "1200000 won"),
    ],
)
def test_spoken_amounts_with_thousands_are_digits(said: str, digits: str) -> None:
    assert spoken_money_as_digits(said) == digits


@pytest.mark.parametrize(
    "text", ["1.2 million won", "twenty dollars", "seven hundred people", "two thousand steps"]
)
def test_other_numbers_stay_as_written(text: str) -> None:
    assert spoken_money_as_digits(text) == text


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("my claim came to eight hundred thousand won, do i need approval?", "is above"),
        ("two million won - is a sign off required", "is above"),
        ("three hundred thousand won, do i need it?", "is not above"),
        ("백이십만원 청구하면 승인 받아야돼요?", "is above"),
        ("제 경비가 칠십만원인데 결재 필요해요?", "is above"),
        ("삼십만원이면 사인 받아야 하나요", "is not above"),
    ],
)
def test_an_amount_in_words_is_compared_with_the_threshold(
    follow_up: str, verdict: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = threshold_of_amount(follow_up, _CLAIMS_PLAN)
    assert found is not None and "department head" in found.answer
    assert f"{verdict} 500,000 won" in found.answer
    if follow_up.isascii():
        # Switched off (the words unread), an English amount in words is no amount.
        monkeypatch.setattr(cover, "spoken_money_as_digits", lambda text: text)
        assert amount_asked(follow_up) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "my claim is seven hundred thousand won, how do i submit it",  # its own question
        "my hotel was seven hundred thousand won, is that covered",
        "팔십만원이면 어디에 내요?",
        "four hundred thousand people, does it need that",  # no money
    ],
)
def test_near_misses_of_an_amount_are_not_read(follow_up: str) -> None:
    assert threshold_of_amount(follow_up, _CLAIMS_PLAN) is None


# --- a quantity worked from the cited section's rate -------------------------------------------

_PARKING = (
    "건물 지하 주차장을 이용하실 수 있습니다. 진료를 받으신 분은 접수창구에서 주차권을 받으시면 "
    "1시간 동안 무료로 주차할 수 있습니다. 1시간이 지나면 10분마다 500원의 요금이 붙습니다."
)
_PARKING_QUESTION = "주차 무료 몇 시간이에요"
_PARKING_PLAN = _plan(
    "진료를 받으신 분은 접수창구에서 주차권을 받으시면 1시간 동안 무료로 주차할 수 있습니다. [1]",
    "directions.md",
    "§주차",
    _PARKING,
)
_LEAVE = (
    "입사 1년 차 직원은 매월 개근 시 1일의 연차가 생기며, 1년 이상 근무한 직원은 매년 15일의 "
    "연차를 받습니다. 3년 이상 근무하면 2년마다 1일씩 연차가 늘어나며, 최대 25일까지 "
    "받을 수 있습니다."
)
_LEAVE_QUESTION = "첫해 연차는 어떻게 계산돼요"
_LEAVE_PLAN = _plan(f"{_LEAVE.split('. ')[0]}. [1]", "leave_policy.md", "§연차 휴가", _LEAVE)


@pytest.mark.parametrize(
    ("follow_up", "total"),
    [
        ("세시간 주차하면 얼마 나와요?", "6,000원"),
        ("한시간 반 세워놓으면 얼마에요", "1,500원"),
        ("90분 있었으면 주차비 얼마", "1,500원"),
        ("if i leave my car three hours what do i pay", "6,000 won"),
        ("parked for 1.5 hours, how much is the fee", "1,500 won"),
    ],
)
def test_a_stay_is_priced_at_the_cited_sections_tariff(
    follow_up: str, total: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_of = _plan_of(_PARKING_QUESTION, _PARKING_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _PARKING_QUESTION, plan_of)
    assert found is not None and total in found.answer and "10분마다 500원" in found.answer
    # The worked figure passes the condition screen: all the follow-up adds was read.
    assert stated_condition(found, follow_up, [_PARKING_QUESTION]).kind == "extractive"
    monkeypatch.setattr(thread_query, "worked_from_cited_rate", lambda *_a: None)
    off = thread_query.thread_subject_plan(follow_up, _PARKING_QUESTION, plan_of)
    assert off is None or total not in off.answer


@pytest.mark.parametrize(
    ("follow_up", "days"),
    [
        ("3달 개근했는데 연차 몇개 생겨요?", "3일"),
        ("석달 동안 하루도 안 빠지고 출근했으면 며칠?", "3일"),
        ("여섯달 결근 없이 다녔으면 연차 몇 개예요", "6일"),
        ("seven months without missing a day - how many days of leave do i have", "7 days"),
        ("I had perfect attendance for 4 months, how many days did I earn", "4 days"),
    ],
)
def test_months_of_attendance_are_worked_from_the_monthly_rate(
    follow_up: str, days: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_of = _plan_of(_LEAVE_QUESTION, _LEAVE_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _LEAVE_QUESTION, plan_of)
    assert found is not None and f"= {days}" in found.answer
    assert "15일" not in found.answer  # the clause of the rate only
    monkeypatch.setattr(thread_query, "worked_from_cited_rate", lambda *_a: None)
    off = thread_query.thread_subject_plan(follow_up, _LEAVE_QUESTION, plan_of)
    assert off is None or f"= {days}" not in off.answer


@pytest.mark.parametrize(
    ("follow_up", "plan"),
    [
        ("주말에 두시간 세우면 얼마", _PARKING_PLAN),  # a condition the tariff does not state
        ("장애인 차량이 두시간 세우면 얼마", _PARKING_PLAN),
        ("I parked for two hours on sunday, how much", _PARKING_PLAN),
        ("5분 주차하면 얼마", _PARKING_PLAN),  # within the free hour: the tariff says nothing
        ("다섯달 다녔으면 몇개에요", _LEAVE_PLAN),  # attendance not said
        ("14개월 개근하면 몇일?", _LEAVE_PLAN),  # past the first year
    ],
)
def test_near_misses_of_a_rate_are_not_worked(follow_up: str, plan: DocPlan) -> None:
    assert worked_from_cited_rate(follow_up, plan) is None


_MILEAGE = ["Using your own car is reimbursed at 300 won per kilometre. [1]"]


@pytest.mark.parametrize(
    ("follow_up", "total"),
    [
        ("sixty km each way, how much", "36,000 won"),
        ("I drove 120 km one way and came back, what would I receive", "72,000 won"),
        ("its forty km each way, so what do i get", "24,000 won"),
        ("a hundred km each way to the site - total?", "60,000 won"),
        ("twenty km each way and back, how much do i get", "12,000 won"),
    ],
)
def test_a_distance_each_way_is_paid_on_both_legs(
    follow_up: str, total: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = answer_rate.count_of_answer_rate(follow_up, _MILEAGE)
    assert found is not None and found.result.answer.startswith(total)
    monkeypatch.setattr(answer_rate, "_EACH_WAY", re.compile(r"(?!x)x"))
    one_leg = answer_rate.count_of_answer_rate(follow_up, _MILEAGE)
    assert one_leg is None or not one_leg.result.answer.startswith(total)


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("i drove 85 km, so what do i get", "25,500 won"),  # one distance, no legs said
        ("85 km each way, when do i get paid?", None),  # asks a time
    ],
)
def test_near_misses_of_a_distance(follow_up: str, expected: str | None) -> None:
    found = answer_rate.count_of_answer_rate(follow_up, _MILEAGE)
    got = None if found is None else found.result.answer.split(" (")[0]
    assert got == expected


# --- days beyond a cap --------------------------------------------------------------------------

_CARRY = (
    "쓰지 못한 연차는 다음 해로 최대 5일까지 이월할 수 있습니다. "
    "이월하지 못한 연차는 1월 급여일에 수당으로 지급합니다."
)
_CARRY_QUESTION = "남은 연차 다음해로 넘어가요?"
_CARRY_PLAN = _plan(f"{_CARRY.split('. ')[0]}. [1]", "leave_policy.md", "§미사용 연차", _CARRY)


@pytest.mark.parametrize(
    ("follow_up", "rest"),
    [
        ("그럼 연차가 7일 남았는데 어떻게 돼요?", "2일"),
        ("10일 못 쓰면요?", "5일"),
        ("9일 남았으면 넘는 4일은 사라지나요", "4일"),
        ("what if i have 9 days left", "4"),
        ("eight days unused, what happens to the rest?", "3"),
    ],
)
def test_days_beyond_the_cap_get_the_rule_for_the_rest(
    follow_up: str, rest: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_of = _plan_of(_CARRY_QUESTION, _CARRY_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _CARRY_QUESTION, plan_of)
    assert found is not None and "수당으로 지급" in found.answer and rest in found.answer
    assert stated_condition(found, follow_up, [_CARRY_QUESTION]).kind == "extractive"
    monkeypatch.setattr(thread_query, "rule_beyond_cap", lambda *_a: None)
    off = thread_query.thread_subject_plan(follow_up, _CARRY_QUESTION, plan_of)
    assert off is None or "수당으로 지급" not in off.answer


@pytest.mark.parametrize(
    "follow_up",
    [
        "3일 남으면요?",  # within the cap
        "8일 남았으면 나머지 4일은 어떻게 돼",  # a rest that does not add up
        "8일 남으면 언제까지 써야돼요?",  # asks something of its own
        "8일 쉬면요?",  # not days left over
    ],
)
def test_near_misses_of_days_beyond_a_cap(follow_up: str) -> None:
    assert days_over_cap_asked(follow_up) is None or rule_beyond_cap(follow_up, _CARRY_PLAN) is None


# --- a duration against a threshold on days ----------------------------------------------------

_SICK = "병가는 1년에 최대 60일까지 쓸 수 있습니다. 병가가 5일 이상이면 진단서를 제출해야 합니다."
_SICK_QUESTION = "병가 며칠부터 진단서 내야 돼요?"
_SICK_PLAN = _plan(f"{_SICK.split('. ')[1]} [1]", "leave_policy.md", "§병가", _SICK)


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("i need to take 6 days off", "is 5 days or more"),
        ("four days?", "is not 5 days or more"),
        ("and if i am sick for a week", "is 5 days or more"),
        ("사흘만 쉬면요?", "해당하지 않습니다"),
        ("일주일 병가 쓰면요?", "해당합니다"),
        ("3일 정도면요?", "해당하지 않습니다"),
    ],
)
def test_a_duration_is_compared_with_the_threshold_on_days(
    follow_up: str, verdict: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_of = _plan_of(_SICK_QUESTION, _SICK_PLAN)
    found = thread_query.thread_subject_plan(follow_up, _SICK_QUESTION, plan_of)
    assert found is not None and "진단서" in found.answer and verdict in found.answer
    assert stated_condition(found, follow_up, [_SICK_QUESTION]).kind == "extractive"
    monkeypatch.setattr(thread_query, "threshold_of_duration", lambda *_a: None)
    off = thread_query.thread_subject_plan(follow_up, _SICK_QUESTION, plan_of)
    assert off is None or verdict not in off.answer


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if im out for three days, who do i call?",  # its own question
        "열흘 쉬면 월급은 나와요?",
        "10일에 쉬면요?",  # a date, no duration
        "two months?",  # a unit of another kind
    ],
)
def test_near_misses_of_a_duration_are_not_read(follow_up: str) -> None:
    assert threshold_of_duration(follow_up, _SICK_PLAN) is None


@pytest.mark.parametrize(
    ("follow_up", "total"),
    [
        ("오십키로 뛰었으면 총 얼마에요", "15,000원"),
        ("백이십 km 달렸는데 총 얼마", "36,000원"),
        ("이백키로 정도 탔으면 얼마 나와", "60,000원"),
        ("편도 사십키로 왕복했으면 얼마", "24,000원"),
        ("칠십 킬로미터 탔는데 총 얼마야", "21,000원"),
    ],
)
def test_a_distance_in_korean_words_is_counted(
    follow_up: str, total: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = answer_rate.count_of_answer_rate(follow_up, _MILEAGE)
    assert found is not None and found.result.answer.startswith(total)
    monkeypatch.setattr(answer_rate, "_KOREAN_DISTANCE", re.compile(r"(?!x)x"))
    assert answer_rate.count_of_answer_rate(follow_up, _MILEAGE) is None


@pytest.mark.parametrize("follow_up", ["오육키로면 얼마", "오늘 일키로 걸었어", "십백키로 얼마"])
def test_near_misses_of_a_distance_in_korean_words(follow_up: str) -> None:
    assert answer_rate.count_of_answer_rate(follow_up, _MILEAGE) is None
