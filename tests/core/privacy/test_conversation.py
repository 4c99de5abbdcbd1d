"""Personal data split across two turns of a conversation."""

from __future__ import annotations

from core.privacy import scan, scan_conversation, scan_with_context


def test_rrn_split_after_hyphen() -> None:
    turns = ["제 주민번호는 900101-", "1234568 입니다", "감사합니다"]
    assert scan(turns[0]) == [] and scan(turns[1]) == []
    result = scan_conversation(turns)
    assert [(f.type, f.text) for f in result[0]] == [("kr_rrn", "900101-")]
    assert [(f.type, f.text, f.start) for f in result[1]] == [("kr_rrn", "1234568", 0)]
    assert result[2] == []


def test_rrn_split_without_hyphen_and_with_fullwidth() -> None:
    result = scan_conversation(["주민번호 ９００１０１", "１２３４５６８"])
    assert [f.type for f in result[0]] == ["kr_rrn"]
    assert result[1][0].text == "１２３４５６８"


def test_phone_split_across_turns() -> None:
    result = scan_conversation(["전화 010-1234", "-5678 로 주세요"])
    assert result[0][0].type == "phone" and result[0][0].text == "010-1234"
    assert result[1][0].type == "phone" and result[1][0].text == "-5678"


def test_label_in_previous_turn_applies_to_number_in_this_one() -> None:
    assert scan("110-123-456789") == []
    found = scan_with_context("110-123-456789", "계좌번호 알려드릴게요 ")
    assert [(f.type, f.start, f.end) for f in found] == [("bank_account", 0, 14)]


def test_scan_with_context_offsets_are_in_the_new_turn() -> None:
    found = scan_with_context("1234568, 그리고 010-1234-5678", "주민번호 900101-")
    assert [(f.type, f.text) for f in found] == [("kr_rrn", "1234568"), ("phone", "010-1234-5678")]
    assert found[1].start == 13


def test_unrelated_turns_do_not_fuse() -> None:
    result = scan_conversation(["오늘 회의 3시", "5층에서 진행합니다"])
    assert result == [[], []]
