"""Wrong document answers docwrongs52 fixed: "you" over the samples, 처음 가면, 쉬는 날.

- tools.rag.addressed_place_52x: a question put to "you" that names no place, over the
  user's own documents and the bundled samples, is answered from the user's document that
  states it, never from the sample clinic; when several of the user's documents state it,
  the reply names them and asks which.
- tools.rag.payment_means (phones, mobile payments):
  "can I pay with my phone" is not answered by a sentence that gives nothing over the phone.
- tools.rag.dense_confirmed (named_venue): "is parking free when I go to the cinema" is not
  answered with the clinic's parking when no document names a cinema.
- tools.rag.visit_kinds_52x: "처음 가면 할인 있어요?" asks for a first-visit discount, not
  the birthday or student ones; "쉬는날 언제에요" is answered with the regular closing day
  a guide writes as 휴무.

The documents are this test's own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import SAMPLES_COLLECTION, copy_of_samples
from tools.rag.addressed_place_52x import (
    addresses_unnamed_place,
    is_bundled_sample,
    own_place_answer,
)
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.payment_means import names_no_payment_means
from tools.rag.question import analyze_question
from tools.rag.shared_collection import SAMPLES_COLLECTION as SHARED_SAMPLES
from tools.rag.store import DocumentStore
from tools.rag.textutil import tokenize
from tools.rag.visit_kinds_52x import with_day_off_glossed, with_first_visit_noun

_BIKES = """# Spoke and Chain Cycles: shop guide

## Opening hours

| Day | Hours |
|---|---|
| Monday to Friday | 08:30–19:30 |
| Saturday | 10:00–16:30 |
| Sunday | closed |

## Paying

Spoke and Chain is a cashless shop: we take cards and phone payments only.

## Repairs

A puncture repair costs £12 and is done while you wait.
"""

_BAKERY = """# Flour Lane Bakery

## Hours

We bake every day. On Saturday we open at 07:15 and close at 15:00.

## Orders

Celebration cakes need three days' notice.
"""

_HAIR = """# 초록 헤어 이용 안내

## 영업 시간

- 평일: 오전 10시 ~ 오후 8시
- 주말: 오전 10시 ~ 오후 6시
- 정기 휴무: 매주 화요일

설날과 추석 당일에는 쉬고, 그다음 날은 오후 1시에 엽니다.

## 할인

- 생일 할인: 생일이 있는 주에는 커트를 15% 할인해 드립니다.
- 학생 할인: 대학생은 학생증을 보여 주시면 커트를 3,000원 할인해 드립니다.
- 첫 방문 할인: 처음 오신 분은 두피 케어를 7,000원 할인해 드립니다.
"""

_FLORIST = """# 봄날 꽃집 안내

## 할인

- 생일 할인: 생일이 있는 달에는 꽃다발을 10% 할인해 드립니다.
- 단체 할인: 꽃다발 10개 이상 주문하시면 5% 할인해 드립니다.

## 배달

배달은 오후 5시까지 주문하시면 당일에 해 드립니다.
"""


_OPTICIAN = """# Clear View Opticians

## Prescriptions

Prescriptions are not given over the phone; collect them in person.

## Frames

Frames start at £45 and lenses at £30.
"""


def _store(
    factory: pytest.TempPathFactory, template: Path, name: str, docs: dict[str, str]
) -> DocumentStore:
    folder = factory.mktemp(f"{name}_docs")
    for file, text in docs.items():
        (folder / file).write_text(text, encoding="utf-8")
    return copy_of_samples(template, factory.mktemp(name), sorted(folder.iterdir()))


@pytest.fixture(scope="module")
def own_store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    """The samples, one English shop of the user's, and two Korean guides of theirs."""
    docs = {"bike_shop_en.md": _BIKES, "hair_salon_ko.md": _HAIR, "florist_ko.md": _FLORIST}
    store = _store(tmp_path_factory, embedded_samples, "docwrongs52_own", docs)
    yield store
    store.close()


def _plan(store: DocumentStore, question: str) -> DocPlan:
    return plan_document_step(store, question, collection=SAMPLES_COLLECTION, pinned=False)


def _sources(plan: DocPlan) -> list[str]:
    return [str(c["source"]) for c in plan.citations]


def test_you_question_is_answered_from_the_users_document_not_the_sample_clinic(
    own_store: DocumentStore,
) -> None:
    plan = _plan(own_store, "what time do u open on saturday")
    assert plan.kind == "extractive", plan.reasons
    assert _sources(plan) and all(s.endswith("bike_shop_en.md") for s in _sources(plan))
    assert "10:00–16:30" in plan.answer
    assert "09:00–13:00" not in plan.answer  # the sample clinic's Saturday hours


class _TwoPlaces:
    """A store whose search finds the sample clinic's and two of the user's places' hours."""

    def __init__(self) -> None:
        self.passages = [
            _passage("data/samples/visitor_info_en.md", "Saturday: 09:00–13:00"),
            _passage("uploads/bike_shop_en.md", "On Saturday we open at 10:00."),
            _passage("uploads/bakery_en.md", "On Saturday we open at 07:15."),
        ]

    def search(self, query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        return self.passages[:k]

    def extractive_answer(self, question: str, passages: Sequence[Passage]) -> ExtractiveAnswer:
        raise AssertionError("two places state it: no answer is quoted")


def _passage(source: str, text: str) -> Passage:
    tokens = tuple(tokenize(text))
    return Passage(
        chunk_id=source,
        source=source,
        text=text,
        heading="Opening hours",
        sentences=((0, len(text), tokens),),
    )


def test_you_question_two_own_places_state_asks_which_one() -> None:
    docs = _TwoPlaces()
    question = "what time do you open on saturday"
    sample = docs.passages[0]
    answer = ExtractiveAnswer(
        text=f"{sample.text} [1]", citations=(sample.citation(1),), confidence=0.6, covered=True
    )
    decision = own_place_answer(
        docs, question, analyze_question(question), answer, docs.passages[:1], "default"
    )
    assert decision is not None and decision.answer is None
    assert "Which place" in decision.reply
    assert "bike_shop_en.md" in decision.reply and "bakery_en.md" in decision.reply
    assert "visitor_info_en.md" not in decision.reply


def test_cash_question_is_not_answered_with_the_sample_clinics_cash_rule(
    own_store: DocumentStore,
) -> None:
    plan = _plan(own_store, "do you take cash")
    # The shop is cashless; the sample clinic's "Cash is accepted" is no answer for it.
    assert "Cash is accepted" not in plan.answer
    assert not any("data/samples" in s for s in _sources(plan))


def test_a_question_naming_its_place_or_no_you_is_left_alone() -> None:
    assert addresses_unnamed_place("do u take cash")
    assert not addresses_unnamed_place("do you take cash at the bakery")
    assert not addresses_unnamed_place("is parking free")
    assert not addresses_unnamed_place("현금 돼요?")


def test_samples_are_told_by_collection_or_by_the_bundled_folder() -> None:
    def passage(source: str, collection: str = "default") -> Passage:
        return Passage(chunk_id="c", source=source, text="x", collection=collection)

    assert is_bundled_sample(passage("data/samples/clinic_guide.md"))
    assert is_bundled_sample(passage("/srv/app/data/samples/clinic_guide.md"))
    assert is_bundled_sample(passage("uploads/clinic.md", SHARED_SAMPLES))
    assert not is_bundled_sample(passage("uploads/bike_shop_en.md"))


def test_first_visit_discount_quotes_the_first_visit_line(own_store: DocumentStore) -> None:
    plan = _plan(own_store, "처음 가면 할인 있어요?")
    assert plan.kind == "extractive", plan.reasons
    assert "처음 오신 분은 두피 케어를 7,000원 할인" in plan.answer
    assert "생일" not in plan.answer and "학생" not in plan.answer


def test_first_visit_discount_unstated_is_not_answered_with_other_discounts(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> None:
    store = _store(tmp_path_factory, embedded_samples, "docwrongs52_florist", {"f.md": _FLORIST})
    try:
        plan = _plan(store, "처음 가면 할인 있어요?")
    finally:
        store.close()
    assert "생일" not in plan.answer and "단체" not in plan.answer, plan.answer


def test_day_off_question_quotes_the_regular_closing_day(own_store: DocumentStore) -> None:
    plan = _plan(own_store, "쉬는날 언제에요")
    assert plan.kind == "extractive", plan.reasons
    assert plan.answer.startswith("정기 휴무: 매주 화요일"), plan.answer


def test_the_rewrites_only_touch_their_phrases() -> None:
    assert with_first_visit_noun("처음 가면 할인 있어요?") == "처음에 가면 할인 있어요?"
    assert (
        with_first_visit_noun("처음 가는데 신분증 있어야 돼요?")
        == "처음 가는데 신분증 있어야 돼요?"
    )
    assert with_first_visit_noun("처음 보는 약이에요") == "처음 보는 약이에요"
    assert with_day_off_glossed("쉬는날 언제에요", lambda words: []) == "쉬는날(휴무) 언제에요"
    # A collection that never writes 휴무 keeps the question's own words.
    assert with_day_off_glossed("쉬는 날 언제에요", lambda words: words) == "쉬는 날 언제에요"


@pytest.fixture(scope="module")
def optician_store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    """The samples and an optician's page that gives nothing over the phone."""
    docs = {"optician_en.md": _OPTICIAN}
    store = _store(tmp_path_factory, embedded_samples, "docwrongs52_optician", docs)
    yield store
    store.close()


def test_paying_by_phone_is_not_answered_by_what_is_not_given_over_the_phone(
    optician_store: DocumentStore,
) -> None:
    plan = _plan(optician_store, "can I pay with my phone")
    assert "over the phone" not in plan.answer, plan.answer


def test_paying_by_phone_asks_a_means_a_phone_call_sentence_does_not_name() -> None:
    question = "can I pay with my phone"
    assert names_no_payment_means(question, "Prescriptions are not given over the phone.")
    assert not names_no_payment_means(question, "We take cards and mobile payments.")
    assert names_no_payment_means("휴대폰으로 결제 돼요?", "결과는 전화로 알려 드리지 않습니다.")


def test_a_place_no_document_names_is_not_answered_with_the_clinics_parking(
    optician_store: DocumentStore,
) -> None:
    plan = _plan(optician_store, "is parking free when I go to the cinema")
    assert plan.kind != "extractive", plan.answer
