"""Whose word a sentence writes: another's name (책 이름), a verb of another object."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.name_object import asks_of_a_name, name_owner
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore
from tools.rag.verb_objects import _tagged, asked_objects

# The team's own example: where a member's name is written, next to a book's name written
# on a form and a laptop used (쓰다 'use') in the reading room.
LIBRARY_KO = """# 해솔 도서관 독서 교실 안내

## 독서 교실 신청

독서 교실에 오려면 신청서를 꼭 내 주세요.

1. 신청 화면에서 읽고 싶은 책 이름, 저자, 출판사를 적습니다.
2. 가방이나 물병에 아이 이름을 쓰고, 하루 전까지 신청합니다.

수업은 토요일 오전에 열립니다.
노트북을 쓸 수 없는 보호자는 종이 신청서를 현관에서 받아 쓰시면 됩니다.
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "lib", {"library.md": LIBRARY_KO})


def test_a_name_asked_where_is_a_topic() -> None:
    assert asks_of_a_name(["회원", "이름", "어디", "쓰"])
    assert not asks_of_a_name(["책", "이름", "뭐"])
    assert "이름" in analyze_question("회원 이름은 어디에 써요?").terms
    assert "이름" not in analyze_question("그 책 이름이 뭐예요?").terms


def test_the_owner_of_a_name_is_the_noun_before_it() -> None:
    assert name_owner(_tagged("회원 이름은 어디에 써요?")) == "회원"
    assert name_owner(_tagged("신청 화면에서 책 이름, 저자를 적습니다.")) == "책"
    assert name_owner(_tagged("이름 어디에 써요?")) is None


def test_the_question_gives_its_verb_an_object() -> None:
    assert asked_objects("회원 이름은 어디에 써요?", ("회원", "이름", "쓰")) == {"쓰": {"이름"}}
    assert asked_objects("어디에 써요?", ("쓰",)) == {}
    # A bare noun before the verb is its idiom: "문 열어요" is answered by "카운터를 열지 않습니다".
    assert asked_objects("일요일에 가게 문 열어요?", ("일요일", "가게", "문", "열")) == {}
    # A longer verb has one sense, whatever word names its object (키 or 열쇠).
    assert asked_objects("우산을 잃어버렸는데 어디서 찾아요?", ("우산", "잃어버리", "찾")) == {}


def test_another_name_or_another_use_is_not_the_answer(library: DocumentStore) -> None:
    plan = plan_document_step(library, "아이 이름은 어디에 써요?", collection="lib", pinned=False)
    # Before: the reading-room line ("노트북을 쓸 수 없는 … 받아 쓰시면") or the book's name.
    assert "노트북" not in plan.answer, plan.answer
    assert "책 이름" not in plan.answer, plan.answer
