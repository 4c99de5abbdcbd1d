"""A small document-review MCP server for the ``document_review`` sample (stdio).

Read-only and deterministic:

- ``documents(collection)`` — the collection's documents (source and stored text) from
  Switchyard's document index (``REVIEW_RAG_DB``, default ``.switchyard/rag/rag.sqlite3``);
- ``extract(text, source)`` — dates, amounts and parties found by patterns, and the
  kinds of personal data in the text (Switchyard's own date, number and privacy readers);
  ``parties`` is empty when no pattern names them, so the workflow asks a model;
- ``table(items)`` — the review as a Markdown table.

Add it to ``mcp_servers.json``::

    "review": {"command": ".venv/bin/python", "args": ["workflows/servers/review.py"],
               "privacy": "local"}
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

# The repository root, so the server reuses Switchyard's readers however it is launched.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations

from core.errors import ToolInputError
from core.privacy import scan
from tools.dates import parse_date
from tools.korean_numbers import find_numbers

server = MCPServer("review")
READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)
MAX_DOCUMENTS = 50
MAX_TEXT = 20_000

_DATE = re.compile(r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}")
# Amounts carry a currency: "1,200만 원", "3,450,000원", "KRW 5,000,000", "$1,200".
_CURRENCY_AFTER = ("원", "KRW", "달러", "USD")
_CURRENCY_BEFORE = ("₩", "$", "KRW", "USD")
# Parties: "갑: 주식회사 한빛", "을 : 김민수", "(주)한빛", "주식회사 한빛", "Party A: ...".
_LABEL = r"(?:[갑을병]|발주자|수급자|임대인|임차인|매도인|매수인|Party [A-Z])\s*[:：]"
_WORD = r"[가-힣A-Za-z()㈜]+"
# A labelled name is up to three words of letters on the label's line (no digits).
_PARTY_LABEL = re.compile(
    rf"(?:^|(?<=\s)){_LABEL}[ \t]*({_WORD}(?:[ \t]{_WORD}(?!\s*[:：])){{0,2}})"
)
# A company, without a Korean particle stuck to its end ("(주)서울약품은" -> "(주)서울약품").
_COMPANY = re.compile(
    r"(?:\(주\)|㈜|주식회사)\s?[가-힣A-Za-z0-9]+?(?=(?:은|는|이|가|과|와|을|를|의|에)?(?:\s|[,.;]|$))"
)


def _rag_db() -> Path:
    return Path(os.environ.get("REVIEW_RAG_DB", ".switchyard/rag/rag.sqlite3"))


@server.tool(annotations=READ_ONLY)
def documents(collection: str = "default") -> str:
    """Every document of ``collection`` as a JSON list of ``{source, text}``."""
    path = _rag_db()
    if not path.is_file():
        return "[]"
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = db.execute(
            "SELECT d.source, t.text FROM documents d JOIN doc_texts t "
            "ON t.collection = d.collection AND t.key = d.key "
            "WHERE d.collection = ? ORDER BY d.source LIMIT ?",
            (collection, MAX_DOCUMENTS),
        ).fetchall()
    finally:
        db.close()
    return json.dumps(
        [{"source": source, "text": text[:MAX_TEXT]} for source, text in found],
        ensure_ascii=False,
    )


def find_dates(text: str) -> list[str]:
    """Calendar dates written out in full, as ISO dates, in order of appearance."""
    dates: list[str] = []
    for match in _DATE.finditer(text):
        try:
            iso = parse_date(match.group(0)).isoformat()
        except (ToolInputError, ValueError):
            continue  # "2026-13-45" looks like a date but is none
        if iso not in dates:
            dates.append(iso)
    return dates


def find_amounts(text: str) -> list[str]:
    """Sums of money (a number next to a currency), as written."""
    amounts: list[str] = []
    for span in find_numbers(text):
        after = text[span.end : span.end + 4].lstrip()
        before = text[max(0, span.start - 4) : span.start].rstrip()
        if after.startswith(_CURRENCY_AFTER) or before.endswith(_CURRENCY_BEFORE):
            written = text[span.start : span.end].strip()
            unit = "원" if after.startswith("원") else ""
            amounts.append(f"{written}{unit}" if unit else f"{written} ({after[:3].strip()})")
    return list(dict.fromkeys(amounts))


def find_parties(text: str) -> list[str]:
    """Parties named by a label (갑/을, 임대인...) or written as a company."""
    parties = [m.group(1) for m in _PARTY_LABEL.finditer(text)]
    # A company already inside a labelled name ("갑: (주)한빛") is not a second party.
    parties += [
        m.group(0) for m in _COMPANY.finditer(text) if not any(m.group(0) in p for p in parties)
    ]
    return list(dict.fromkeys(p.strip() for p in parties if p.strip()))


def extract_fields(text: str, source: str = "") -> dict[str, Any]:
    """The review of one document by patterns only."""
    return {
        "source": source,
        "dates": find_dates(text),
        "amounts": find_amounts(text),
        "parties": find_parties(text),
        "personal_data": sorted({str(f.type) for f in scan(text)}),
    }


@server.tool(annotations=READ_ONLY)
def extract(text: str, source: str = "") -> str:
    """Dates, amounts, parties and personal-data kinds in ``text``, by patterns (JSON)."""
    return json.dumps(extract_fields(text, source), ensure_ascii=False)


def _cell(values: Any) -> str:
    if not values:
        return "—"
    text = ", ".join(str(v) for v in values) if isinstance(values, list) else str(values)
    return text.replace("|", "/").replace("\n", " ")


def review_table(items: list[dict[str, Any]]) -> str:
    """A Markdown table of per-document reviews (the map's items)."""
    lines = [
        "| 문서 | 날짜 | 금액 | 당사자 | 개인정보 |",
        "|---|---|---|---|---|",
    ]
    for item in items:
        fields = (item.get("fields") or {}).get("data") or {}
        by_model = ((item.get("parties") or {}).get("data") or {}).get("parties")
        parties = fields.get("parties") or by_model or []
        how = " (모델)" if by_model and not fields.get("parties") else ""
        personal = fields.get("personal_data") or []
        lines.append(
            f"| {_cell(fields.get('source'))} | {_cell(fields.get('dates'))} "
            f"| {_cell(fields.get('amounts'))} | {_cell(parties)}{how} "
            f"| {'있음: ' + _cell(personal) if personal else '없음'} |"
        )
    return "\n".join(lines)


@server.tool(annotations=READ_ONLY)
def table(items: list[dict[str, Any]]) -> str:
    """The review of every document as a Markdown table."""
    return review_table(items)


if __name__ == "__main__":
    server.run("stdio")
