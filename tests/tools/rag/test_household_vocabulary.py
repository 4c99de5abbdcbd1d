"""Household service words asked in the other language find the document's own word.

The documents are written for this test and searched through the real store and Kiwi
(lexical only). Before tools/rag/vocabulary.tsv linked these words, each query matched
nothing or another section: the document writes the word in the other language.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag.store import DocumentStore

_WATER_EN = """# Greenfield Water: customer help

## Meters
A faulty meter is replaced at no cost within 10 working days.

## Storage lockers
The depot rents storage lockers for $30 per month.

## Quotes
A written quote for a new connection is valid for 60 days.
"""

_SHOP_KO = """# 하늘 상가 안내

## 1층 미용실
미용실은 화요일부터 일요일까지 오전 10시에 문을 엽니다.

## 2층 빵집
생일 케이크는 이틀 전까지 주문해 주세요. 오후 2시부터 6시 사이에 배달해 드립니다.

## 3층 동물병원
수의사 진료는 평일 오후 7시까지입니다.

## 4층 게스트하우스
보호자는 1인실에서만 아이와 함께 주무실 수 있습니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "town", {"water_en.md": _WATER_EN, "shop_ko.md": _SHOP_KO})


@pytest.mark.parametrize(
    ("query", "heading"),
    [
        ("계량기 교체", "Meters"),
        ("창고 월 요금", "Storage lockers"),
        ("견적서 유효 기간", "Quotes"),
        ("salon", "미용실"),
        ("cake", "빵집"),
        ("when do you deliver", "빵집"),
        ("vet hours", "동물병원"),
        ("where can i stay", "게스트하우스"),
    ],
)
def test_a_word_of_the_other_language_finds_its_section(
    store: DocumentStore, query: str, heading: str
) -> None:
    passages = store.search(query, collection="town", k=1)
    assert passages, f"nothing matched {query!r}"
    assert heading in (passages[0].heading or ""), passages[0].heading
