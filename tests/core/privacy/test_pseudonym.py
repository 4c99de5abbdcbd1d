"""The one pseudonymizer: every token of a detected name, one mapping across texts."""

from __future__ import annotations

from core.privacy import pseudonymize, restore, scan
from core.privacy.pseudonym import Pseudonymizer


def test_korean_given_and_family_name_alone_get_the_names_placeholders() -> None:
    text = "김민수 고객님이 오셨어요. 민수 씨가 내일 다시 온대요. 김 고객님 말로는 민수가 바쁘대요."
    pseudo, mapping = pseudonymize(text)
    assert pseudo == (
        "<<PERSON_1>> 고객님이 오셨어요. <<PERSON_1_GIVEN>> 씨가 내일 다시 온대요. "
        "<<PERSON_1_FAMILY>> 고객님 말로는 <<PERSON_1_GIVEN>>가 바쁘대요."
    )
    assert "민수" not in pseudo and "김 " not in pseudo
    assert restore(pseudo, mapping) == text


def test_english_given_and_family_name_alone_are_replaced() -> None:
    text = "Patient: Jane Doe was seen today. Jane likes short notes; Doe signed the form."
    pseudo, mapping = pseudonymize(text)
    assert "Jane" not in pseudo and "Doe" not in pseudo
    assert "<<PERSON_1_GIVEN>> likes short notes" in pseudo
    assert "<<PERSON_1_FAMILY>> signed" in pseudo
    assert restore(pseudo, mapping) == text


def test_a_shouted_name_token_gets_the_same_placeholder() -> None:
    pseudo, mapping = pseudonymize(
        "Patient Jane Doe arrived. JANE asked; DOE signed. jane is a word."
    )
    assert "JANE" not in pseudo and "DOE" not in pseudo
    assert "<<PERSON_1_GIVEN>> asked; <<PERSON_1_FAMILY>> signed" in pseudo
    # Lower case is left alone: "mark", "will", "rose" are words more often than names.
    assert "jane is a word" in pseudo
    assert mapping["<<PERSON_1_GIVEN>>"] == "Jane"


def test_an_undetected_repeat_of_the_whole_name_gets_the_same_placeholder() -> None:
    pseudo, _ = pseudonymize("Dr. Jane Doe called. Later Jane Doe wrote back.")
    assert pseudo == "Dr. <<PERSON_1>> called. Later <<PERSON_1>> wrote back."


def test_a_name_inside_another_name_is_left_to_its_own_detection() -> None:
    # "민수" of 김민수 must not eat into 이민수, a different person.
    pseudo, mapping = pseudonymize("김민수 님, 그리고 이민수 과장님")
    assert mapping["<<PERSON_1>>"] == "김민수" and mapping["<<PERSON_2>>"] == "이민수"
    assert pseudo == "<<PERSON_1>> 님, 그리고 <<PERSON_2>> 과장님"


def test_a_lone_surname_without_a_title_is_an_ordinary_syllable() -> None:
    pseudo, _ = pseudonymize("김민수 고객님이 김치를 좋아하신대요")
    assert pseudo == "<<PERSON_1>> 고객님이 김치를 좋아하신대요"


def test_names_from_a_later_text_are_replaced_in_an_earlier_one() -> None:
    shield = Pseudonymizer()
    first, second = shield.texts(["민수 씨가 전화했어요", "김민수 고객님 예약 확인"])
    assert first == "<<PERSON_1_GIVEN>> 씨가 전화했어요"
    assert second == "<<PERSON_1>> 고객님 예약 확인"
    assert shield.mapping == {"<<PERSON_1>>": "김민수", "<<PERSON_1_GIVEN>>": "민수"}
    assert shield.blocked is None
    assert not any(scan(t) for t in (first, second))


def test_a_never_leaves_type_blocks_the_shield() -> None:
    shield = Pseudonymizer(frozenset({"kr_rrn"}))
    out = shield.text("주민번호 900101-1234568 확인 부탁")
    assert shield.blocked == "kr_rrn"
    assert "900101" not in out


def test_the_shield_and_the_function_label_alike() -> None:
    text = "Dr. Jane Doe, jane@example.com"
    shield = Pseudonymizer()
    assert shield.text(text) == pseudonymize(text)[0] == "Dr. <<PERSON_1>>, <<EMAIL_1>>"
