"""Identifiers split over several recent user turns (scan_recent_turns)."""

from __future__ import annotations

from core.privacy import recent_turns_contain_pii, scan, scan_conversation, scan_recent_turns


def test_phone_in_three_turns_is_found_in_each() -> None:
    turns = ["제 번호는", "010", "1234", "5678 이에요"]
    assert all(scan(t) == [] for t in turns)
    # The pairwise scan sees "010 1234" or "1234 5678", never the whole number.
    assert all(f == [] for f in scan_conversation(turns))
    result = scan_recent_turns(turns)
    assert result[0] == []
    assert [(f.type, f.text, f.start) for f in result[1]] == [("phone", "010", 0)]
    assert [(f.type, f.text) for f in result[2]] == [("phone", "1234")]
    assert [(f.type, f.text, f.start, f.end) for f in result[3]] == [("phone", "5678", 0, 4)]


def test_spoken_number_split_over_turns() -> None:
    turns = ["연락처 공일공", "일이삼사", "오육칠팔"]
    result = scan_recent_turns(turns)
    assert [f.text for f in result[0]] == ["공일공"]
    assert [f.text for f in result[2]] == ["오육칠팔"]
    assert recent_turns_contain_pii(turns)


def test_rrn_split_after_hyphen_still_found() -> None:
    result = scan_recent_turns(["주민번호 900101-", "1234568 입니다"])
    assert [(f.type, f.validated) for f in result[1]] == [("kr_rrn", True)]


def test_only_the_recent_window_is_joined() -> None:
    turns = ["010", "1234", "5678", "고마워요", "네", "좋아요"]
    assert recent_turns_contain_pii(turns, max_turns=6)
    assert not recent_turns_contain_pii(turns, max_turns=3)


def test_unrelated_turns_stay_clean() -> None:
    turns = ["주차 되나요?", "몇 시까지 하세요?", "감사합니다"]
    assert scan_recent_turns(turns) == [[], [], []]
    assert not recent_turns_contain_pii(turns)
