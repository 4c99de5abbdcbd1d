"""The samples' MCP servers' deterministic parts: sales totals, the number check, extraction."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.workflow.sample_env import SERVERS


def _server(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"sample_{name}", SERVERS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sales = _server("sales")
review = _server("review")


@pytest.fixture
def november(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.setenv("SALES_DB", str(tmp_path / "sales.sqlite"))
    rows = json.loads(sales.rows("2026-11"))
    result: dict[str, object] = sales.compute_totals(rows, "2026-11")
    return result


def test_totals_are_the_sum_of_the_rows(november: dict[str, object]) -> None:
    rows = [r for r in sales.DEMO_ROWS if r[0] == "2026-11"]
    before = [r for r in sales.DEMO_ROWS if r[0] == "2026-10"]
    assert november["total"] == sum(r[3] for r in rows)
    assert november["previous_total"] == sum(r[3] for r in before)
    busan = next(r for r in november["by_region"] if r["region"] == "부산")  # type: ignore[attr-defined]
    assert busan["change_pct"] < 0  # the demo's one decrease
    assert "3.5% 감소" in str(november["figures"])


def test_the_check_accepts_computed_figures_and_names_invented_ones(
    november: dict[str, object],
) -> None:
    good = "2026년 11월 총매출은 3,810만 원으로 전월보다 5.0% 늘었고 부산은 3.5% 줄었다."
    assert sales.check_numbers(good, november) == {"ok": True, "checked": 3, "unknown": []}
    bad = sales.check_numbers("11월 총매출은 3,900만 원, 7.4% 증가.", november)
    assert bad["ok"] is False
    assert bad["unknown"] == ["3,900만", "7.4%"]
    # A summary without any figure proves nothing.
    assert sales.check_numbers("매출이 늘었습니다.", november)["ok"] is False


def test_month_must_be_a_month(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALES_DB", str(tmp_path / "sales.sqlite"))
    with pytest.raises(ValueError, match="2026-11"):
        sales.rows("11월")
    assert sales.previous_month("2026-01") == "2025-12"


def test_extraction_by_patterns() -> None:
    text = (
        "용역 계약서\n갑: 주식회사 한빛메디 을: 김민수\n"
        "계약일 2026년 3월 5일, 완료일 2026-06-30, 틀린 날 2026-13-45.\n"
        "대금 1,200만 원, 착수금 3,450,000원, 수량 12개. 연락처 010-2345-6789"
    )
    fields = review.extract_fields(text, "a.txt")
    assert fields["dates"] == ["2026-03-05", "2026-06-30"]
    assert fields["amounts"] == ["1,200만원", "3,450,000원"]
    assert fields["parties"] == ["주식회사 한빛메디", "김민수"]
    assert fields["personal_data"] == ["phone"]
    assert review.find_parties("(주)서울약품은 납품했다") == ["(주)서울약품"]
    assert review.find_parties("한빛메디와 대한병원은 만났다") == []


def test_review_table_marks_model_parties_and_personal_data() -> None:
    items = [
        {"fields": {"data": {"source": "a", "dates": [], "parties": ["갑사"]}}},
        {
            "fields": {"data": {"source": "b", "parties": [], "personal_data": ["phone"]}},
            "parties": {"data": {"parties": ["을사"]}},
        },
    ]
    lines = review.review_table(items).splitlines()
    assert lines[2] == "| a | — | — | 갑사 | 없음 |"
    assert lines[3] == "| b | — | — | 을사 (모델) | 있음: phone |"
