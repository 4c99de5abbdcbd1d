"""Third blind held-out set (issue 11, docqa3): 0 wrong answers, and the recall reached.

``bench/docqa_heldout3`` was written before any change of its branch, over the bundled
samples and a Korean leave policy of its own. Main's code gave 9 wrong answers on it
(P 0.73); each near-miss below is one of them, answered from a neighbouring passage.
Every question runs through the real planner on a real store with the real
multilingual e5 model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from bench.docqa import sample_store
from tests.tools.rag.heldout_floor import assert_set_holds
from tools.rag import DocumentStore
from tools.rag.crosslingual import concept_groups
from tools.rag.question import analyze_question, yes_no_subject
from tools.rag.sentence_checks import (
    leaves_item_open,
    picks_two_items,
    rate_conflict,
    states_figures,
)

HELDOUT3 = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout3"
POLICY = HELDOUT3 / "leave_policy_ko.md"
# Measured with `python -m bench.docqa --devset bench/docqa_heldout3/questions.json --docs
# bench/docqa_heldout3/leave_policy_ko.md`: main 24 of 63 right, 9 wrong, 14 of 20
# declined; docqa3 31 of 63 (recall 0.49), docqa4 34 of 63 (recall 0.54), 0 wrong,
# 20 of 20 declined; docprec 35 of 63 (recall 0.556), 0 wrong; 2026-11-30 (docqa8's
# scenery words, docqa9's word families) 37 of 63 (recall 0.587), 0 wrong.
HELDOUT3_RECALL_FLOOR = 0.58


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    store = sample_store(tmp_path_factory.mktemp("heldout3"), dense=True, extra=(POLICY,))
    yield store
    store.close()


def test_third_heldout_set_has_no_wrong_answer_and_keeps_its_recall(
    store: DocumentStore,
) -> None:
    assert_set_holds(
        store,
        HELDOUT3 / "questions.json",
        recall_floor=HELDOUT3_RECALL_FLOOR,
        min_questions=60,
        min_unanswerable=15,
    )


@pytest.mark.parametrize(
    "question",
    [
        # Each was answered by main from a passage about something else.
        "입사한 지 2년 됐는데 연차가 며칠이에요?",  # "주 2회" read as the figure 2
        "본인이 출산하면 출산휴가는 며칠이에요?",  # the spouse's birth leave
        "이부프로펜 하루 최대 복용량은 얼마예요?",  # the single dose
        "어린이는 로라타딘 몇 mg 먹어요?",  # the adult dose
        "How much is the co-payment for a visit?",  # "pay only their co-payment"
        "How long does a urine test take?",  # the Korean blood-test sentence
        "Can children get a health check-up at the clinic?",  # weekday mornings
    ],
)
def test_near_misses_of_the_third_set_are_not_answered(store: DocumentStore, question: str) -> None:
    plan = plan_document_step(store, question, collection="devset", pinned=False)
    assert plan.kind != "extractive", plan.answer


def test_the_pharmacy_sunday_question_is_answered_from_the_pharmacy_guide(
    store: DocumentStore,
) -> None:
    # Main once answered it from the clinic's "Sundays ...: closed" (a near miss); with the
    # everyday vocabulary on it is answered from the pharmacy guide's own sentence, which
    # is the set's right answer, so it is no longer expected to decline.
    plan = plan_document_step(
        store, "Is the pharmacy open on Sundays?", collection="devset", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert str(plan.citations[0]["source"]).endswith("pharmacy_guide.md")
    assert "쉽니다" in plan.answer


def test_a_figure_must_be_stated_with_the_questions_unit() -> None:
    assert not states_figures("입사한 지 2년 됐는데 연차가 며칠이에요?", "주 2회까지 재택근무")
    assert not states_figures("How many minutes are in 3.5 hours?", "register 30 minutes")
    assert states_figures("How many minutes are in 3.5 hours?", "3.5 hours")
    assert states_figures("180,000원을 6명이 나누면?", "180,000원을 6명이")
    # A bare number needs only the number.
    assert states_figures("What does rule 7 say?", "Rule 7: no food")


def test_a_listing_sentence_does_not_answer_a_question_combining_two_of_its_items() -> None:
    leave = "본인 결혼 시 5일, 자녀 결혼 시 1일, 배우자 출산 시 10일의 유급 휴가를 줍니다."
    assert picks_two_items(leave, concept_groups(["본인", "출산", "휴가"]))
    assert not picks_two_items(leave, concept_groups(["배우자", "출산", "휴가"]))
    assert not picks_two_items(leave, concept_groups(["결혼", "휴가"]))
    # A word with no parallel in the other items (the subject 약국) rules nothing out.
    hours = "약국은 평일 09:00–18:00, 토요일 09:00–13:00에 문을 엽니다."
    assert not picks_two_items(hours, concept_groups(["약국", "토요일"]))


def test_a_figure_per_another_period_answers_another_question() -> None:
    daily = "이부프로펜 하루 최대 복용량은 얼마예요?"
    assert rate_conflict(daily, "성인은 보통 한 번에 200~400mg을 복용하며")
    assert not rate_conflict(daily, "하루 최대 4,000mg을 넘기지 마세요.")
    # A night's lodging is a day's; a sentence naming no period does not conflict.
    assert not rate_conflict("서울에서 호텔 자면 하루 얼마까지 나와요?", "서울은 1박 12만 원")
    assert not rate_conflict(daily, "성인은 200~400mg을 복용합니다.")


def test_a_listing_leaves_an_item_open_when_the_question_names_none_of_its_kind() -> None:
    leave = "본인 결혼 시 5일, 자녀 결혼 시 1일, 배우자 출산 시 10일의 유급 휴가를 줍니다."
    assert leaves_item_open(leave, concept_groups(["형제", "결혼", "휴가"]))
    assert not leaves_item_open(leave, concept_groups(["자녀", "결혼", "휴가"]))
    lodging = "숙박비는 서울 지역 1박 12만 원, 그 밖의 지역 1박 9만 원까지 실비로 지급합니다."
    assert not leaves_item_open(lodging, concept_groups(["서울", "호텔", "하루"]))


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # Everyday words no document holds (올해, 내년; 유통, 기한) are half the question;
        # the lexical match on the rest and the dense model agree by a clear margin.
        # (The 이월 sentence opens "그해에", a year, not a point back: back_references.)
        ("올해 못 쓴 연차는 내년으로 넘길 수 있나요?", "3월 31일까지 이월"),
        ("유통기한 지난 약 약국에 가져가면 버려 주나요?", "폐기"),
        # 일주일 before 통째로 is no compound naming another kind of thing.
        ("일주일 통째로 쉬고 싶은데 언제까지 신청해야 하죠?", "2주 전까지"),
        # Untyped questions on a passage in the other language: the closest sentence names
        # the question's known topic (ibuprofen/이부프로펜 in its heading; 건강, 물/water).
        ("Should I take ibuprofen with food?", "식사 후에"),
        ("건강검진 전에 물은 마셔도 되나요?", "except water"),
        # "어떤 사람" asks for a person; "시간이 있나요" for a time; "used" is a verb.
        ("이부프로펜은 어떤 사람이 먹으면 안 돼요?", "위궤양"),
        ("재택근무할 때도 꼭 연락 돼야 하는 시간이 있나요?", "오전 10시부터 오후 4시까지"),
        ("What is loratadine used for?", "알레르기"),
        # Main quoted the pharmacy's floor ("same building"); the Korean ramp-and-elevator
        # sentence answers it, "build" having no Korean form in the bridge (docprec).
        ("Is there an elevator in the building?", "엘리베이터"),
        # Only the subject of an English yes/no question must be named ("phone" need not).
        ("Can I pay with my phone, like a mobile wallet?", "mobile payments"),
        # English on the Korean policy: the quoted passage is the standout Korean chunk
        # and the dense model picks the same sentence (docqa4).
        ("How many paid sick days are there per year?", "최대 10일"),
        # An everyday word no document holds (일주일, 물어보다) is phrasing, not a subject
        # the documents lack: the dense pick's ordinary margin suffices (docqa4).
        ("재택은 일주일에 몇 번 할 수 있어요?", "주 2회"),
        ("휴가 관련해서 누구한테 물어보면 돼요?", "이서연 매니저"),
    ],
)
def test_questions_main_declined_are_answered_from_the_right_sentence(
    store: DocumentStore, question: str, quote: str
) -> None:
    plan = plan_document_step(store, question, collection="devset", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert quote in plan.answer


def test_an_unlisted_item_is_not_answered_from_the_listing(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "형제가 결혼하면 휴가 있어요?", collection="devset", pinned=False
    )
    assert plan.kind != "extractive", plan.answer


@pytest.mark.parametrize(
    "question",
    [
        # The standout Korean passage is the quoted one (paid sick leave), but the dense
        # model picks another of its sentences: "unpaid" is not "paid".
        "How many days of unpaid leave can I take?",
        "How long does a urine test take?",
    ],
)
def test_a_standout_passage_whose_sentences_disagree_is_not_quoted(
    store: DocumentStore, question: str
) -> None:
    plan = plan_document_step(store, question, collection="devset", pinned=False)
    assert plan.kind != "extractive", plan.answer


def test_question_analysis_of_greetings_people_times_and_passives() -> None:
    assert "안녕" not in analyze_question("안녕하세요, 주차는 몇 시간 무료인가요?").terms
    which = analyze_question("이부프로펜은 어떤 사람이 먹으면 안 돼요?")
    assert which.answer_type == "person"
    assert "사람" not in which.topic_terms
    set_time = analyze_question("재택근무할 때도 꼭 연락 돼야 하는 시간이 있나요?")
    assert set_time.answer_type == "datetime"
    assert analyze_question("몇 시간이 걸려요?").answer_type == "duration"
    assert analyze_question("What is loratadine used for?").topic_terms == ("loratadine",)
    assert yes_no_subject("Is the pharmacy open on Sundays?") == "pharmacy"
    assert yes_no_subject("Is there an elevator in the building?") == ""
