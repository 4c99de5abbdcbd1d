"""The audit log: append-only, attributed, hashed arguments, no raw personal data."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from core.audit import AuditLog, AuditScope, arg_hash, audit_scope
from core.egress import audit_listener

RRN = "900101-1234567"


def test_events_are_appended_with_who_and_an_argument_hash(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    args = {"to": "bob@example.com", "body": f"id {RRN}"}
    scope = AuditScope(user_id="alice", role="user", thread_id="t1", run_id="r1")
    log.record("tool_call", "ran", tool="send_email", args=args, tier="local", scope=scope)
    (event,) = log.tail()
    canonical = json.dumps(args, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert event.arg_hash == hashlib.sha256(canonical.encode()).hexdigest() == arg_hash(args)
    assert (event.user_id, event.role, event.thread_id, event.tool) == (
        "alice",
        "user",
        "t1",
        "send_email",
    )
    raw = (tmp_path / "audit.sqlite").read_bytes() + (tmp_path / "audit.sqlite-wal").read_bytes()
    assert b"bob@example.com" not in raw and RRN.encode() not in raw


def test_free_text_is_masked(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    log.record("denial", f"denied for {RRN}", detail=f"user typed {RRN}")
    (event,) = log.tail()
    assert RRN not in event.decision and RRN not in event.detail
    assert "[KR_RRN]" in event.detail


def test_the_table_refuses_update_and_delete(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    log.record("route", "generate on local", tier="local")
    assert not hasattr(log, "update") and not hasattr(log, "delete")
    db = sqlite3.connect(tmp_path / "audit.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit SET decision = 'nothing happened'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit")
    assert log.count() == 1


def test_scope_attributes_egress_blocks(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    listener = audit_listener(log)
    with audit_scope(AuditScope(user_id="bob", role="viewer", thread_id="t9")):
        listener("cloud", ["kr_rrn"])
    listener("trace export", ["email"])
    first, second = log.tail()
    assert (first.kind, first.user_id, first.thread_id, first.tier) == (
        "privacy_block",
        "bob",
        "t9",
        "cloud",
    )
    assert "kr_rrn" in first.detail
    assert second.user_id == "unknown"
    assert log.count(kind="privacy_block") == 2 and log.count(thread_id="t9") == 1
