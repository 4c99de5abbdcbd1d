"""Rules found on the fifty-first blind set (a Korean public car park guide, self storage).

Each form is tested on wordings unlike the set's (other verbs, places, items, word order,
the other language where it applies) and on near misses that must not be read, and each
rule is switched off once (tests/tools/rule_switch.py) to show the test needs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tools.rag.combined_offers_56h as combined_offers
import tools.rag.concessive_case_60d as concessive
import tools.rag.handover_place_60d as handover
import tools.rag.headed_cells as headed_cells
import tools.rag.item_exception_59h as item_exception
import tools.rag.needed_thing_54x as needed_thing
import tools.rag.phone_asked_53h as phone_asked
import tools.rag.sibling_places as sibling_places
from tests.tools.rag.heldout_floor import assert_phrases_written_once, heldout_set_test
from tests.tools.rule_switch import NEVER, off, read_only_by_its_rule
from tools.rag.combined_offers_56h import misses_combination
from tools.rag.concessive_case_60d import case_words, misses_concessive_case
from tools.rag.handover_place_60d import place_only_handed_on_to
from tools.rag.headed_cells import counted_under_heading
from tools.rag.item_exception_59h import excepted_item_elsewhere
from tools.rag.needed_thing_54x import misses_stated_need, states_need
from tools.rag.phone_asked_53h import contact_line_for_figure
from tools.rag.question import analyze_question
from tools.rag.sibling_places import continues_on_same_line, sibling_sets
from tools.rag.textutil import tokenize

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout51"


# --- "…해도 받아요?", "even if …": the case put (concessive_case_60d) --------------------------
# "임산부 감면 남편 혼자 운전해도 받아요?" was answered "임산부 차량 감면은 출산 후 1년까지 받을
# 수 있습니다." (the discount's own rule, nothing on the husband driving alone).


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "임산부 감면 남편 혼자 운전해도 받아요?",
            "임산부 차량 감면은 출산 후 1년까지 받을 수 있습니다.",
        ),
        ("학생증 없이 와도 할인돼요?", "학생은 입장료를 20% 할인받을 수 있습니다."),
        ("비 와도 수업 해요?", "수업은 매주 토요일 10시에 시작합니다."),
        ("토요일에 가도 환불 받아요?", "환불은 구매 후 7일 안에 신청하세요."),
        ("친구가 대신 와도 받을 수 있나요", "택배는 접수 후 이틀 안에 받을 수 있습니다."),
        (
            "can i still get the discount even if my husband drives alone",
            "Pregnant drivers get 50% off for a year after the birth.",
        ),
        ("do i pay the fee even when the charger is broken?", "Charging costs 30p per kWh."),
    ],
)
def test_a_rule_that_names_nothing_of_the_case_does_not_answer(
    question: str, sentence: str
) -> None:
    assert misses_concessive_case(question, set(tokenize(sentence)))


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # The sentence names the case: it answers.
        (
            "장애인 차 가족이 혼자 운전해도 감면돼요?",
            "가족이 혼자 운전할 때는 일반 요금을 받습니다.",
        ),
        (
            "can i still get the discount even if my husband drives alone",
            "Husbands driving alone pay full price.",
        ),
        # A plain permission ("-아도 돼요?") puts no case: left to tools.rag.asked_act.
        ("여기 차 세워도 돼요?", "정문 앞에는 차를 세울 수 없습니다."),
        ("밤에 와도 괜찮아요?", "야간에는 출입구가 잠깁니다."),
        ("카드로 내도 되나요?", "현금만 받습니다."),
    ],
)
def test_a_sentence_on_the_case_or_a_permission_is_left_alone(question: str, sentence: str) -> None:
    assert not misses_concessive_case(question, set(tokenize(sentence)))


def test_the_concessive_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: sorted(case_words("임산부 감면 남편 혼자 운전해도 받아요?")),
        ["남편", "운전", "혼자"],
        off(concessive, "_CONCESSIVE", frozenset()),
        monkeypatch,
    )


# --- one footnote going on about another row (sibling_places) ---------------------------------
# "장애인 감면은 장애인 본인이 타고 있을 때만 적용됩니다. 가족이 혼자 운전할 때는 일반 요금을
# 받습니다." answered for the pregnant drivers' discount; the rows are "장애인 등록 차량",
# "임산부 차량": Korean labels sharing a head noun, named by their first words.

_DISCOUNTS = """| 대상 | 감면율 |
|---|---|
| 장애인 등록 차량 | 80% |
| 국가유공자 차량 | 80% |
| 임산부 차량 | 50% |
"""
_MEMBERS = """| 회원 | 월 회비 |
|---|---|
| 학생 회원 | 30,000원 |
| 일반 회원 | 50,000원 |
| 청소년 회원 | 20,000원 |
"""
_NO_SHARED_HEAD = """| 주차장 | 면수 |
|---|---|
| 가람역 환승주차장 | 320 |
| 중앙시장 공영주차장 | 85 |
"""


def test_korean_labels_sharing_a_head_are_siblings_by_their_first_words() -> None:
    assert frozenset({"장애인", "국가유공자", "임산부"}) in sibling_sets(_DISCOUNTS)
    assert frozenset({"학생", "일반", "청소년"}) in sibling_sets(_MEMBERS)


def test_labels_sharing_no_head_are_no_siblings() -> None:
    assert sibling_sets(_NO_SHARED_HEAD) == ()


@pytest.mark.parametrize(
    ("question", "before", "sentence"),
    [
        (
            "임산부 감면 남편 혼자 운전해도 받아요?",
            "장애인 감면은 장애인 본인이 타고 있을 때만 적용됩니다.",
            "가족이 혼자 운전할 때는 일반 요금을 받습니다.",
        ),
        (
            "국가유공자 할인 주말에도 돼요?",
            "장애인 감면은 평일에만 적용됩니다.",
            "주말과 공휴일에는 일반 요금을 받습니다.",
        ),
        (
            "학생 회원은 일시정지 돼요?",
            "일반 회원은 한 달에 한 번 쉴 수 있습니다.",
            "쉬는 동안 회비는 받지 않습니다.",
        ),
        (
            "청소년 회원 가족 같이 와도 돼요?",
            "학생 회원은 본인만 들어올 수 있습니다.",
            "가족이 함께 오면 일일권을 사야 합니다.",
        ),
        (
            "임산부도 정기권 할인돼요?",
            "국가유공자는 정기권을 30% 할인받습니다.",
            "신청할 때 증명서를 보여 주세요.",
        ),
    ],
)
def test_a_sentence_going_on_in_the_same_line_about_another_row_does_not_answer(
    question: str, before: str, sentence: str
) -> None:
    sets = sibling_sets(_DISCOUNTS) + sibling_sets(_MEMBERS)
    assert continues_on_same_line(question, sentence, sets, before, " ")


def test_a_new_line_or_a_sentence_on_the_asked_row_is_left_alone() -> None:
    sets = sibling_sets(_DISCOUNTS)
    before = "장애인 감면은 장애인 본인이 타고 있을 때만 적용됩니다."
    question = "임산부 감면 남편 혼자 운전해도 받아요?"
    # A new bullet is a new note.
    assert not continues_on_same_line(
        question, "가족이 운전하면 일반 요금입니다.", sets, before, "\n- "
    )
    # The sentence names the asked row itself.
    assert not continues_on_same_line(
        question, "임산부 감면은 가족이 운전해도 받습니다.", sets, before, " "
    )
    # The sentence before is on the asked row.
    assert not continues_on_same_line(
        question, "가족이 운전하면 일반 요금입니다.", sets, "임산부 감면은 1년까지입니다.", " "
    )


def test_the_shared_head_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> bool:
        sibling_sets.cache_clear()
        return frozenset({"장애인", "국가유공자", "임산부"}) in sibling_sets(_DISCOUNTS)

    read_only_by_its_rule(read, True, off(sibling_places, "_KOREAN_PHRASE", NEVER), monkeypatch)
    sibling_sets.cache_clear()


# --- a Korean question's act, excepted for the asked item (item_exception_59h) ----------------
# "캠핑카 세울수있나요" was answered "이륜차(오토바이)는 … 이륜차 구역에만 세울 수 있으며 …";
# "1톤을 넘는 화물차와 캠핑카는 세 주차장 모두 주차할 수 없습니다." restricts the camper.

_PARKING_RULES = (
    "1톤을 넘는 화물차와 캠핑카는 세 주차장 모두 주차할 수 없습니다.\n"
    "이륜차(오토바이)는 지하 1층 이륜차 구역에만 세울 수 있으며, 요금은 받지 않습니다."
)
_MOTORBIKES = "이륜차(오토바이)는 지하 1층 이륜차 구역에만 세울 수 있으며, 요금은 받지 않습니다."


@pytest.mark.parametrize(
    ("question", "sentence", "section"),
    [
        ("캠핑카 세울수있나요", _MOTORBIKES, _PARKING_RULES),
        ("화물차 세워도 되나요?", _MOTORBIKES, _PARKING_RULES),
        (
            "고양이 데려갈 수 있어요?",
            "강아지는 목줄을 하면 데려갈 수 있습니다.",
            "강아지는 목줄을 하면 데려갈 수 있습니다.\n고양이와 새는 데려올 수 없습니다.",
        ),
        (
            "노트북 맡겨도 돼요?",
            "가방과 외투는 보관함에 맡길 수 있습니다.",
            "가방과 외투는 보관함에 맡길 수 있습니다.\n노트북과 현금은 맡길 수 없습니다.",
        ),
        (
            "전동킥보드 빌릴 수 있나요",
            "자전거는 하루 5,000원에 빌릴 수 있습니다.",
            "자전거는 하루 5,000원에 빌릴 수 있습니다.\n전동킥보드는 대여 불가입니다.",
        ),
    ],
)
def test_a_korean_rule_for_another_item_does_not_answer_for_an_excepted_one(
    question: str, sentence: str, section: str
) -> None:
    assert excepted_item_elsewhere(question, sentence, section)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # The item is restricted nowhere in the section: the general rule stands.
        ("승합차 세울수있나요", _MOTORBIKES),
        # The sentence names the asked item.
        ("오토바이 세워도 돼요?", _MOTORBIKES),
    ],
)
def test_a_korean_rule_with_no_exception_for_the_item_is_left_alone(
    question: str, sentence: str
) -> None:
    assert not excepted_item_elsewhere(question, sentence, _PARKING_RULES)


def test_the_korean_act_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: excepted_item_elsewhere("캠핑카 세울수있나요", _MOTORBIKES, _PARKING_RULES),
        True,
        off(item_exception, "_korean_acts", lambda _question: set()),
        monkeypatch,
    )


# --- "on top of" another thing (combined_offers_56h.adds_another_thing) ------------------------
# "is vat on top of the price" was answered "Business Plus costs £8 a month on top of the rent."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("is vat on top of the price", "Business Plus costs £8 a month on top of the rent."),
        ("is the deposit on top of the first month", "Insurance is £6 on top of the rent."),
        ("is service charge on top of the bill?", "Parking is £3 in addition to the entry fee."),
        ("are bank fees on top of the monthly payment", "A key fob costs £10 on top of the rent."),
        (
            "do i pay the cleaning fee on top of the room rate",
            "Breakfast is £9 on top of the ticket.",
        ),
    ],
)
def test_something_else_added_on_top_does_not_answer(question: str, sentence: str) -> None:
    assert misses_combination(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("is vat on top of the price", "VAT is charged on top of the prices shown."),
        ("is the deposit on top of the first month", "The deposit is paid on top of the rent."),
        # A question on combining discounts, and a sentence on combining them.
        ("can i combine the two discounts", "Discounts cannot be combined."),
    ],
)
def test_the_asked_thing_added_on_top_still_answers(question: str, sentence: str) -> None:
    assert not misses_combination(question, sentence)


def test_the_added_thing_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: misses_combination(
            "is vat on top of the price", "Business Plus costs £8 a month on top of the rent."
        ),
        True,
        off(combined_offers, "_ADDED_TO", NEVER),
        monkeypatch,
    )


# --- "only" of an amount rules on no need (needed_thing_54x) -----------------------------------
# "is insurance compulsory" was answered "Patients enrolled in the national health insurance
# pay only their co-payment at the reception desk."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "is insurance compulsory",
            "Patients enrolled in the national health insurance pay only their co-payment.",
        ),
        ("is a membership required", "Members only pay £5 a visit."),
        ("is a helmet mandatory?", "Helmet hire only costs £2."),
        ("are bookings necessary", "Group bookings are only half price on Mondays."),
        ("is a deposit required", "The deposit is charged only once."),
    ],
)
def test_only_an_amount_says_nothing_of_need(question: str, sentence: str) -> None:
    assert misses_stated_need(question, sentence, set(tokenize(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Only members with a card may enter.",
        "Entry with a booking only.",
        "Insurance is compulsory for every customer.",
    ],
)
def test_only_of_who_or_what_still_rules(sentence: str) -> None:
    assert states_need(sentence)


def test_the_only_an_amount_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: states_need("Members only pay £5 a visit."),
        False,
        off(needed_thing, "_ONLY_AN_AMOUNT", NEVER),
        monkeypatch,
    )


# --- a place handed on to (handover_place_60d) ---------------------------------------------
# "주차장 분실물 경찰서에선 얼마나 보관해요?" was answered "분실물은 … 관리 부스에서 2주 동안
# 보관한 뒤 가람경찰서로 넘깁니다."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "주차장 분실물 경찰서에선 얼마나 보관해요?",
            "분실물은 관리 부스에서 2주 동안 보관한 뒤 가람경찰서로 넘깁니다.",
        ),
        ("본사에서는 며칠 보관해요?", "매장에서 7일 보관한 뒤 본사로 보냅니다."),
        ("보건소에서 얼마나 보관하나요", "약은 약국에서 한 달 보관한 후 보건소로 이관합니다."),
        ("센터에선 몇일 보호해요", "동물은 구청에서 3일 보호한 뒤 센터로 옮깁니다."),
        (
            "how long does lost property stay at the police station",
            "Items are kept at the desk for 14 days and then sent to the police station.",
        ),
        (
            "how long are bikes kept at the depot",
            "Bikes stay at the station for 2 days, then are moved to the depot.",
        ),
    ],
)
def test_a_place_named_only_as_where_things_go_next_does_not_answer(
    question: str, sentence: str
) -> None:
    assert place_only_handed_on_to(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "how long are bikes kept at the depot",
            "Bikes are kept at the Eastgate depot for 30 days.",
        ),
        ("경찰서에서 얼마나 보관해요?", "경찰서에서 6개월 동안 보관합니다."),
        ("how do i get to the depot", "Take bus 5 to the depot."),
        ("분실물 얼마나 보관해요?", "관리 부스에서 2주 동안 보관한 뒤 경찰서로 넘깁니다."),
    ],
)
def test_the_place_of_the_act_or_no_asked_place_is_left_alone(question: str, sentence: str) -> None:
    assert not place_only_handed_on_to(question, sentence)


def test_the_handed_on_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: place_only_handed_on_to(
            "본사에서는 며칠 보관해요?", "매장에서 7일 보관한 뒤 본사로 보냅니다."
        ),
        True,
        off(handover, "_KO_ASKED_PLACE", NEVER),
        monkeypatch,
    )


# --- a contact line for how long or how much (phone_asked_53h.contact_line_for_figure) --------
# The same question was then answered "24시간 주차 상황실: 031-777-2099".


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("24시간 주차 상황실: 031-777-2099", "duration"),
        ("24-hour helpline: 0800 555 0100 (free)", "duration"),
        ("- 분실물 센터: 02-123-4567", "duration"),
        ("365일 고객센터: 1588-1234", "count"),
        ("Two-day courier desk: 0113 496 0724", "amount"),
    ],
)
def test_a_contact_line_states_no_length_amount_or_count(sentence: str, kind: str) -> None:
    assert contact_line_for_figure("얼마나 보관해요?", sentence, kind)


@pytest.mark.parametrize(
    ("question", "sentence", "kind"),
    [
        ("몇시까지 전화돼요", "주차사업팀: 031-777-2040 (평일 09:00–18:00)", "time"),
        ("얼마나 보관해요?", "보관 기간: 14일", "duration"),
        ("how much is the fee", "Fee: £3 (cash only)", "amount"),
        ("전화번호 몇번이에요", "상황실: 031-777-2099", "count"),
    ],
)
def test_other_labelled_lines_are_left_alone(question: str, sentence: str, kind: str) -> None:
    assert not contact_line_for_figure(question, sentence, kind)


def test_the_contact_line_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: contact_line_for_figure(
            "얼마나 보관해요?", "24시간 주차 상황실: 031-777-2099", "duration"
        ),
        True,
        off(phone_asked, "_CONTACT_LINE", NEVER),
        monkeypatch,
    )


# --- the set itself ------------------------------------------------------------------------


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=80, min_unanswerable=14)


# First blind run (main 5acca292): 21 of 68 right, 6 wrong, 12 of 14 declined; with these
# rules 22 right (the 10-minute rate read under its column heading), 0 wrong, 14 of 14
# declined. A wrong answer fails the test.
test_the_set_gives_no_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout51", declined_right=14, right_floor=22
)


# --- a figure recurring by its column heading (headed_cells.counted_under_heading) ------------
# (Korean "…마다" questions: an English "per hour" is read as no recurrence, so the rule
# has no English form.)
# "시장주차장 10분 추가될때마다 얼마" was declined: the row "| 중앙시장 공영주차장 | 무료 | 300원 |
# 12,000원 |" states the sum per 10 minutes only through its column heading "추가 10분마다".

_FEES = """| 주차장 | 최초 30분 | 추가 10분마다 | 1일 최대 |
|---|---|---|---|
| 중앙시장 공영주차장 | 무료 | 300원 | 12,000원 |
"""
_HIRE = """| 품목 | 1시간마다 | 하루 |
|---|---|---|
| 카약 | 12,000원 | 40,000원 |
"""
_LESSONS = """| 과목 | 주 1회마다 | 등록비 |
|---|---|---|
| 수영 | 40,000원 | 10,000원 |
"""


@pytest.mark.parametrize(
    ("question", "row", "table"),
    [
        (
            "시장주차장 10분 추가될때마다 얼마",
            "| 중앙시장 공영주차장 | 무료 | 300원 | 12,000원 |",
            _FEES,
        ),
        (
            "중앙시장 10분마다 요금 얼마씩 붙어요?",
            "| 중앙시장 공영주차장 | 무료 | 300원 | 12,000원 |",
            _FEES,
        ),
        ("카약 1시간마다 얼마에요", "| 카약 | 12,000원 | 40,000원 |", _HIRE),
        ("카약 대여 시간마다 얼마씩 내요?", "| 카약 | 12,000원 | 40,000원 |", _HIRE),
        ("수영 주 1회마다 얼마에요", "| 수영 | 40,000원 | 10,000원 |", _LESSONS),
    ],
)
def test_a_row_figure_recurs_by_its_column_heading(question: str, row: str, table: str) -> None:
    asked = analyze_question(question)
    assert asked.recurring
    assert counted_under_heading(row, table, asked, question)


@pytest.mark.parametrize(
    ("question", "row", "table"),
    [
        # A row that is no body row of a table: nothing to read under a heading.
        ("카약 1시간마다 얼마에요", "카약은 주말에 더 비쌉니다.", _HIRE),
        # A question asking no recurrence and no count is left to the row as written.
        ("카약 얼마에요", "| 카약 | 12,000원 | 40,000원 |", _HIRE),
    ],
)
def test_no_table_row_or_no_recurrence_is_left_alone(question: str, row: str, table: str) -> None:
    assert not counted_under_heading(row, table, analyze_question(question), question)


def test_the_recurring_heading_reading_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "카약 1시간마다 얼마에요"
    asked = analyze_question(question)
    read_only_by_its_rule(
        lambda: counted_under_heading("| 카약 | 12,000원 | 40,000원 |", _HIRE, asked, question),
        True,
        off(headed_cells, "cells_with_headings", lambda _raw, _passage: None),
        monkeypatch,
    )
