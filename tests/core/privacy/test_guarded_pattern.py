"""``GuardedPattern``: leading lookarounds checked apart give the very same matches."""

from __future__ import annotations

import re

import pytest

from core.privacy import scan
from core.privacy.guarded_pattern import GuardedPattern, split_guard
from core.privacy.hangul_spelled_foreign_names import _TITLED_RE
from core.privacy.wire_screen import screen_outgoing, screen_scanned

_CASES = [
    (r"(?<![가-힣])(?:민수|지현)[ \t]+씨", 0, "김민수 씨, 민수 씨, 지현 씨와 박지현 씨"),
    (r"(?<![0-9])(?<![0-9],)0(?:10|2),[0-9]{4}", 0, "1010,1234 010,5678 9,010,1111 02,3333"),
    (r"(?<![A-Za-z])(?P<w>Po?st)[ \t]+(?i:box)", 0, "Post box, xPost BOX, Pst Box"),
    (r"(?=[A-Z])(?<![a-z])[A-Z][a-z]+", 0, "Anna and bEn met Carla, dDavid"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), _CASES)
def test_the_same_matches_as_the_whole_pattern(pattern: str, flags: int, text: str) -> None:
    whole = re.compile(pattern, flags)
    guarded = GuardedPattern(pattern, flags)
    assert split_guard(pattern, flags) is not None  # the split is what is tested
    expected = [(m.span(), m.groups()) for m in whole.finditer(text)]
    assert expected  # our texts hold matches, and some rejected candidates
    assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == expected
    for pos in range(len(text)):
        a, b = whole.search(text, pos), guarded.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_many_rejected_candidates_hand_over_to_the_whole_pattern() -> None:
    pattern = r"(?<![가-힣])민수[ \t]+씨"
    text = "김민수 씨 " * 200 + "민수 씨 " + "이민수 씨 " * 5 + "민수 씨"
    found = [m.span() for m in GuardedPattern(pattern).finditer(text)]
    assert found == [m.span() for m in re.finditer(pattern, text)]
    assert len(found) == 2


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![0-9])1234|5678",  # the lookbehind belongs to one alternative only
        r"(?<![0-9])(?:[0-9]*)",  # the rest may match empty
        r"(?<=(a))b",  # a group in the guard would renumber the rest's groups
        r"(?<![A-Za-z])(?i:box)",  # no literal or first-character set to skip to
        r"abc(?<![0-9])",  # nothing to split
    ],
)
def test_no_split_where_it_would_not_be_the_same_or_not_faster(pattern: str) -> None:
    assert split_guard(pattern) is None
    text = "x1234 5678 ab abc Box"
    assert [m.span() for m in GuardedPattern(pattern).finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


def test_the_hot_name_rule_uses_the_split() -> None:
    # The Hangul-spelled names' 300-name alternation behind a lookbehind was tried at every
    # position; split, ``re`` skips to the names' first syllables.
    assert isinstance(_TITLED_RE, GuardedPattern)
    assert split_guard(_TITLED_RE.pattern) is not None
    text = "옆집 메건 캐슬베리 씨가 왔고, 김메건 캐슬베리 씨는 아니다"
    assert [m.span("name") for m in _TITLED_RE.finditer(text)] == [
        m.span("name") for m in re.finditer(_TITLED_RE.pattern, text)
    ]


def test_the_screen_given_the_scan_screens_the_same() -> None:
    text = "--b\r\n성함 홍길동, 010-2345-6789, jiwoo.han@example.com\r\n--b--"
    assert screen_scanned(text, scan(text)) == screen_outgoing(text)
