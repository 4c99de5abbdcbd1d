"""The cross-lingual tally counts only questions in another language than their file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.docqa_crosslingual import crosslingual_outcomes, is_korean


def test_language_of_a_question() -> None:
    assert is_korean("주차 요금 얼마예요?")
    assert not is_korean("how much is parking")
    assert is_korean("KTX 타면 몇 시간 걸려요?")


def test_only_cross_lingual_answerable_questions_are_counted(tmp_path: Path) -> None:
    (tmp_path / "gym_en.md").write_text("The monthly pass costs $30.", encoding="utf-8")
    rows: list[dict[str, Any]] = [
        {"q": "월 이용권 얼마예요?", "file": "gym_en.md"},
        {"q": "헬스장 주차 돼요?", "file": "gym_en.md"},
        {"q": "how much is the monthly pass", "file": "gym_en.md"},
        {"q": "수영장 있어요?", "file": None},
    ]
    result = {"failures": [{"q": "헬스장 주차 돼요?", "outcome": "declined_wrong"}]}
    found = crosslingual_outcomes(rows, result, [tmp_path])
    assert found == [
        ("right", "gym_en.md", "월 이용권 얼마예요?"),
        ("declined", "gym_en.md", "헬스장 주차 돼요?"),
    ]
