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

from collections.abc import Callable
from typing import NamedTuple

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
from tests.tools.rag.conftest import cited_plan, follow_up_plan
from tests.tools.rule_switch import NEVER
from tools.place_asked_59d import place_asked, purpose_of_trip_elsewhere
from tools.spoken_money_en_59d import spoken_money_as_digits

# --- the threads: an earlier question and the cited plan that answered it ----------------------

_HOTELS = (
    "Hotel stays are reimbursed up to 120,000 won per night in Seoul and 90,000 won per night "
    "elsewhere."
)
_HOTEL_QUESTION = "seoul hotel limit per night?"
_HOTEL_PLAN = cited_plan(f"{_HOTELS} [1]", "expense_policy_en.md", "§Hotels", _HOTELS)

_BEREAVEMENT_PLAN = cited_plan(
    "본인 결혼은 5일, 자녀 결혼은 1일의 경조사 휴가를 받습니다. [1] "
    "부모상은 5일, 조부모상은 3일입니다. [1]",
    "leave_policy.md",
    "§경조사 휴가",
)
_FUNERAL_QUESTION = "할머니 돌아가시면 며칠 쉴 수 있어요"

_PARKING = (
    "건물 지하 주차장을 이용하실 수 있습니다. 진료를 받으신 분은 접수창구에서 주차권을 받으시면 "
    "1시간 동안 무료로 주차할 수 있습니다. 1시간이 지나면 10분마다 500원의 요금이 붙습니다."
)
_PARKING_PLAN = cited_plan(
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
_LEAVE_PLAN = cited_plan(f"{_LEAVE.split('. ')[0]}. [1]", "leave_policy.md", "§연차 휴가", _LEAVE)

_CARRY = (
    "쓰지 못한 연차는 다음 해로 최대 5일까지 이월할 수 있습니다. "
    "이월하지 못한 연차는 1월 급여일에 수당으로 지급합니다."
)
_CARRY_PLAN = cited_plan(f"{_CARRY.split('. ')[0]}. [1]", "leave_policy.md", "§미사용 연차", _CARRY)

_SICK = "병가는 1년에 최대 60일까지 쓸 수 있습니다. 병가가 5일 이상이면 진단서를 제출해야 합니다."
_SICK_PLAN = cited_plan(f"{_SICK.split('. ')[1]} [1]", "leave_policy.md", "§병가", _SICK)

# Each thread by name: the earlier question and its plan.
_THREADS: dict[str, tuple[str, DocPlan]] = {
    "hotel": (_HOTEL_QUESTION, _HOTEL_PLAN),
    "funeral": (_FUNERAL_QUESTION, _BEREAVEMENT_PLAN),
    "parking": ("주차 무료 몇 시간이에요", _PARKING_PLAN),
    "leave": ("첫해 연차는 어떻게 계산돼요", _LEAVE_PLAN),
    "carry": ("남은 연차 다음해로 넘어가요?", _CARRY_PLAN),
    "sick": ("병가 며칠부터 진단서 내야 돼요?", _SICK_PLAN),
}


def _follow(thread: str, follow_up: str) -> DocPlan | None:
    """The thread's plan for ``follow_up`` (graphs.thread_document_query)."""
    question, plan = _THREADS[thread]
    return follow_up_plan(follow_up, question, plan)


# --- follow-ups answered in a thread, each by its reader -------------------------------------


class Answered(NamedTuple):
    """A follow-up the thread answers by one reader of graphs.thread_document_query."""

    thread: str
    follow_up: str
    says: tuple[str, ...]  # every one in the answer
    never: tuple[str, ...]  # none in the answer
    screened: bool  # passes the condition screen: all the follow-up adds was read
    reader: str  # the reader in graphs.thread_document_query (switched off below), "" none
    gone: str  # not in the answer with that reader off


def _place(follow_up: str) -> Answered:
    # The "elsewhere" sentence, with the note saying where the place falls.
    says = ("90,000 won per night elsewhere", "elsewhere'")
    return Answered("hotel", follow_up, says, (), False, "rule_for_place_elsewhere", "elsewhere'")


def _relative(follow_up: str) -> Answered:
    # Only the clause of the relative's kind; its switch-off is test_relatives_… below.
    return Answered("funeral", follow_up, ("조부모상은 3일",), ("5일",), False, "", "")


def _stay(follow_up: str, total: str) -> Answered:
    says = (total, "10분마다 500원")
    return Answered("parking", follow_up, says, (), True, "worked_from_cited_rate", total)


def _months(follow_up: str, days: str) -> Answered:
    # The clause of the rate only, never the 15 days of later years.
    worked = f"= {days}"
    reader = "worked_from_cited_rate"
    return Answered("leave", follow_up, (worked,), ("15일",), False, reader, worked)


def _beyond_cap(follow_up: str, rest: str) -> Answered:
    says = ("수당으로 지급", rest)
    return Answered("carry", follow_up, says, (), True, "rule_beyond_cap", "수당으로 지급")


def _duration(follow_up: str, verdict: str) -> Answered:
    says = ("진단서", verdict)
    return Answered("sick", follow_up, says, (), True, "threshold_of_duration", verdict)


# a place the rule does not list, and the place read
_PLACES = [
    ("ok and if the meeting is held in ulsan", "ulsan"),
    ("going to Incheon instead, what then", "Incheon"),
    ("how about for a daejeon trip", "daejeon"),
    ("강원도 출장가면요?", "강원도"),
    ("그럼 울산은요?", "울산"),
    ("대전에서 학회 있으면 얼마까지 나와요?", "대전"),
    ("전주로 가게 되면요", "전주"),
]
# a relative named alone with "same?"
_RELATIVES = [
    "친할아버지여도 같은 거죠?",
    "외할머니라도 똑같나요",
    "그럼 외할아버지면요?",
    "and for my grandmother, same?",
    "is it the same for my maternal grandfather?",
    "what about my granny, same rule?",
]

_ANSWERED: list[Answered] = [
    *(_place(follow_up) for follow_up, _ in _PLACES),
    *(_relative(follow_up) for follow_up in _RELATIVES),
    # a stay priced at the cited section's tariff
    _stay("세시간 주차하면 얼마 나와요?", "6,000원"),
    _stay("한시간 반 세워놓으면 얼마에요", "1,500원"),
    _stay("90분 있었으면 주차비 얼마", "1,500원"),
    _stay("if i leave my car three hours what do i pay", "6,000 won"),
    _stay("parked for 1.5 hours, how much is the fee", "1,500 won"),
    # months of attendance worked from the monthly rate
    _months("3달 개근했는데 연차 몇개 생겨요?", "3일"),
    _months("석달 동안 하루도 안 빠지고 출근했으면 며칠?", "3일"),
    _months("여섯달 결근 없이 다녔으면 연차 몇 개예요", "6일"),
    _months("seven months without missing a day - how many days of leave do i have", "7 days"),
    _months("I had perfect attendance for 4 months, how many days did I earn", "4 days"),
    # days beyond a carry-over cap: the cap and the rule for the rest
    _beyond_cap("그럼 연차가 7일 남았는데 어떻게 돼요?", "2일"),
    _beyond_cap("10일 못 쓰면요?", "5일"),
    _beyond_cap("9일 남았으면 넘는 4일은 사라지나요", "4일"),
    _beyond_cap("what if i have 9 days left", "4"),
    _beyond_cap("eight days unused, what happens to the rest?", "3"),
    # a duration against a threshold on days
    _duration("i need to take 6 days off", "is 5 days or more"),
    _duration("four days?", "is not 5 days or more"),
    _duration("and if i am sick for a week", "is 5 days or more"),
    _duration("사흘만 쉬면요?", "해당하지 않습니다"),
    _duration("일주일 병가 쓰면요?", "해당합니다"),
    _duration("3일 정도면요?", "해당하지 않습니다"),
]


@pytest.mark.parametrize("case", _ANSWERED, ids=lambda case: f"{case.thread}-{case.follow_up}")
def test_a_follow_up_is_answered_by_its_reader(
    case: Answered, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _follow(case.thread, case.follow_up)
    assert found is not None, case.follow_up
    for part in case.says:
        assert part in found.answer, found.answer
    for part in case.never:
        assert part not in found.answer, found.answer
    if case.screened:
        question = _THREADS[case.thread][0]
        assert stated_condition(found, case.follow_up, [question]).kind == "extractive"
    if case.reader:
        monkeypatch.setattr(thread_query, case.reader, lambda *_a: None)
        off = _follow(case.thread, case.follow_up)
        assert off is None or case.gone not in off.answer


@pytest.mark.parametrize(("follow_up", "place"), _PLACES)
def test_the_place_asked_is_read(follow_up: str, place: str) -> None:
    assert place_asked(follow_up) == place


@pytest.mark.parametrize("follow_up", _RELATIVES)
def test_relatives_clause_uncut_brings_the_parents_days(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Switched off (the clause not cut), the parents' 5 days come with it.
    monkeypatch.setattr(relative, "_clause_naming_kind", lambda _t, sentence, _q: sentence)
    whole = _follow("funeral", follow_up)
    assert whole is not None and "부모상은 5일" in whole.answer
    # Without the previous question's event, the follow-up names none.
    assert relative.rule_for_relative_kind(follow_up, _BEREAVEMENT_PLAN) is None


# (thread, follow-up, what the answer must not hold)
_NOT_READ = [
    # a place: the one the rule lists is not "elsewhere"
    ("hotel", "what if its in seoul", "elsewhere'"),
    ("hotel", "서울 출장이면요?", "elsewhere'"),
    ("hotel", "부산 맛집 어디야", "elsewhere'"),  # asks something of its own
    ("hotel", "whats the weather in busan", "elsewhere'"),
    ("hotel", "대구 가면 밥값은 얼마까지?", "elsewhere'"),  # meals, another rule
    ("hotel", "what about leeds", "elsewhere'"),  # no place of the gazetteer
    ("hotel", "그럼 강남은요?", "elsewhere'"),
    # a relative: someone of the relative's
    ("funeral", "외할머니 친구도 같은거죠?", "조부모상은 3일"),
    ("funeral", "what about my grandma's neighbour, same?", "조부모상은 3일"),
    ("funeral", "시어머니여도 같은거죠?", "조부모상은 3일"),  # an in-law
    ("funeral", "외할머니 모시고 가도 똑같아요?", "조부모상은 3일"),  # company, no event
    ("funeral", "can i bring my grandpa, same?", "조부모상은 3일"),
    ("funeral", "외할아버지 환갑이면요?", "조부모상은 3일"),  # another event
]


@pytest.mark.parametrize(("thread", "follow_up", "forbidden"), _NOT_READ)
def test_a_near_miss_in_a_thread_is_not_read(thread: str, follow_up: str, forbidden: str) -> None:
    found = _follow(thread, follow_up)
    assert found is None or forbidden not in found.answer


def test_the_trips_purpose_is_no_condition_of_the_place_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    follow_up = "what if the conference is in daegu"
    found = _follow("hotel", follow_up)
    assert found is not None
    assert stated_condition(found, follow_up, [_HOTEL_QUESTION]).kind == "extractive"
    # The purpose of another kind of thing is not excused: "conference fees" in seoul.
    assert not purpose_of_trip_elsewhere("fee", _HOTELS, follow_up)
    monkeypatch.setattr(cover, "purpose_of_trip_elsewhere", lambda *_a: False)
    assert stated_condition(found, follow_up, [_HOTEL_QUESTION]).kind == "not_covered"


# --- an amount in words against a threshold ---------------------------------------------------

_CLAIMS = (
    "Submit every claim within 30 days of returning from the trip, with the original receipts "
    "attached. Claims are paid with the next monthly salary. Claims above 500,000 won need the "
    "approval of a department head."
)
_CLAIMS_PLAN = cited_plan(
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


# --- a distance at an earlier answer's per-km rate --------------------------------------------

_MILEAGE = ["Using your own car is reimbursed at 300 won per kilometre. [1]"]


class Distance(NamedTuple):
    """A distance paid at the rate, and the pattern of tools.followup_answer_rate reading it."""

    follow_up: str
    total: str
    pattern: str
    # With the pattern off: no count at all (True), or another total (one leg paid).
    unread_off: bool


def _each_way(follow_up: str, total: str) -> Distance:
    return Distance(follow_up, total, "_EACH_WAY", False)


def _in_korean_words(follow_up: str, total: str) -> Distance:
    return Distance(follow_up, total, "_KOREAN_DISTANCE", True)


_DISTANCES = [
    # a distance each way is paid on both legs
    _each_way("sixty km each way, how much", "36,000 won"),
    _each_way("I drove 120 km one way and came back, what would I receive", "72,000 won"),
    _each_way("its forty km each way, so what do i get", "24,000 won"),
    _each_way("a hundred km each way to the site - total?", "60,000 won"),
    _each_way("twenty km each way and back, how much do i get", "12,000 won"),
    # a distance in Sino-Korean words before its unit
    _in_korean_words("오십키로 뛰었으면 총 얼마에요", "15,000원"),
    _in_korean_words("백이십 km 달렸는데 총 얼마", "36,000원"),
    _in_korean_words("이백키로 정도 탔으면 얼마 나와", "60,000원"),
    _in_korean_words("편도 사십키로 왕복했으면 얼마", "24,000원"),
    _in_korean_words("칠십 킬로미터 탔는데 총 얼마야", "21,000원"),
]


@pytest.mark.parametrize("case", _DISTANCES, ids=lambda case: case.follow_up)
def test_a_distance_is_paid_at_the_answers_rate(
    case: Distance, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = answer_rate.count_of_answer_rate(case.follow_up, _MILEAGE)
    assert found is not None and found.result.answer.startswith(case.total)
    monkeypatch.setattr(answer_rate, case.pattern, NEVER)
    off = answer_rate.count_of_answer_rate(case.follow_up, _MILEAGE)
    if case.unread_off:
        assert off is None
    else:
        assert off is None or not off.result.answer.startswith(case.total)


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


# --- near misses each reader leaves unread ------------------------------------------------------

_READERS: dict[str, Callable[[str], object]] = {
    "amount": lambda follow_up: threshold_of_amount(follow_up, _CLAIMS_PLAN),
    "parking rate": lambda follow_up: worked_from_cited_rate(follow_up, _PARKING_PLAN),
    "leave rate": lambda follow_up: worked_from_cited_rate(follow_up, _LEAVE_PLAN),
    "cap": lambda follow_up: (
        None if days_over_cap_asked(follow_up) is None else rule_beyond_cap(follow_up, _CARRY_PLAN)
    ),
    "duration": lambda follow_up: threshold_of_duration(follow_up, _SICK_PLAN),
    "distance": lambda follow_up: answer_rate.count_of_answer_rate(follow_up, _MILEAGE),
}

# (reader, follow-up it must not read)
_UNREAD = [
    ("amount", "my claim is seven hundred thousand won, how do i submit it"),  # its own question
    ("amount", "my hotel was seven hundred thousand won, is that covered"),
    ("amount", "팔십만원이면 어디에 내요?"),
    ("amount", "four hundred thousand people, does it need that"),  # no money
    ("parking rate", "주말에 두시간 세우면 얼마"),  # a condition the tariff does not state
    ("parking rate", "장애인 차량이 두시간 세우면 얼마"),
    ("parking rate", "I parked for two hours on sunday, how much"),
    ("parking rate", "5분 주차하면 얼마"),  # within the free hour: the tariff says nothing
    ("leave rate", "다섯달 다녔으면 몇개에요"),  # attendance not said
    ("leave rate", "14개월 개근하면 몇일?"),  # past the first year
    ("cap", "3일 남으면요?"),  # within the cap
    ("cap", "8일 남았으면 나머지 4일은 어떻게 돼"),  # a rest that does not add up
    ("cap", "8일 남으면 언제까지 써야돼요?"),  # asks something of its own
    ("cap", "8일 쉬면요?"),  # not days left over
    ("duration", "what if im out for three days, who do i call?"),  # its own question
    ("duration", "열흘 쉬면 월급은 나와요?"),
    ("duration", "10일에 쉬면요?"),  # a date, no duration
    ("duration", "two months?"),  # a unit of another kind
    ("distance", "오육키로면 얼마"),  # a run of digits' words that is no number
    ("distance", "오늘 일키로 걸었어"),
    ("distance", "십백키로 얼마"),
]


@pytest.mark.parametrize(("reader", "follow_up"), _UNREAD)
def test_a_near_miss_is_left_unread(reader: str, follow_up: str) -> None:
    assert _READERS[reader](follow_up) is None
