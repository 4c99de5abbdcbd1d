"""Everyday service words asked in the other language find the document's own word.

The documents are written for this test and searched through the real store and Kiwi
(lexical only). Before tools/rag/vocabulary.tsv linked these words (crossling2), each
query matched nothing or another section: the page writes the word in the other
language, and a Korean question over an English page (or the reverse) declined with
"the documents never mention: 보증".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore

_SCOOTER_SHOP_EN = """# Riverside Scooter Garage: help page

## Warranty
Labour on every job is guaranteed for six months.

## Sending parts overseas
We post spare parts to international addresses within 5 working days.

## Flat tyres
A puncture on a scooter tyre is mended in about 20 minutes.

## Group rides
A guided tour of the river path leaves at 10:00 on Sundays.

## Bookings for clubs
Club bookings need a minimum of 4 riders.

## Loyalty
A yearly membership gives 10% off labour.

## Drinking water
The waiting area has a water purifier for customers.

## Big deliveries
Bulky items such as cargo frames are delivered on Thursdays.
"""

_PET_HOTEL_KO = """# 별빛 펫호텔 안내

## 1층 카페
반려견 동반 카페는 오전 9시에 문을 엽니다.

## 예약 문의
예약은 대표 번호 02-555-0199 로 해 주세요.

## 중성화 수술
수컷 고양이는 10만원, 암컷 고양이는 18만원입니다.

## 겨울 상품
스키 시즌에는 장기 투숙 할인이 있습니다.

## 정기 이용
10회 이용권과 20회 이용권이 있습니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(
        data, "shops", {"scooter_en.md": _SCOOTER_SHOP_EN, "pet_hotel_ko.md": _PET_HOTEL_KO}
    )


# A query in one language -> the heading of the section, in the other, that must come first.
_FIRST_SECTION = {
    "보증 기간": "Warranty",
    "해외 부품": "Sending parts overseas",
    "펑크": "Flat tyres",
    "투어 출발": "Group rides",
    "최소 인원": "Bookings for clubs",
    "회원권": "Loyalty",
    "정수기": "Drinking water",
    "대형": "Big deliveries",
    "cafe": "카페",
    "number": "예약 문의",
    "male": "중성화",
    "female": "중성화",
    "ski season": "겨울 상품",
}


def _first_heading(store: DocumentStore, query: str) -> str:
    found = store.search(query, collection="shops", k=1)
    return (found[0].heading or "") if found else "(nothing matched)"


def test_each_everyday_word_finds_its_section_in_the_other_language(
    store: DocumentStore,
) -> None:
    # Every miss is listed at once: the query, and the heading it reached instead.
    misses = {
        query: got
        for query, want in _FIRST_SECTION.items()
        if want not in (got := _first_heading(store, query))
    }
    assert misses == {}


@pytest.mark.parametrize(
    ("word", "other"),
    [("보증", "warranty"), ("펑크", "puncture"), ("정수기", "purifier"), ("cafe", "카페"),
     ("male", "수컷"), ("female", "암컷")],
)  # fmt: skip
def test_the_word_counts_as_held_where_the_page_writes_the_other(word: str, other: str) -> None:
    # "documents never mention: 보증" was the decline: a term is missing only when the
    # collection holds none of its equivalents (agents.unheld_terms.unknown_terms).
    assert other in equivalents(word)
