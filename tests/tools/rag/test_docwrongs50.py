"""Two cross-lingual wrong answers (docwrongs50): a sibling's named kind, a price for "뭐".

- tools.rag.other_named_kind: "수달 투어도 점심 줘요?" (the otter tour) must not be answered by
  the Waterfall Kayak Tour's lunch: 수달 is in no word list, and the sentence writes "Tour"
  inside a name of its own. "카약 투어" (a transcription of the name's Kayak) still is.
- tools.rag.what_rows: "숲속 캠프 점심으로 뭐 줘요?" (what is served for lunch) must not be
  answered by the camp's price row, which says only that lunch is included.

The documents are this test's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import SAMPLES_COLLECTION, copy_of_samples
from tools.rag.other_named_kind import names_another_named_kind, title_names
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore
from tools.rag.what_rows import prices_only_for_what_question

_TRIPS = """# Lakeside Boat Trips

## Trips and prices

| Trip | Length | Adult | Child | Departs |
|---|---|---|---|---|
| Castle Shore Cruise | 1 hour | 30,000 won | 20,000 won | every hour from 10:00 |
| Otter Spotting Trip | 2 hours | 45,000 won | 30,000 won | 07:30 daily, April to October only |
| Waterfall Kayak Tour | 3 hours | 65,000 won | 45,000 won | 10:00 on Mondays and Fridays |

## What is included

- The Waterfall Kayak Tour includes a picnic lunch at Mirror Falls; a gluten-free lunch is \
available if you ask when booking.
- Life jackets are provided on every trip and must be worn at all times.
- Blankets are provided on the Castle Shore Cruise from November to March.
"""

_CAMP = """# 여름 캠프 안내

## 요금

| 프로그램 | 시간 | 요금 |
|---|---|---|
| 숲속 캠프 (7~12세, 점심 포함) | 종일 | 120,000원 |
| 물놀이 교실 | 2시간 | 40,000원 |

## 안내

- 숲속 캠프는 매주 토요일에 열립니다.
- 물놀이 교실은 수영복과 수건을 가져오셔야 합니다.
"""

_KAYAK_LUNCH = "The Waterfall Kayak Tour includes a picnic lunch at Mirror Falls."


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docwrongs50_docs")
    (folder / "lake_trips_en.md").write_text(_TRIPS, encoding="utf-8")
    (folder / "summer_camp_ko.md").write_text(_CAMP, encoding="utf-8")
    documents = sorted(folder.iterdir())
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("docwrongs50"), documents)
    yield store
    store.close()


def _plan(store: DocumentStore, question: str) -> tuple[str, str]:
    plan = plan_document_step(store, question, collection=SAMPLES_COLLECTION, pinned=False)
    return plan.kind, plan.answer


def test_another_named_tours_lunch_is_not_quoted_for_an_unread_kind(
    store: DocumentStore,
) -> None:
    kind, answer = _plan(store, "수달 투어도 점심 줘요?")
    assert kind != "extractive", answer
    assert "Kayak" not in answer


def test_a_kind_transcribing_the_names_word_is_still_answered(store: DocumentStore) -> None:
    kind, answer = _plan(store, "카약 투어 점심 줘요?")
    assert kind == "extractive"
    assert "picnic lunch" in answer


def test_a_price_row_does_not_say_what_lunch_is(store: DocumentStore) -> None:
    kind, answer = _plan(store, "숲속 캠프 점심으로 뭐 줘요?")
    assert kind != "extractive", answer
    assert "120,000" not in answer


def test_the_price_row_still_answers_its_price(store: DocumentStore) -> None:
    kind, answer = _plan(store, "숲속 캠프 얼마예요?")
    assert kind == "extractive"
    assert "120,000원" in answer


def test_title_names_drop_the_article_and_keep_two_words_or_more() -> None:
    assert title_names("The Waterfall Kayak Tour stops at Mirror Falls. Lunch is free.") == [
        "Waterfall Kayak Tour",
        "Mirror Falls",
    ]


@pytest.mark.parametrize(
    ("question", "unknown", "sentence", "named"),
    [
        ("수달 투어도 점심 줘요?", {"수달"}, _KAYAK_LUNCH, True),
        # 카약 may transcribe Kayak: the name may be the one asked.
        ("카약 투어도 점심 줘요?", {"카약"}, _KAYAK_LUNCH, False),
        # Every noun read by a word list: other gates decide.
        ("수달 투어도 점심 줘요?", set(), _KAYAK_LUNCH, False),
        # The head written bare: no name of another kind.
        ("수달 투어도 점심 줘요?", {"수달"}, "Every tour includes a picnic lunch.", False),
        # The name's head is not the question's.
        ("수달 투어도 점심 줘요?", {"수달"}, "The Castle Shore Cruise includes lunch.", False),
    ],
)
def test_names_another_named_kind(
    question: str, unknown: set[str], sentence: str, named: bool
) -> None:
    asked = analyze_question(question)
    assert names_another_named_kind(question, asked, unknown, sentence) is named


@pytest.mark.parametrize(
    ("question", "row", "only_prices"),
    [
        ("숲속 캠프 점심으로 뭐 줘요?", "| 숲속 캠프 (점심 포함) | 종일 | 120,000원 |", True),
        ("What do they serve for lunch at the camp?", "| Camp (lunch) | full day | $90 |", True),
        # Asked its price: the row answers.
        ("숲속 캠프 얼마예요?", "| 숲속 캠프 (점심 포함) | 종일 | 120,000원 |", False),
        # A cell of content says what the package holds.
        ("기본 패키지에 뭐 나와요?", "| 기본 패키지 | 돌상, 사진 촬영 | 500,000원 |", False),
        # Not asked what is given: the label may state the limit.
        ("숲속 캠프 나이 제한이 뭐예요?", "| 숲속 캠프 (7~12세) | 종일 | 120,000원 |", False),
        # No sum: not a price row.
        ("숲속 캠프 점심으로 뭐 줘요?", "| 숲속 캠프 | 종일 | 토요일 |", False),
        # Not a table row.
        ("숲속 캠프 점심으로 뭐 줘요?", "숲속 캠프는 120,000원입니다.", False),
    ],
)
def test_prices_only_for_what_question(question: str, row: str, only_prices: bool) -> None:
    assert prices_only_for_what_question(question, row) is only_prices
