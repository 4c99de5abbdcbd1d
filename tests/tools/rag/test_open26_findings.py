"""Rules from the open document turns of unseen set 17, on the team's own documents.

- a name said with the asker's family role (저 박서준 아빠인데요, 서준이) is no term; with it
  gone, a question left with one topic besides family words declines;
- a wheelchair question's verbs (타고 가다, get in) are how the asker comes, and only a
  sentence naming a ramp or a lift answers it;
- the place of the asked act (병원에서 받다) is no topic when every passage's document
  names it (the place's own FAQ in English).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from agents.documents import plan_document_step
from tools.rag import act_places, asker_names, excused_terms, question, trailing_context
from tools.rag.access_questions import access_unstated, access_verbs
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore

_SWIM_CENTRE = """# 푸른물 수영장 이용 안내

## 강습 변경

수영 강습 요일을 바꾸려면 강습 시작 3일 전까지 안내데스크(031-777-0200)로 연락해 주세요.

## 이용 시설

건물 정문에 경사로가 있고, 승강기는 휠체어가 들어갈 수 있습니다.

## 귀가

어린이는 등록된 보호자에게만 인계합니다. 오후 6시 이후 귀가는 차량을 이용합니다.
"""

_PHARMACY_FAQ_EN = """# Maple Pharmacy FAQ

These answers describe the fictional Maple Pharmacy.

## Can you send the bill to my insurer?

We do not send bills to insurers. At the counter, ask for a paid receipt and a copy of the prescription; an insurer needs both for a claim.
"""  # noqa: E501

_PARENT = "저 박서준 아빠인데요. 서준이 수영 강습 요일 바꾸려면 어떻게 해요?"
_WHEELCHAIR = "휠체어 타고 갈 수 있어요?"
_BENEFIT = "보험 청구하려면 약국에서 뭘 챙겨 가야 돼요?"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    docs = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    docs.ingest_texts(
        [("swim_centre.md", _SWIM_CENTRE), ("pharmacy_faq_en.md", _PHARMACY_FAQ_EN)],
        collection="default",
    )
    yield docs
    docs.close()


def _plan(store: DocumentStore, text: str) -> tuple[str, str]:
    plan = plan_document_step(store, text, collection="default", pinned=False)
    return plan.kind, plan.answer


def test_a_family_role_name_and_its_echo_are_no_terms() -> None:
    terms = analyze_question(_PARENT).terms
    assert "강습" in terms
    assert not any("서준" in t for t in terms), terms


def test_the_family_role_name_rule_off_keeps_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(question, "without_asker_names", lambda text: text)
    other = "저 최지안 엄마예요. 지안이 수영 강습 빠지면 어떻게 해요?"  # not cached
    assert any("지안" in t for t in analyze_question(other).terms)


def test_a_parent_naming_the_child_is_answered(store: DocumentStore) -> None:
    kind, answer = _plan(store, _PARENT)
    assert kind == "extractive" and "031-777-0200" in answer


def test_one_topic_left_after_the_name_declines(store: DocumentStore) -> None:
    thin = "저 김민준 엄마인데요 낼 이모가 귀가시키러 가는데 뭐 해야 되나요?"
    assert asker_names.thin_after_asker_names(thin, analyze_question(thin).topic_terms)
    kind, answer = _plan(store, thin)
    assert kind != "extractive" and "인계" not in answer


def _answer_quoting(sentence: str) -> SimpleNamespace:
    quoted = SimpleNamespace(text=sentence, score=1.0, chunk_id="c1")
    return SimpleNamespace(sentences=[quoted])


def test_one_topic_after_the_name_makes_any_quote_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    thin = "저 김민준 엄마인데요 낼 이모가 귀가시키러 가는데 뭐 해야 되나요?"
    asked = analyze_question(thin)
    answer = _answer_quoting("오후 6시 이후 귀가는 차량을 이용합니다.")
    passages = [Passage(chunk_id="c1", source="swim.md", heading="귀가", text="")]
    assert trailing_context.guess_on_one_word(thin, asked, answer, passages)
    monkeypatch.setattr(trailing_context, "thin_after_asker_names", lambda *_: False)
    assert not trailing_context.guess_on_one_word(thin, asked, answer, passages)


def test_two_topics_after_the_name_are_enough() -> None:
    assert not asker_names.thin_after_asker_names(_PARENT, analyze_question(_PARENT).topic_terms)
    plain = "수영 강습 요일 바꾸려면 어떻게 해요?"
    assert not asker_names.thin_after_asker_names(plain, ("수영",))


def test_a_wheelchair_question_is_answered_by_a_ramp(store: DocumentStore) -> None:
    kind, answer = _plan(store, _WHEELCHAIR)
    assert kind == "extractive" and "경사로" in answer


def test_the_wheelchair_rule_off_declines(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(excused_terms, "access_verbs", lambda *_: frozenset())
    assert _plan(store, _WHEELCHAIR)[0] != "extractive"


def test_a_wheelchair_answer_must_name_a_means_of_access() -> None:
    terms = analyze_question(_WHEELCHAIR).terms
    assert access_verbs(_WHEELCHAIR, terms) >= {"타"}
    assert access_unstated(_WHEELCHAIR, terms, "휠체어는 안내데스크에서 빌려 드립니다.")
    assert not access_unstated(_WHEELCHAIR, terms, "정문에 경사로가 있습니다.")
    # Renting one excuses no verb, so any sentence may answer it.
    rent = "휠체어 빌릴 수 있어요?"
    assert not access_verbs(rent, analyze_question(rent).terms)


def test_the_place_of_the_act_in_its_own_faq(store: DocumentStore) -> None:
    kind, answer = _plan(store, _BENEFIT)
    assert kind == "extractive" and "receipt" in answer


def test_the_place_rule_off_rules_the_faq_out() -> None:
    # The answering section never names the pharmacy; its document does (its title).
    faq = Passage(
        chunk_id="faq",
        source="pharmacy_faq_en.md",
        heading="Can you send the bill to my insurer?",
        text="At the counter, ask for a paid receipt and a copy of the prescription; "
        "an insurer needs both for a claim.",
    )
    terms = analyze_question(_BENEFIT).topic_terms
    places = act_places.owned_act_places(_BENEFIT, terms, [faq], lambda _p, w: w == "pharmacy")
    assert places == {"약국"}

    def answer(ignore: frozenset[str]) -> bool:
        found = extractive_answer(
            _BENEFIT, [faq], idf=lambda _: 1.0, frequency=lambda _: 3, ignore=ignore
        )
        return found.covered and "receipt" in found.text

    assert answer(places)
    assert not answer(frozenset())


def test_a_place_another_document_never_names_stays_a_topic() -> None:
    assert act_places._act_places("약국에서 카드 돼요?", ("약국", "카드")) == ["약국"]
    assert act_places._act_places("집에서부터 얼마나 걸려요?", ("집",)) == []


def test_a_thing_inside_the_place_stays_a_topic() -> None:
    # A kiosk or a room is what is asked about, not whose documents these are.
    assert (
        act_places._act_places("키오스크에서 영수증도 뽑을 수 있어요?", ("키오스크", "영수증"))
        == []
    )
    assert act_places._act_places("열람실에서 김밥 먹어도 돼요?", ("열람실", "김밥")) == []
