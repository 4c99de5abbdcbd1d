"""Places and things a page names in one language, asked about in the other (crossling5).

The documents are written for this test and searched through the real store and Kiwi
(lexical only). Before tools/rag/vocabulary.tsv linked these words, each query matched
another section or nothing: the page writes the word in the other language, and the
question declined with "the documents never mention: 신발".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore

_TOWN_GUIDE_EN = """# Millbrook town guide

## Local history
The museum has free entry on the first Sunday of the month.

## Films
The cinema shows family films at 11:00 on Saturdays.

## Repair cafe
Volunteers lend a tool for free during the repair cafe.

## Lost and found
Odd shoes found in the park are kept at the gate house.

## Shared kitchen
The fridge is cleared out every Monday morning.

## Alley
The bowling lanes open at noon on weekdays.

## Laundry room
Each washer takes a token from the front office.
"""

_CLUB_KO = """# 한마음 체육관 안내

## 어린이반
태권도 수업은 평일 오후 4시에 시작합니다.

## 주차
건물 뒤 주차장에 10대까지 댈 수 있습니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(
        data, "town", {"town_guide_en.md": _TOWN_GUIDE_EN, "club_ko.md": _CLUB_KO}
    )


# A question in one language, the word the page writes in the other, and the section that
# must come first for it.
_CASES = [
    ("박물관 입장", "museum", "Local history"),
    ("영화관 상영", "cinema", "Films"),
    ("공구 빌리기", "tool", "Repair cafe"),
    ("신발 분실", "shoe", "Lost and found"),
    ("냉장고 정리", "fridge", "Shared kitchen"),
    ("볼링장 영업시간", "bowling", "Alley"),
    ("세탁기 토큰", "washer", "Laundry room"),
    ("taekwondo", "태권도", "어린이반"),
]


@pytest.mark.parametrize(("query", "page_word", "section"), _CASES)
def test_the_page_word_is_held_and_its_section_comes_first(
    store: DocumentStore, query: str, page_word: str, section: str
) -> None:
    # The question's word counts as held where the page writes the other (no "documents
    # never mention" decline), and the search reaches that section before any other.
    asked = query.split()[0]
    assert page_word in equivalents(asked)
    first = store.search(query, collection="town", k=1)
    assert first, query
    assert section in (first[0].heading or "")
