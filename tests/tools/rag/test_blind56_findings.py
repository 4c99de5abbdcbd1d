"""Rules found on the fifty-sixth blind set (a culture centre's course guide, a rehearsal
studio's booking terms).

Each form is tested on wordings unlike the set's (other things, numbers, word order, the
other language where it applies) and on near misses that must not be read, and each rule
is switched off once (tests/tools/rule_switch.py) to show the test needs it.
"""

from __future__ import annotations

import pytest

import tools.rag.excepted_case_65d as excepted_case
import tools.rag.numbered_label_65d as numbered_label
from tests.tools.rag.heldout_floor import heldout_set_test
from tests.tools.rule_switch import off, read_only_by_its_rule
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.numbered_label_65d import names_kind_without_asked_number
from tools.rag.textutil import tokenize


def _answer(question: str, heading: str, text: str) -> str:
    """The extractive answer from one passage ("" when it declines)."""
    passage = Passage(chunk_id=heading[:8], source="guide.md", heading=heading, text=text)
    got = extractive_answer(question, [passage], max_sentences=1)
    return got.text if got.covered else ""


# --- a numbered label is not answered by a line naming its kind only (numbered_label_65d) --
# "how much is room 2 on a saturday" was answered "Leave the room as you found it: a £20
# cleaning charge applies if a room is left …", in terms labelling rooms Room 1 to Room 3.

_COURTS = "| Court 1 | 12 |\n| Court 3 | 15 |\n| Gate 12 | north |\n| Locker 40 | large |"
_KO_COURTS = "| 1번 코트 | 10,000 |\n| 3번 코트 | 12,000 |\n| 2번 방 | 20,000 |\n| 7번 홀 | 야외 |"


@pytest.mark.parametrize(
    ("question", "sentence", "document"),
    [
        ("how much is court 3 after 6pm", "A court left untidy costs £10 to clean.", _COURTS),
        ("what time does gate 12 open", "The gate by the car park opens at 07:00.", _COURTS),
        ("locker 40 monthly fee?", "A locker key lost costs £8.", _COURTS),
        (
            "3번 코트 야간 조명비 얼마에요",
            "코트를 정리하지 않으면 청소비 10,000원을 받습니다.",
            _KO_COURTS,
        ),
        ("2번 방 주말에 얼마", "방은 2시간 단위로 예약합니다.", _KO_COURTS),
        ("홀 7번 몇시까지 써요", "홀 대관은 22:00까지입니다.", _KO_COURTS),
        ("is court 1 cheaper at weekends", "Courts 2 and 3 cost £15 at weekends.", _COURTS),
    ],
)
def test_a_line_naming_the_kind_but_not_the_asked_number_misses(
    question: str, sentence: str, document: str
) -> None:
    assert names_kind_without_asked_number(question, sentence, document)


@pytest.mark.parametrize(
    ("question", "sentence", "document"),
    [
        # The asked one named, alone or in a list.
        ("how much is court 3 after 6pm", "| Court 3 | 15 |", _COURTS),
        ("how much is court 3 after 6pm", "Courts 1 and 3 cost £15 after 18:00.", _COURTS),
        ("3번 코트 야간 조명비 얼마에요", "3번 코트는 야간 조명비 5,000원이 붙습니다.", _KO_COURTS),
        # Said of every one of the kind.
        ("does court 3 have lights", "Every court has floodlights.", _COURTS),
        ("2번 방 에어컨 있어요?", "모든 방에 에어컨이 있습니다.", _KO_COURTS),
        # The document labels nothing so: the number is no label.
        ("how much is room 2 on a saturday", "A room left dirty costs £20.", _COURTS),
        # No kind before the number, or the kind unnamed in the sentence.
        ("kids under 5 court price", "A court left untidy costs £10.", _COURTS),
        ("how much is court 3 after 6pm", "Floodlights cost £4 an hour.", _COURTS),
    ],
)
def test_the_asked_label_every_one_or_no_label_is_left_alone(
    question: str, sentence: str, document: str
) -> None:
    assert not names_kind_without_asked_number(question, sentence, document)


def test_the_numbered_label_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: names_kind_without_asked_number(
            "how much is court 3 after 6pm", "A court left untidy costs £10 to clean.", _COURTS
        ),
        True,
        off(numbered_label, "use_numbered_labels", False),
        monkeypatch,
    )


# --- a rule its section excepts the asked item from is no answer (excepted_case_65d) --------
# "70살인데 스마트폰 강좌도 시니어할인 받을수있나요" was answered with the row "시니어 할인 |
# 수강료 20% | 만 65세 이상, 성인 강좌에 한함", while the note under it says "시니어 할인은
# 스마트폰 활용 강좌에는 적용되지 않습니다".


def _topics(*words: str) -> list[tuple[str, frozenset[str]]]:
    """Each word as the index writes it ("sundays" -> its stem), its own group."""
    return [(t, frozenset({t})) for w in words for t in tokenize(w)[:1]]


_EXCEPTED = [
    (
        _topics("student", "discount", "yoga"),
        "| Student discount | 20% | full-time students |",
        "| Student discount | 20% | full-time students |\n\n"
        "- The student discount does not apply to yoga classes.",
    ),
    (
        _topics("가족", "할인", "골프"),
        "| 가족 할인 | 10% | 2인 이상 |",
        "| 가족 할인 | 10% | 2인 이상 |\n\n- 가족 할인은 골프 레슨에는 적용되지 않습니다.",
    ),
    (
        _topics("free", "parking", "sundays"),
        "Members get 2 hours of free parking.",
        "Members get 2 hours of free parking. Free parking is not available on Sundays.",
    ),
    (
        _topics("적립", "포인트", "세일"),
        "결제 금액의 5%를 포인트로 적립합니다.",
        "결제 금액의 5%를 포인트로 적립합니다. 세일 상품은 포인트 적립 제외입니다.",
    ),
    (
        _topics("refund", "ticket", "concert"),
        "Tickets are refunded in full up to 7 days before.",
        "Tickets are refunded in full up to 7 days before. "
        "Concert tickets are refunded only if the event is cancelled.",
    ),
    (
        _topics("쿠폰", "사용", "배달"),
        "쿠폰은 1회 1장 사용할 수 있습니다.",
        "쿠폰은 1회 1장 사용할 수 있습니다. 배달 주문에는 쿠폰을 사용할 수 없습니다.",
    ),
]


def _context(sentence: str) -> set[str]:
    return set(tokenize(sentence))


@pytest.mark.parametrize(("topics", "sentence", "section"), _EXCEPTED)
def test_a_rule_whose_section_excepts_the_asked_item_misses(
    topics: list[tuple[str, frozenset[str]]], sentence: str, section: str
) -> None:
    assert excepted_case.excepted_case_in_section(topics, _context(sentence), sentence, section)


@pytest.mark.parametrize(
    ("topics", "sentence", "section"),
    [
        # The other sentence names the left-out item with no restriction.
        (
            _topics("student", "discount", "yoga"),
            "| Student discount | 20% | full-time students |",
            "| Student discount | 20% | full-time students |\n\n- Yoga classes run on Mondays.",
        ),
        # ... or restricts another item than the one left out.
        (
            _topics("가족", "할인", "골프"),
            "| 가족 할인 | 10% | 2인 이상 |",
            "| 가족 할인 | 10% | 2인 이상 |\n\n- 가족 할인은 수영 강습에는 적용되지 않습니다.",
        ),
        # The candidate names every asked thing (the exception itself).
        (
            _topics("student", "discount", "yoga"),
            "The student discount does not apply to yoga classes.",
            "| Student discount | 20% |\n\n- The student discount does not apply to yoga classes.",
        ),
        # The line names the asked nouns only through its heading (its own words: none).
        (
            _topics("학기", "수강료"),
            "분할 납부는 되지 않습니다.",
            "형제 할인은 학기 수강료에는 적용되지 않습니다. 분할 납부는 되지 않습니다.",
        ),
        # The restriction names the item but nothing of the candidate's rule.
        (
            _topics("free", "parking", "sundays"),
            "Members get 2 hours of free parking.",
            "Members get 2 hours of free parking. The shop is not open on Sundays only.",
        ),
    ],
)
def test_an_exception_of_another_item_or_none_is_left_alone(
    topics: list[tuple[str, frozenset[str]]], sentence: str, section: str
) -> None:
    assert not excepted_case.excepted_case_in_section(topics, _context(sentence), sentence, section)


def test_the_excepted_case_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    topics, sentence, section = _EXCEPTED[1]
    read_only_by_its_rule(
        lambda: excepted_case.excepted_case_in_section(
            topics, _context(sentence), sentence, section
        ),
        True,
        off(excepted_case, "use_excepted_case", False),
        monkeypatch,
    )


# --- the set itself ------------------------------------------------------------------------


# First blind run (main 79bfd304): 27 of 71 right, 6 wrong, 14 of 14 declined; with these
# rules 27 right, 4 wrong (named below, not fixed), 14 of 14 declined. A new wrong answer
# fails the test. (blind56d's verb-only rule, asked_topic_65d, fixed "수강권 친구한테 넘겨도
# 돼?" but was taken out at the merge: it declined the workload's "what should i bring to my
# health checkup" (a line whose topic only the document's title names) and moved "술
# 가져가도 됨?" on a karaoke guide to the pharmacy's alcohol warning.)
test_the_set_keeps_its_counts = heldout_set_test(
    "docqa_heldout56",
    left_wrong=frozenset(
        {
            # The refund row "개강 전 | 수강료 전액" passed over for the kit's "개강 후에도 …".
            "개강 전에 취소하면 환불 얼마나 돼요",
            # The free-parking sentence for the charge after the free hours (as set 55's).
            "주차 3시간 넘으면 요금 얼마야",
            # "10-hour block" echoed by a sentence stating no duration of its own.
            "how long can I use a 10 hour block",
            # "분실물은 … 고객센터(1층)로 넘깁니다": only the verb 넘기다 shared.
            "수강권 친구한테 넘겨도 돼?",
        }
    ),
    declined_right=14,
    right_floor=27,
)
