"""A small sales MCP server for the ``sales_report`` sample (stdio).

Rows live in a SQLite file (``SALES_DB``, default ``.switchyard/sales.sqlite``); a
missing file is created with three months of demo rows, so the sample runs out of
the box. Every tool is read-only and deterministic:

- ``rows(month)`` — the month's rows and the month before's, as JSON;
- ``totals(rows, month)`` — totals, per-region totals and changes, plus the figures
  the summary may quote, written the way a Korean report writes them;
- ``check_summary(summary, totals)`` — every amount and percentage in a summary
  must be one of the computed figures (a model that invents a number is caught).

Add it to ``mcp_servers.json``::

    "sales": {"command": ".venv/bin/python", "args": ["workflows/servers/sales.py"],
              "privacy": "local"}
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

# The repository root, so the server reuses Switchyard's Korean number reader however
# it is launched (a script path puts only this folder on sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations

from tools.korean_numbers import find_numbers

server = MCPServer("sales")
READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)

# Demo rows (month, region, product, amount in won) written when SALES_DB is missing.
DEMO_ROWS: list[tuple[str, str, str, int]] = [
    (month, region, product, base * scale)
    for month, scale in (("2026-09", 10), ("2026-10", 11), ("2026-11", 12))
    for region, product, base in (
        ("서울", "정기검진", 1_250_000),
        ("서울", "예방접종", 430_000),
        ("부산", "정기검진", 820_000),
        ("부산", "예방접종", 260_000),
        ("대구", "정기검진", 540_000),
    )
]
# A small dip in November for Busan vaccinations, so changes are not all equal.
DEMO_ROWS = [
    (m, r, p, a - 1_500_000 if (m, r, p) == ("2026-11", "부산", "예방접종") else a)
    for m, r, p, a in DEMO_ROWS
]


def _db() -> sqlite3.Connection:
    path = Path(os.environ.get("SALES_DB", ".switchyard/sales.sqlite"))
    fresh = not path.is_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    if fresh:
        db.execute(
            "CREATE TABLE IF NOT EXISTS sales(month TEXT NOT NULL, region TEXT NOT NULL, "
            "product TEXT NOT NULL, amount INTEGER NOT NULL)"
        )
        db.executemany("INSERT INTO sales VALUES (?, ?, ?, ?)", DEMO_ROWS)
        db.commit()
    return db


def previous_month(month: str) -> str:
    """``2026-01`` -> ``2025-12``."""
    year, mon = (int(part) for part in month.split("-"))
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


@server.tool(annotations=READ_ONLY)
def rows(month: str) -> str:
    """The sales rows of ``month`` (YYYY-MM) and of the month before, as a JSON list."""
    if not re.fullmatch(r"\d{4}-\d{2}", month):
        raise ValueError(f"month must look like 2026-11, not {month!r}")
    db = _db()
    try:
        found = db.execute(
            "SELECT month, region, product, amount FROM sales WHERE month IN (?, ?) "
            "ORDER BY month, region, product",
            (previous_month(month), month),
        ).fetchall()
    finally:
        db.close()
    keys = ("month", "region", "product", "amount")
    return json.dumps([dict(zip(keys, row, strict=True)) for row in found], ensure_ascii=False)


def _pct(now: int, before: int) -> float | None:
    return round((now - before) * 100 / before, 1) if before else None


def _manwon(amount: int) -> str:
    """Won as a report writes them: ``1,234만 원`` (rounded to 만 원)."""
    return f"{round(amount / 10_000):,}만 원"


def compute_totals(row_list: list[dict[str, Any]], month: str) -> dict[str, Any]:
    """Totals of ``month`` against the month before, overall and per region."""
    before = previous_month(month)
    sums: dict[tuple[str, str], int] = {}
    for row in row_list:
        key = (str(row["month"]), str(row["region"]))
        sums[key] = sums.get(key, 0) + int(row["amount"])
    regions = sorted({region for _, region in sums})
    total = sum(v for (m, _), v in sums.items() if m == month)
    previous = sum(v for (m, _), v in sums.items() if m == before)
    per_region = [(r, sums.get((month, r), 0), sums.get((before, r), 0)) for r in regions]
    by_region = [
        {"region": r, "total": now, "previous": prev, "change_pct": _pct(now, prev)}
        for r, now, prev in per_region
    ]
    overall = f"전월 {_manwon(previous)}, {_signed(total, previous)}"
    lines = [f"{month} 총매출 {_manwon(total)} ({overall})"]
    lines += [f"{r} {_manwon(now)} ({_signed(now, prev)})" for r, now, prev in per_region]
    return {
        "month": month,
        "previous_month": before,
        "total": total,
        "previous_total": previous,
        "change": total - previous,
        "change_pct": _pct(total, previous),
        "by_region": by_region,
        "figures": "\n".join(lines),
    }


def _signed(now: int, before: int) -> str:
    pct = _pct(now, before)
    if pct is None:
        return "전월 없음"
    return f"{abs(pct)}% {'증가' if pct >= 0 else '감소'}"


@server.tool(annotations=READ_ONLY)
def totals(rows: str, month: str) -> str:
    """Totals and changes of ``month`` from the JSON ``rows`` (deterministic, no model)."""
    return json.dumps(compute_totals(json.loads(rows), month), ensure_ascii=False)


def allowed_figures(computed: dict[str, Any]) -> tuple[set[Decimal], set[Decimal]]:
    """The amounts (in won, also rounded to 만 원) and percentages a summary may quote."""
    amounts: set[int] = {computed["total"], computed["previous_total"], abs(computed["change"])}
    percents: set[float | None] = {computed["change_pct"]}
    for region in computed["by_region"]:
        amounts.update({region["total"], region["previous"]})
        percents.add(region["change_pct"])
    won = {Decimal(a) for a in amounts} | {Decimal(round(a / 10_000) * 10_000) for a in amounts}
    pct = {abs(Decimal(str(p))) for p in percents if p is not None}
    return won, pct


# A number followed by one of these is a date part, not a figure.
_DATE_UNITS = ("년", "월", "일", "분기")


def check_numbers(summary: str, computed: dict[str, Any]) -> dict[str, Any]:
    """Every amount and percentage of ``summary`` that is not a computed figure."""
    won, pct = allowed_figures(computed)
    unknown: list[str] = []
    checked = 0
    for span in find_numbers(summary):
        after = summary[span.end : span.end + 3].lstrip()
        if after.startswith(_DATE_UNITS):
            continue
        checked += 1
        value = abs(span.value)
        if after.startswith("%") or after.startswith("퍼센트"):
            ok = value.quantize(Decimal("0.1")) in pct
        else:
            ok = value in won
        if not ok:
            unknown.append(summary[span.start : span.end + (1 if after[:1] == "%" else 0)])
    return {"ok": not unknown and checked > 0, "checked": checked, "unknown": unknown}


@server.tool(annotations=READ_ONLY)
def check_summary(summary: str, totals: str) -> str:
    """Whether every number in ``summary`` is one of the computed ``totals`` (JSON)."""
    return json.dumps(check_numbers(summary, json.loads(totals)), ensure_ascii=False)


if __name__ == "__main__":
    server.run("stdio")
