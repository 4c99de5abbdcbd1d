"""An other-language passage is not pushed out of the passages read by the dense model's
language offset, and a one-to-one translation (출구 is an exit) is held as the word itself.

"which subway exit is closest to the clinic" (unseen 12) over a Korean "2번 출구" sentence
was declined: the English chunks outranked it by language alone, and the same-case check
took subway -> 지하철 and exit -> 출구 for vague synonyms. These documents are our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from agents.documents import plan_document_step
from tools.rag import hybrid_search
from tools.rag.crosslingual import vocabulary_only_links
from tools.rag.language_offset import without_language_offset
from tools.rag.store import DocumentStore

_WAY_KO = """# 새봄 의원 찾아오는 길

## 주소

새봄 의원은 견본시 샘플로 25, 견본빌딩 2층에 있습니다. 건물 입구는 큰길 쪽에 있고 엘리베이터가 있습니다.

## 대중교통

지하철 샘플선 견본역 4번 출구로 나와 오른쪽으로 3분 걸으면 됩니다. 버스는 견본역 정류장에서 내리세요.

## 주차

건물 뒤 주차장은 진료를 받으시면 2시간까지 무료입니다. 그 뒤로는 30분마다 1,000원입니다.
"""

_CLINIC_EN = """# Saebom Clinic

## About the clinic

Saebom Clinic is a small family clinic with two doctors and a nurse. The clinic treats
colds, allergies and minor injuries, and offers yearly check-ups.

## Opening hours

The clinic is open 09:00-18:00 on weekdays and 09:00-13:00 on Saturdays. The clinic is
closed on Sundays and public holidays.

## Appointments

Book an appointment by phone or at the front desk of the clinic. Walk-in patients are
seen when a doctor is free.

## Payment

The clinic accepts cards and cash. A receipt is printed for every visit.

## Vaccinations

The clinic gives flu shots from October. Children's vaccinations need a booking.

## Test results

The clinic phones you when your test results are ready, usually within three days.

## Prescriptions

The clinic's doctors can renew a prescription at a short visit. Bring your old one.

## Records

Ask the clinic's front desk for a copy of your records; bring your ID card.
"""

_QUESTION = "which metro exit should i use for the clinic"


def _sections(name: str, text: str) -> list[tuple[str, str]]:
    title, *parts = text.split("\n## ")
    return [(f"{name}_{i}.md", f"{title}\n## {part}") for i, part in enumerate(parts)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    docs = DocumentStore(tmp_path / "rag", dense=True)
    # One file a section, so each language has chunks enough for its mean to count.
    docs.ingest_texts(
        [*_sections("way_ko", _WAY_KO), *_sections("clinic_en", _CLINIC_EN)], collection="default"
    )
    docs.embed_pending()
    yield docs
    docs.close()


def test_each_other_language_is_moved_onto_the_question_languages_mean() -> None:
    sims = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4], dtype=np.float32)
    moved = without_language_offset(sims, ["en", "en", "en", "ko", "ko", "ko"], "en")
    assert moved[3] == pytest.approx(0.9)  # the best Korean chunk now ties the best English
    assert list(moved[:3]) == pytest.approx([0.9, 0.8, 0.7])  # the own language untouched
    one_language = without_language_offset(sims, ["ko"] * 6, "ko")
    assert list(one_language) == pytest.approx(list(sims))


def test_the_korean_exit_sentence_answers_the_english_question(store: DocumentStore) -> None:
    plan = plan_document_step(store, _QUESTION, collection="default", pinned=False)
    assert plan.kind == "extractive"
    assert "4번 출구" in (plan.answer or "")


def test_with_the_language_offset_kept_it_is_not_answered(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hybrid_search, "without_language_offset", lambda sims, _l, _a: sims)
    plan = plan_document_step(store, _QUESTION, collection="default", pinned=False)
    assert "4번 출구" not in (plan.answer or "")


def test_a_one_to_one_translation_is_held_as_the_word_itself() -> None:
    # The same-case check questions only vague links (공짜 -> 무료), not 출구 for an exit.
    assert "출구" not in vocabulary_only_links("exit")
    assert "지하철" not in vocabulary_only_links("subway")
