"""What a question is about, read more precisely: its first question word, its parts of
the day, and the document a quoted passage comes from.

Documents and questions of our own (a library, a bakery), not the held-out sets'.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag.answer_types import answer_type
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # An English question asks with its first question word; a later "when" sets the scene.
        ("Where should I park when I visit the library?", "place"),
        ("How much is a late book when I return it a week late?", "amount"),
        ("When does the library open?", "datetime"),
        ("Do you know when the library opens?", "datetime"),
    ],
)
def test_the_question_word_that_asks(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_a_part_of_the_day_qualifies_a_time_asked_for() -> None:
    assert "저녁" not in analyze_question("빵집은 저녁 몇 시까지 해요?").topic_terms
    assert (
        "even"
        not in analyze_question("What time does the bakery close in the evening?").topic_terms
    )
    # Not in a question for something else: "저녁 메뉴" is what is asked about.
    assert "저녁" in analyze_question("저녁 메뉴는 뭐예요?").topic_terms


LIBRARY = """# 단풍 도서관 이용 안내

## 운영 시간
단풍 도서관은 평일 09:00~20:00에 문을 엽니다. 토요일은 10:00~14:00에 엽니다.

## 대출
도서관 회원은 책을 한 번에 8권까지 21일 동안 빌릴 수 있습니다.

## 열람실
도서관 열람실은 2층이며, 도서관 회원증이 있어야 들어갈 수 있습니다.

## 반납
도서관이 닫혀 있을 때는 정문 옆 무인 반납함에 책을 넣어 주세요.
"""
BAKERY = """# 구름 빵집 안내

## 영업 시간
구름 빵집은 매일 07:00~19:00에 문을 엽니다. 토요일에는 08:00~15:00에 엽니다.

## 빵 가격
식빵 한 줄은 4,500원입니다.
"""


@pytest.fixture
def two_documents(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "town", {"library.md": LIBRARY, "bakery.md": BAKERY})


def test_a_passage_whose_document_never_names_the_subject_is_not_its_answer(
    two_documents: DocumentStore,
) -> None:
    # 도서관 fills several chunks of the library guide, so no rarity check flags it; the
    # bakery's Saturday hours match everything else and must still not answer.
    question = "도서관 토요일에도 몇 시까지 문 열어요?"
    passages = two_documents.search(question, collection="town", k=4)
    answer = two_documents.extractive_answer(question, passages)
    assert answer.covered
    assert all(c.source == "library.md" for c in answer.citations), answer
    assert "14:00" in answer.text and "15:00" not in answer.text
    # Only the bakery's passages: nothing may be quoted.
    bakery = [p for p in passages if p.source == "bakery.md"]
    assert bakery and not two_documents.extractive_answer(question, bakery).covered
