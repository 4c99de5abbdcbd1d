"""The answer cache: exact normalized match, scoped to (workspace, user), never personal data."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from core.answer_cache import AnswerCache, normalize_question


def test_normalization_ignores_case_spacing_and_end_punctuation() -> None:
    assert normalize_question("  What is  the VPN policy? ") == normalize_question(
        "what is the vpn policy"
    )
    assert normalize_question("휴가 정책은？") == normalize_question("휴가 정책은")
    assert normalize_question("What is the VPN policy") != normalize_question("What is the VPN")


def test_hits_only_for_the_same_workspace_and_user(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache.sqlite")
    assert cache.store("acme", "alice", "What is the VPN policy?", "Use the company VPN.")
    assert cache.lookup("acme", "alice", "what is the vpn policy").answer == "Use the company VPN."  # type: ignore[union-attr]
    assert cache.lookup("acme", "bob", "What is the VPN policy?") is None
    assert cache.lookup("globex", "alice", "What is the VPN policy?") is None


def test_personal_data_is_never_stored(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache.sqlite")
    assert not cache.store("acme", "alice", "주민번호 900101-1234567 환자 결과는?", "정상입니다.")
    assert not cache.store(
        "acme", "alice", "Who is the patient?", "Call 010-1234-5678 for Kim Minsu."
    )
    assert len(cache) == 0


def test_stale_entries_are_not_served(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache.sqlite", max_age_s=0.0)
    cache.store("acme", "alice", "What is the VPN policy?", "Use the company VPN.")
    assert cache.lookup("acme", "alice", "What is the VPN policy?") is None


def test_an_answer_is_served_only_under_the_version_it_was_stored_with(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache.sqlite")
    assert cache.store("acme", "alice", "What is the VPN policy?", "Use the VPN.", version="v1:a")
    hit = cache.lookup("acme", "alice", "What is the VPN policy?", version="v1:a")
    assert hit is not None and hit.answer == "Use the VPN."
    assert cache.lookup("acme", "alice", "What is the VPN policy?", version="v1:b") is None
    assert cache.lookup("acme", "alice", "What is the VPN policy?") is None


def test_clear_drops_every_workspace(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache.sqlite")
    cache.store("acme", "alice", "Question one?", "Answer one.")
    cache.store("globex", "bob", "Question two?", "Answer two.")
    assert cache.clear() == 2
    assert len(cache) == 0


def test_a_cache_from_before_versions_is_emptied_not_served(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE answers (workspace TEXT NOT NULL, user_id TEXT NOT NULL, "
            "question_key TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL, "
            "created_at REAL NOT NULL, hits INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (workspace, user_id, question_key))"
        )
        db.execute(
            "INSERT INTO answers VALUES ('acme', 'alice', 'git.git_reset {}', "
            "'The reset completed successfully.', '[]', ?, 0)",
            (time.time(),),
        )
    cache = AnswerCache(path)
    assert len(cache) == 0
    assert cache.lookup("acme", "alice", "git.git_reset {}") is None
