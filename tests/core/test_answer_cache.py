"""The answer cache: exact normalized match, scoped to (workspace, user), never personal data."""

from __future__ import annotations

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
