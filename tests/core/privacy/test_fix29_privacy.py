"""fix29: a reviewer's false flags and a miss in today's privacy detectors.

Each rule is run alone on the reviewer's inputs and variants of our own; the whole scan
must leave the non-personal ones alone, and the personal forms stay found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from core.privacy import scan
from core.privacy.birth_suffix_ko import detect_birth_suffix_ko
from core.privacy.group_member_names import detect_group_member_names
from core.privacy.korean_name_cues import detect_korean_name_cues
from core.privacy.lowercase_names_en import detect_lowercase_names_en
from core.privacy.romanised_korean_names import detect_romanised_korean_names
from core.privacy.ssn_parts import detect_ssn_parts
from core.privacy.types import Hit
from core.privacy.webmail_handles import detect_webmail_handle

Rule = Callable[[str], Iterable[Hit]]


def _found(rule: Rule, text: str) -> list[str]:
    return [text[h.start : h.end] for h in rule(text)]


FOUND: list[tuple[Rule, str, str]] = [
    # The position word before the label.
    (detect_ssn_parts, "the last four of my SSN are 6612", "6612"),
    (detect_ssn_parts, "last 4 digits of my social: 6612", "6612"),
    (detect_ssn_parts, "the first three of my social are 478", "478"),
    # A last four that reads as a year, said of the number itself.
    (detect_ssn_parts, "my SSN ends in 1987", "1987"),
    (detect_ssn_parts, "my social security number ends in 2019", "2019"),
    (detect_birth_suffix_ko, "92년 10월 3일생인데 맞죠?", "92년 10월 3일생"),
    (detect_birth_suffix_ko, "880417생, 서울 거주", "880417생"),
    (detect_birth_suffix_ko, "1990.1.2생입니다", "1990.1.2생"),
    (detect_webmail_handle, "reach me at jdoe at gmail", "jdoe at gmail"),
    (detect_webmail_handle, "it is jdoe88 at naver", "jdoe88 at naver"),
    (detect_webmail_handle, "I'm rowan_whitlock at hotmail", "rowan_whitlock at hotmail"),
    (detect_group_member_names, "Emma Day from my choir rang", "Emma Day"),
    (detect_lowercase_names_en, "a card for my colleague tobias renner", "tobias renner"),
    (detect_lowercase_names_en, "my friend rose byrne is ill", "rose byrne"),
    (detect_korean_name_cues, "성이 김이에요", "김"),
    (detect_korean_name_cues, "제 이름은 다온이에요", "다온"),
    (detect_romanised_korean_names, "send it to Jiwoo Koh", "Jiwoo Koh"),
    (detect_romanised_korean_names, "ask Chang Min-seo about it", "Chang Min-seo"),
]


@pytest.mark.parametrize(("rule", "text", "part"), FOUND)
def test_personal_forms_are_found(rule: Rule, text: str, part: str) -> None:
    assert part in _found(rule, text)


LEFT_ALONE: list[tuple[Rule, str]] = [
    (detect_ssn_parts, "When do Social Security benefits start? I think they start in 2027"),
    (detect_ssn_parts, "the social distancing rules end in 2022"),
    (detect_ssn_parts, "Social Security payments begin at 1500 dollars a month"),
    (detect_ssn_parts, "social security benefits end by 2035"),
    (detect_ssn_parts, "my social starts at $1500"),
    (detect_birth_suffix_ko, "파일은 2024-03-15 생성"),
    (detect_birth_suffix_ko, "로그: 2023.11.02 생성된 보고서"),
    (detect_birth_suffix_ko, "2024년 5월 3일 생중계 예정입니다"),
    (detect_birth_suffix_ko, "2024.3.1 생방송"),
    (detect_webmail_handle, "Revenue grew 12% at Naver last quarter"),
    (detect_webmail_handle, "He is a co-founder at Kakao"),
    (detect_webmail_handle, "She worked as a UX-designer at Naver"),
    (detect_webmail_handle, "Contact sales at Kakao for pricing"),
    (detect_webmail_handle, "Please contact me, I work at Naver"),
    (detect_webmail_handle, "I'm an engineer at Naver"),
    (detect_group_member_names, "Sports Day at my school"),
    (detect_group_member_names, "Christmas Dinner at our church"),
    (detect_group_member_names, "Open Day at our school"),
    (detect_group_member_names, "Parents Evening at our school"),
    (detect_group_member_names, "Harvest Festival at our church"),
    (detect_group_member_names, "Quiz Night at my club"),
    (detect_lowercase_names_en, "my mom rose early today"),
    (detect_lowercase_names_en, "my dad drew back the curtain"),
    (detect_korean_name_cues, "회사 이름은 미래예요"),
    (detect_korean_name_cues, "제품 이름은 미정이에요"),
    (detect_korean_name_cues, "가게 이름은 다온이에요"),
    (detect_korean_name_cues, "성이 나요"),
    (detect_korean_name_cues, "성이 차요"),
    (detect_romanised_korean_names, "cheap flights to Koh Samui"),
    (detect_romanised_korean_names, "ferry to Koh Tao from Chumphon"),
    (detect_romanised_korean_names, "a toy blaster like Han Solo's"),
    (detect_romanised_korean_names, "pair it with Shin Ramyun tonight"),
    (detect_romanised_korean_names, "I bought it for Jin Ramen"),
]


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_the_rule_leaves_it_alone(rule: Rule, text: str) -> None:
    assert _found(rule, text) == []


@pytest.mark.parametrize(("rule", "text"), LEFT_ALONE)
def test_the_scan_leaves_it_alone(rule: Rule, text: str) -> None:
    assert scan(text) == [], scan(text)


@pytest.mark.parametrize("text", ["성이 나요", "제 성이 안 차요"])
def test_anger_is_no_surname_for_the_introductions_either(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text", ["제 성이 김이에요", "내 성이 최씨야", "제 성은 김이에요"])
def test_a_surname_statement_is_still_found(text: str) -> None:
    assert scan(text) != []


def test_any_handle_before_a_mailbox_only_service_is_an_address() -> None:
    # Nobody works "at gmail": the marks and cues are needed only before hosts that are
    # also employers (Naver, Kakao, Yahoo).
    for text in ("send it to kit-fox at gmail please", "jdoe at hotmail", "mail hana at proton"):
        assert [f.type for f in scan(text)] == ["email"], text
    assert scan("contact sales at Kakao for pricing") == []


@pytest.mark.parametrize(
    "text",
    [
        "My cell is 833-555-2278",
        "call me on 866-555-0187 tonight",
        "Phone: 866 555 2669",
        "제 번호는 855-555-0134예요",
    ],
)
def test_a_toll_free_code_the_writer_owns_or_only_labels_stays_personal(text: str) -> None:
    # The privacy bench's corpus held such numbers; the code alone had made them public.
    assert [f.type for f in scan(text)] == ["phone"], text
