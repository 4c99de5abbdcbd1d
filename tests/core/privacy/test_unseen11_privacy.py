"""Personal data the eleventh unseen round found leaving as public text.

Each example is our own: a Korean road address written in Latin letters ("35
Sejong-daero unit 802"), an account number named by its bank's short name or by the
transfer verb after it ("하나 352-910234-56707", "…로 송금"), and a surname given on its
own as the first half of a name split across turns ("제 성은 남궁이에요").
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.history import recent_turns_contain_pii
from core.privacy.public_contacts import PublicContacts


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("please mail the form to 35 Sejong-daero unit 802 thanks", "35 Sejong-daero unit 802"),
        ("we moved to Olympic-ro 300, can u update it", "Olympic-ro 300"),
        ("its 7-3 Nonhyeon-ro 28-gil, buzz twice", "7-3 Nonhyeon-ro 28-gil"),
    ],
)
def test_romanised_korean_road_addresses(text: str, address: str) -> None:
    assert _found(text, "address") == [address]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "meet me at the Sejong-daero exit of the station",  # a road, no building
        "i ran 5 km along Olympic-ro 5 km",  # a distance after the road
        "the K-pop concert was great",
    ],
)
def test_a_road_name_alone_is_not_an_address(text: str) -> None:
    assert _found(text, "address") == []


def test_a_listed_english_address_is_public_but_a_flat_in_it_is_not() -> None:
    contacts = PublicContacts(["41 Dongho-ro, Jung-gu, Seoul"])
    public = scan("visit us at 41 Dongho-ro, Jung-gu, Seoul.")
    assert [contacts.is_public(f) for f in public if f.type == "address"] == [True]
    private = scan("i live at 41 Dongho-ro apt 9")
    assert [contacts.is_public(f) for f in private if f.type == "address"] == [False]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("하나 352-910234-56707 이에요 확인해주세요", "352-910234-56707"),
        ("환불은 98765-4321-0012로 송금해주시면 돼요", "98765-4321-0012"),
        ("KB 123456-01-234567 맞나요", "123456-01-234567"),
    ],
)
def test_accounts_named_by_a_bank_short_name_or_a_transfer_verb(text: str, account: str) -> None:
    assert _found(text, "bank_account") == [account]
    assert classify(text) == "local_only"


def test_an_order_number_before_a_transfer_verb_stays_an_order_number() -> None:
    assert _found("주문번호 110-123-456789 로 입금 확인 부탁", "bank_account") == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("제 성은 남궁이에요", "남궁"),
        ("내 성은 한씨야 ㅋㅋ", "한"),
        ("성은 박씨고 이름은 나중에 알려줄게", "박"),
        ("제 성은 윤이구요", "윤"),  # the chat copula 이구요
    ],
)
def test_a_surname_given_on_its_own(text: str, surname: str) -> None:
    assert surname in _found(text, "person_name")
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text", ["가능성은 김이 빠졌어", "내 성은 좀 급한 편이야", "회사 성은 이번에 바뀜"]
)
def test_other_uses_of_seong_are_not_names(text: str) -> None:
    assert _found(text, "person_name") == []


def test_a_name_split_into_surname_then_given_name_keeps_the_turns_local() -> None:
    assert recent_turns_contain_pii(["내 성은 강씨야", "자기소개서 써줘"])
