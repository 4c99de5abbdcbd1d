"""An e-mail address whose host is said in Hangul: ``dahye_91 골뱅이 네이버 닷컴``."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


@pytest.mark.parametrize(
    "text",
    [
        "결과는 dahye_91 골뱅이 네이버 닷컴으로 보내 주세요",
        "제 메일은 taeho.lee 앳 지메일 점 컴이에요",
        "hj2030 골뱅이 카카오 닷컴 입니다",
    ],
)
def test_an_address_with_a_hangul_host_is_an_email(text: str) -> None:
    assert [f.type for f in scan(text)] == ["email"]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    ["골뱅이 지메일 좋아요", "다음 주에 네이버 닷컴 들어가 볼게요", "네이버 점 컴퓨터 수리"],
)
def test_hosts_without_an_address_are_not_emails(text: str) -> None:
    assert [f.type for f in scan(text) if f.type == "email"] == []
