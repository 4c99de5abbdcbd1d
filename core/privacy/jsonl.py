"""``switchyard privacy scan --jsonl FILE --json``: scan a JSON-lines file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.errors import ConfigError
from core.privacy.scanner import scan


def scan_row(row_id: object, text: str) -> dict[str, Any]:
    """The result entry for one text (the contract's keys)."""
    findings = scan(text)
    return {
        "id": row_id,
        "privacy": "local_only" if findings else "public",
        "findings": [{"type": f.type, "start": f.start, "end": f.end} for f in findings],
    }


def _error(line_no: int, row_id: object, message: str) -> dict[str, Any]:
    return {"id": row_id, "line": line_no, "error": message}


def scan_jsonl(path: Path) -> dict[str, Any]:
    """Scan every ``{"id": ..., "text": ...}`` row of a JSON-lines file.

    A bad line (not UTF-8, not JSON, not an object, no string ``text``) gets
    an error entry in place and the scan goes on; blank lines are skipped.

    Args:
        path: The JSON-lines file.

    Returns:
        ``{"results": [...], "n": ..., "n_local_only": ..., "n_errors": ...}``
        where each result is ``{"id", "privacy", "findings": [{"type", "start",
        "end"}], "line"}`` or ``{"id", "line", "error"}``.

    Raises:
        ConfigError: The file does not exist or cannot be read.
    """
    if not path.exists():
        raise ConfigError(
            f"privacy scan: file not found: {path} (pass --jsonl with an existing file)"
        )
    if not path.is_file():
        raise ConfigError(f"privacy scan: {path} is not a file (pass a .jsonl file to --jsonl)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"privacy scan: cannot read {path}: {exc.strerror or exc}") from exc
    results: list[dict[str, Any]] = []
    for line_no, line in enumerate(raw.splitlines(), start=1):
        try:
            decoded = line.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            results.append(_error(line_no, None, f"not valid UTF-8: {exc.reason}"))
            continue
        if not decoded.strip():
            continue
        try:
            row = json.loads(decoded)
        except json.JSONDecodeError as exc:
            results.append(_error(line_no, None, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(row, dict):
            results.append(_error(line_no, None, 'expected a JSON object with "id" and "text"'))
            continue
        row_id = row.get("id")
        text = row.get("text")
        if not isinstance(text, str):
            problem = 'missing "text"' if text is None else '"text" must be a string'
            results.append(_error(line_no, row_id, problem))
            continue
        entry = scan_row(row_id, text)
        entry["line"] = line_no
        results.append(entry)
    return {
        "results": results,
        "n": len(results),
        "n_local_only": sum(1 for r in results if r.get("privacy") == "local_only"),
        "n_errors": sum(1 for r in results if "error" in r),
    }
