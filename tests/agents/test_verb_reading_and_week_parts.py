"""Two words the documents never use that still ask about what they say.

* "진찰 보고 주차 …": Kiwi reads 진찰 보고 as a noun phrase (an examination *report*) and
  주차 as 주 + 차, yet almost as likely as 진찰(을) 보다 + 고; with 보고 (a report) in no
  document the question was declined (tools.rag.verb_reading).

The documents are our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.doc_stores import dense_store
from tools.rag.store import DocumentStore
from tools.rag.verb_reading import read_as_verb_too

_CENTRE = """# 마음쉼 상담센터 이용 안내

## 상담 시간

상담은 평일 10:00–19:00에 합니다. 토요일 오전에는 예약이 빨리 마감되니 미리 신청하세요.

## 주차

진찰을 받으신 분은 1시간 동안 무료로 주차할 수 있습니다. 1시간이 지나면 15분마다 700원이 붙습니다.
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with dense_store(tmp_path / "rag", {"counselling_centre.md": _CENTRE}) as docs:
        yield docs


def test_a_verb_read_as_a_noun_does_not_decline(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "진찰 보고 주차 1시간 넘으면 얼마 내요?", collection="default", pinned=False
    )
    # Answered from the parking section (quoted, or by a model from it), never declined.
    assert plan.kind in ("extractive", "grounded"), plan


def test_a_noun_read_only_as_a_noun_stays_one() -> None:
    assert read_as_verb_too("보고서 언제까지 내요?", ["보고서"]) == set()
    assert read_as_verb_too("진찰 보고 주차 1시간 넘으면 얼마 내요?", ["보고"]) == {"보고"}
