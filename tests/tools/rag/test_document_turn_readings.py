"""Readings that let a document question find the sentence that answers it (cited12).

Found on the workload's answerable document turns that declined; the examples here are
our own (taxis, condolence leave, a dental clinic, lodging), not the workload's questions.
"""

from __future__ import annotations

from pathlib import Path

from agents.documents import _QUESTION, plan_document_step
from tools.rag import DocumentStore
from tools.rag.answer import extractive_answer
from tools.rag.crosslingual import equivalents
from tools.rag.elsewhere import places_elsewhere_covers
from tools.rag.models import Passage
from tools.rag.qualifiers import anchor_conflict
from tools.rag.scene_words import asked_kind_unstated, scene_terms
from tools.rag.subjects import compound_groups, missing_rare_topic
from tools.rag.textutil import tokenize

_TAXIS = Passage(
    chunk_id="t1",
    source="travel.md",
    heading="Taxis",
    text="Staff away on business may take a taxi to the airport. Taxi fares are paid back in full.",
)
_CLAIMS = Passage(
    chunk_id="t2",
    source="travel.md",
    heading="Claims",
    text="Send the receipts within a week of the trip.",
)


_WRITTEN = {"taxi", "fare", "paid", "back", "staff", "away", "business", "trip", "receipt"}


def _one_chunk_each(token: str) -> int:
    # Every word the example's chunks write is named by one chunk: a specific subject.
    return 1 if token in _WRITTEN else 0


def test_two_words_sharing_one_translation_are_one_topic() -> None:
    # "business" and "trip" both translate as 출장: "business trip" is one concept.
    business, trip, taxi = compound_groups(["business", "trip", "taxi"])
    assert "business" in trip and "trip" in business
    assert "business" not in taxi and "taxi" not in trip


def test_a_passage_naming_half_of_a_compound_holds_it() -> None:
    tokens = {"staff", "away", "business", "taxi", "fare", "paid", "back"}
    assert not missing_rare_topic(
        ["taxi", "business", "trip"], tokens, _one_chunk_each, korean_only=False
    )
    # A passage naming neither word of it still lacks the topic.
    assert missing_rare_topic(
        ["taxi", "trip"], {"taxi", "fare"}, _one_chunk_each, korean_only=False
    )


def test_a_rule_for_the_concept_answers_a_question_naming_the_compound() -> None:
    answer = extractive_answer(
        "Are taxi fares paid back on a business trip?",
        [_TAXIS, _CLAIMS],
        frequency=_one_chunk_each,
    )
    assert answer.covered
    assert "Taxi fares are paid back in full." in answer.text


def test_a_grandmother_is_named_by_the_word_for_grandparents() -> None:
    # Rules name the relation (조부모상), people name the person (할머니, grandfather).
    assert "조부모" in equivalents("할머니")
    assert "조부모" in equivalents("할아버지")
    assert "grandparent" in equivalents("할머니")


def test_a_rule_for_grandparents_answers_a_question_about_a_grandfather() -> None:
    allowance = Passage(
        chunk_id="g1",
        source="welfare.md",
        heading="조의금",
        text="부모상에는 20만 원을 지급합니다. 조부모상에는 10만 원을 지급합니다.",
    )
    answer = extractive_answer("할아버지 상 당하면 조의금 얼마 나와요?", [allowance])
    assert answer.covered
    # Only the grandparents' rule is quoted: the parents' figure is another case's.
    assert [s.text for s in answer.sentences] == ["조부모상에는 10만 원을 지급합니다."]


def test_using_something_counts_from_the_same_anchor_in_either_word() -> None:
    # "쓰려면 며칠 전" and "사용하기 2일 전" count from the same moment: the native verb
    # and its Sino-Korean noun name one act, as 먹 and 복용 do.
    question = "회의실 쓰려면 며칠 전에 예약해야 해요?"
    assert not anchor_conflict(question, "회의실은 사용하기 2일 전까지 예약해야 합니다.")
    # Another act is still another anchor.
    assert anchor_conflict(question, "회의실은 청소하기 2일 전까지 예약해야 합니다.")


def test_a_clinic_is_the_hospital_people_ask_about() -> None:
    # People call a 의원 (a clinic) 병원: a question about the 병원's parking is about
    # the clinic's, not about the one chunk that happens to write 병원.
    parking = Passage(
        chunk_id="c1",
        source="dental.md",
        heading="주차",
        text="의원 건물 지하 주차장은 진료 당일 2시간까지 무료입니다.",
    )
    bus = Passage(
        chunk_id="c2",
        source="dental.md",
        heading="오시는 길",
        text="병원 앞 정류장에서 7번 버스를 타면 역까지 10분 걸립니다.",
    )
    chunks = [set(tokenize(f"{p.heading} {p.text}")) for p in (parking, bus)]

    def frequency(token: str) -> int:
        return sum(token in c for c in chunks)

    answer = extractive_answer("병원 주차 몇 시간 무료예요?", [parking, bus], frequency=frequency)
    assert answer.covered
    assert "2시간까지 무료" in answer.text


def test_a_grandfather_who_comes_along_is_no_subject_of_the_question() -> None:
    # 할아버지 reaches the condolence rule through 조부모, but the question asks about
    # parking: the relation word only sets the scene, and the parking rule answers.
    parking = Passage(
        chunk_id="s1",
        source="centre.md",
        heading="주차",
        text="방문객은 지하 주차장을 3시간 동안 무료로 이용할 수 있습니다.",
    )
    condolence = Passage(
        chunk_id="s2",
        source="centre.md",
        heading="경조사",
        text="직원의 조부모상에는 2일의 휴가를 줍니다.",
    )
    chunks = [set(tokenize(f"{p.heading} {p.text}")) for p in (parking, condolence)]

    def frequency(token: str) -> int:
        return sum(token in c for c in chunks)

    question = "할아버지 모시고 가는데 주차 몇 시간 무료예요?"
    answer = extractive_answer(question, [parking, condolence], frequency=frequency)
    assert answer.covered
    assert "3시간 동안 무료" in answer.text


_ALLOWANCES = """# Field staff allowances

## Lodging

Lodging is paid up to $150 per night in Boston and $100 per night elsewhere.

## Taxis

Taxi fares to the station are paid back with a receipt.
"""


def _passage(heading: str, text: str) -> Passage:
    return Passage(chunk_id=heading, source="allowances.md", heading=heading, text=text)


def test_a_place_no_document_names_is_covered_by_the_rule_for_elsewhere() -> None:
    lodging = _passage(
        "Lodging",
        "Lodging is paid up to $150 per night in Boston and $100 per night elsewhere.",
    )
    taxis = _passage("Taxis", "Taxi fares to the station are paid back with a receipt.")
    question = "How much lodging is paid per night in Denver?"
    assert places_elsewhere_covers(question, ["denver"], [lodging, taxis]) == ["denver"]
    # Only a place named after a preposition of place, only with such a rule first.
    assert places_elsewhere_covers("How much for a Denver night?", ["denver"], [lodging]) == []
    assert places_elsewhere_covers(question, ["denver"], [taxis, lodging]) == []
    assert places_elsewhere_covers("How much lodging for a night?", ["lodging"], [lodging]) == []


def test_the_unknown_place_is_answered_by_the_rule_for_elsewhere(tmp_path: Path) -> None:
    doc = tmp_path / "allowances.md"
    doc.write_text(_ALLOWANCES, encoding="utf-8")
    store = DocumentStore(tmp_path / "store", dense=False)
    try:
        store.ingest_path(doc, "field")
        plan = plan_document_step(
            store, "How much lodging is paid per night in Denver?", collection="field", pinned=False
        )
        assert plan.kind == "extractive", plan.reasons
        assert "$100 per night elsewhere" in plan.answer
        # Another rule's passage first: the place stays unknown.
        taxi = plan_document_step(
            store, "Are taxi fares paid back in Denver?", collection="field", pinned=False
        )
        assert taxi.kind != "extractive", taxi.answer
    finally:
        store.close()


_PARCELS = """# Front desk

## Parcels

Someone collecting a parcel for you needs a signed note and a copy of your ID.

## Keys

Spare keys cost 15,000 won and take two days.
"""


def test_an_english_sentence_opening_with_an_auxiliary_is_a_question() -> None:
    # Typed without "?": "can my brother ..." asks as much as "can I ...?".
    assert _QUESTION.search("can my brother sign for me")
    assert _QUESTION.search("Should the form be signed by hand")
    assert not _QUESTION.search("my brother signed the form")


def test_picking_up_for_someone_is_collecting(tmp_path: Path) -> None:
    assert "collect" in equivalents("pick")
    doc = tmp_path / "desk.md"
    doc.write_text(_PARCELS, encoding="utf-8")
    store = DocumentStore(tmp_path / "store", dense=False)
    try:
        store.ingest_path(doc, "desk")
        plan = plan_document_step(
            store, "can my brother pick up my parcel for me", collection="desk", pinned=False
        )
        assert plan.kind == "extractive", plan.reasons
        assert "signed note" in plan.answer
    finally:
        store.close()


_LIBRARY = """# 작은 도서관 이용 안내

## 대출

책은 한 사람이 다섯 권까지 2주 동안 빌릴 수 있습니다. 대출하려면 회원증을 보여 주세요.

## 반납

반납일을 넘기면 늦은 날수만큼 대출이 정지됩니다. 반납은 무인 반납함에도 할 수 있습니다.
"""


def test_a_penalty_asked_about_is_answered_by_what_follows_the_condition(tmp_path: Path) -> None:
    # 불이익 is in no document (and Kiwi reads 이익, a profit): the rule says what follows.
    assert "이익" in scene_terms("책 늦게 반납하면 불이익 있어요?")
    doc = tmp_path / "library.md"
    doc.write_text(_LIBRARY, encoding="utf-8")
    store = DocumentStore(tmp_path / "store", dense=False)
    try:
        store.ingest_path(doc, "library")
        late = plan_document_step(
            store, "반납일 넘기면 불이익 있어요?", collection="library", pinned=False
        )
        assert late.kind == "extractive", late.reasons
        assert "대출이 정지됩니다" in late.answer
        # How to borrow is no consequence of anything: the penalty stays unanswered.
        borrow = plan_document_step(
            store, "책 빌리면 불이익 있어요?", collection="library", pinned=False
        )
        assert borrow.kind != "extractive", borrow.answer
    finally:
        store.close()


def test_only_a_sentence_stating_a_condition_answers_a_penalty() -> None:
    question = "예약 취소하면 페널티 있어요?"
    excused = scene_terms(question)
    assert asked_kind_unstated(question, excused, "취소하려면 전날까지 전화해 주세요.")
    assert not asked_kind_unstated(question, excused, "당일 취소하면 수수료를 냅니다.")
    # Without a penalty word nothing is held back.
    assert not asked_kind_unstated("취소는 어떻게 해요?", excused, "전화해 주세요.")


_SUPPLEMENTS = """# 영양제 안내

## 비타민

비타민은 위가 쓰릴 수 있으니 식후에 복용하세요. 하루 한 번 1정을 복용하세요.

## 유산균

유산균은 하루 한 번 1포를 복용하세요.
"""


def test_an_empty_stomach_is_answered_by_when_to_take_it_against_meals(tmp_path: Path) -> None:
    doc = tmp_path / "supplements.md"
    doc.write_text(_SUPPLEMENTS, encoding="utf-8")
    store = DocumentStore(tmp_path / "store", dense=False)
    try:
        store.ingest_path(doc, "shelf")
        iron = plan_document_step(
            store, "비타민 빈속에 먹어도 돼요?", collection="shelf", pinned=False
        )
        assert iron.kind == "extractive", iron.reasons
        assert "식후에 복용하세요" in iron.answer
        # The probiotics rule gives a dose, no meal timing: the question stays unanswered.
        probiotics = plan_document_step(
            store, "유산균 공복에 먹어도 돼요?", collection="shelf", pinned=False
        )
        assert probiotics.kind != "extractive", probiotics.answer
    finally:
        store.close()
