"""Rules found on the fifty-fifth blind set (a dental clinic's guide, a gym's membership terms).

Each form is tested on wordings unlike the set's (other things, units, word order, the
other language where it applies) and on near misses that must not be read, and each rule
is switched off once (tests/tools/rule_switch.py) to show the test needs it.
"""

from __future__ import annotations

import pytest

import tools.rag.headed_cells as headed_cells
import tools.rag.tabulated_items_64d as tabulated
import tools.rag.unnamed_owner_53h as unnamed_owner
from tests.tools.rag.heldout_floor import heldout_set_test
from tests.tools.rule_switch import narrowed, off, read_only_by_its_rule
from tools.rag.headed_cells import (
    cells_with_heading_units,
    counted_under_heading,
    leaves_asked_case,
    row_shown_with_units,
    section_of,
)
from tools.rag.question import analyze_question
from tools.rag.tabulated_items_64d import misses_tabulated_item, tabulated_items
from tools.rag.textutil import tokenize
from tools.rag.unnamed_owner_53h import asks_hours_naming_no_place

# --- a bare figure takes its unit from its column heading (headed_cells) --------------------
# "스케일링 본인부담금 얼마쯤 나와요" was answered "같은 해에 두 번째 스케일링을 받으시면 비급여로
# 50,000원입니다." (the row "| 스케일링 | 만 19세 이상 | 연 1회 | 약 15,000 |" under
# "본인부담금(원)" held no sum read alone), and "whats the joining fee on standard" with
# "… the joining fee is waived. … a £10 admin fee." (the row's "15" under "Joining fee (£)").


def _table(heading: str, row: str, *others: str) -> str:
    cells = heading.count("|") - 1
    separator = "|" + "---|" * cells
    return "\n".join(["## Prices", "", heading, separator, row, *others, ""])


_UNITS = [
    # (heading row, body row, the row as quoted)
    (
        "| 객실 | 1박 요금(원) | 최대 인원(명) |",
        "| 온돌방 | 80,000 | 4 |",
        "온돌방 — 1박 요금: 80,000원; 최대 인원: 4명",
    ),
    ("| Item | Deposit ($) |", "| Kayak | 50 |", "Kayak — Deposit: $50"),
    (
        "| 과정 | 기간(개월) | 수강료(원) |",
        "| 기초반 | 3 | 약 450,000 |",
        "기초반 — 기간: 3개월; 수강료: 약 450,000원",
    ),
    (
        "| Service | Time (minutes) | Price (€) |",
        "| Wash and dry | 45 | 12.50 |",
        "Wash and dry — Time: 45 minutes; Price: €12.50",
    ),
    (
        "| Plan | Weekly fee (GBP) | Notes |",
        "| Basic | 9 | off-peak only |",
        "Basic — Weekly fee: 9 GBP; Notes: off-peak only",
    ),
    ("| 품목 | 보관 기간(일) |", "| 냉장 케이크 | 2 |", "냉장 케이크 — 보관 기간: 2일"),
]


@pytest.mark.parametrize(("heading", "row", "shown"), _UNITS)
def test_a_bare_figure_is_quoted_with_its_headings_unit(heading: str, row: str, shown: str) -> None:
    assert row_shown_with_units(row, _table(heading, row)) == shown


@pytest.mark.parametrize(
    ("heading", "row"),
    [
        # The cell writes its own unit: quoted as is.
        ("| Item | Deposit ($) |", "| Kayak | $50 |"),
        ("| 객실 | 1박 요금(원) |", "| 온돌방 | 80,000원 |"),
        # A bracket that is a note, not a unit.
        ("| Extra | Price (optional) |", "| Gift wrap | 5 |"),
        ("| 구분 | 요금 (평일) |", "| 성인 | 3,000 |"),
        # No bracketed unit at all.
        ("| Plan | Classes |", "| Basic | 4 |"),
        # A cell that is no bare figure.
        ("| Item | Deposit ($) |", "| Kayak | ask at the desk |"),
    ],
)
def test_a_cell_with_its_own_unit_or_a_note_heading_is_left_alone(heading: str, row: str) -> None:
    passage = _table(heading, row)
    assert row_shown_with_units(row, passage) is None
    assert cells_with_heading_units(row, passage) is None


def test_a_sentence_or_the_heading_row_is_no_body_row() -> None:
    passage = _table("| Item | Deposit ($) |", "| Kayak | 50 |")
    assert row_shown_with_units("Kayaks need a deposit of 50.", passage) is None
    assert row_shown_with_units("| Item | Deposit ($) |", passage) is None


@pytest.mark.parametrize(
    ("question", "heading", "row"),
    [
        ("how much is the kayak deposit", "| Item | Deposit ($) |", "| Kayak | 50 |"),
        ("온돌방 하룻밤 얼마에요", "| 객실 | 1박 요금(원) |", "| 온돌방 | 80,000 |"),
        ("기초반은 몇 달 과정이야", "| 과정 | 기간(개월) |", "| 기초반 | 3 |"),
        ("how long does a wash and dry take", "| Service | Time (minutes) |", "| Wash | 45 |"),
        ("냉장 케이크 며칠 보관돼요", "| 품목 | 보관 기간(일) |", "| 냉장 케이크 | 2 |"),
        (
            "how much is a 10 pack",
            "| Package | Price (£) | Valid for |",
            "| 10 sessions | 340 | 6 months |",
        ),
    ],
)
def test_the_row_states_the_asked_kind_of_figure(question: str, heading: str, row: str) -> None:
    passage = _table(heading, row)
    assert counted_under_heading(row, passage, analyze_question(question), question)


@pytest.mark.parametrize(
    ("question", "heading", "row"),
    [
        # A sum asked of a row whose bare figure is a count of people.
        ("온돌방 얼마에요", "| 객실 | 최대 인원(명) |", "| 온돌방 | 4 |"),
        # A length asked of a row of sums.
        ("how long is the kayak hire", "| Item | Deposit ($) |", "| Kayak | 50 |"),
    ],
)
def test_a_figure_of_another_kind_states_nothing_asked(
    question: str, heading: str, row: str
) -> None:
    passage = _table(heading, row)
    assert not counted_under_heading(row, passage, analyze_question(question), question)


def test_heading_units_are_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "how much is the kayak deposit"
    row = "| Kayak | 50 |"
    passage = _table("| Item | Deposit ($) |", row)
    read_only_by_its_rule(
        lambda: (
            counted_under_heading(row, passage, analyze_question(question), question),
            row_shown_with_units(row, passage),
        ),
        (True, "Kayak — Deposit: $50"),
        off(headed_cells, "use_heading_units", False),
        monkeypatch,
    )


# --- such a row is held to the case its section writes elsewhere (headed_cells) -------------
# "틀니 비급여로 하면 얼마에요" (unanswerable: the guide prices dentures only as insured care)
# was answered with the insured row "틀니 — …; 본인부담금: 약 450,000원"; the section's note
# writes 비급여 for a second scaling, so the row states the other case.

_SECTION_DOC = """# Guide to care and fees

## 3. Insured care

| Care | Age | Your share (원) |
|---|---|---|
| 틀니 | 만 65세 이상 | 약 450,000 |
| Dentures | 65+ | 450 |

- 같은 해에 두 번째 스케일링은 비급여로 50,000원입니다.
- Off-peak visits cost less; weekend visits are private only.
- 주말 진료는 야간 가산이 붙습니다.

## 4. Other

Private fees are on request.
"""


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("틀니 비급여로 하면 얼마에요", "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"),
        ("how much are dentures off-peak", "Dentures — Age: 65+; Your share: 450원"),
        ("weekend dentures price", "Dentures — Age: 65+; Your share: 450원"),
        ("틀니 주말에 하면 얼마", "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"),
        ("틀니 야간 가산 얼마", "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"),
    ],
)
def test_a_row_leaving_out_a_case_its_section_writes_misses(question: str, shown: str) -> None:
    heading = "Guide to care and fees > 3. Insured care"
    tokens = set(tokenize(section_of(_SECTION_DOC, heading)))
    topics = analyze_question(question).topic_terms
    assert leaves_asked_case(topics, shown, heading, tokens)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("틀니 얼마에요", "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"),
        ("how much are dentures", "Dentures — Age: 65+; Your share: 450원"),
        # Named in the row's own headings, or only in the document's title.
        ("what is my share for dentures", "Dentures — Age: 65+; Your share: 450원"),
        ("틀니 fees", "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"),
    ],
)
def test_a_row_naming_the_asked_case_is_left_alone(question: str, shown: str) -> None:
    heading = "Guide to care and fees > 3. Insured care"
    tokens = set(tokenize(section_of(_SECTION_DOC, heading)))
    topics = analyze_question(question).topic_terms
    assert not leaves_asked_case(topics, shown, heading, tokens)


def test_the_section_is_read_to_its_end() -> None:
    section = section_of(_SECTION_DOC, "Guide to care and fees > 3. Insured care")
    assert "비급여로" in section and "Private fees" not in section
    assert section_of(_SECTION_DOC, "Guide > 9. Missing") == ""


def test_the_asked_case_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    heading = "Guide to care and fees > 3. Insured care"
    tokens = set(tokenize(section_of(_SECTION_DOC, heading)))
    topics = analyze_question("틀니 비급여로 하면 얼마에요").topic_terms
    shown = "틀니 — Age: 만 65세 이상; Your share: 약 450,000원"
    read_only_by_its_rule(
        lambda: leaves_asked_case(topics, shown, heading, tokens),
        True,
        off(headed_cells, "use_asked_case", False),
        monkeypatch,
    )


# --- a place's lunch break is part of its hours (unnamed_owner_53h) -------------------------
# "점심시간 언제에요" (naming no place) was answered with the sample clinic's lunch hour
# before the user's own dental clinic guide; it now goes to the user's documents first.


@pytest.mark.parametrize(
    "question",
    [
        "점심시간 언제에요",
        "점심 시간에도 접수돼요?",
        "휴게시간 있어요?",
        "브레이크타임 몇시부터야",
        "when is the lunch break",
        "do you close for a lunch hour",
    ],
)
def test_a_lunch_break_asked_of_no_place_is_an_hours_question(question: str) -> None:
    assert asks_hours_naming_no_place(question)


@pytest.mark.parametrize(
    "question",
    [
        "도서관 점심시간 언제야",  # a place named
        "the museum's lunch break",
        "점심 메뉴 뭐예요",  # lunch, no break
        "what's for lunch",
        "is lunch included",
    ],
)
def test_a_named_place_or_a_meal_is_left_alone(question: str) -> None:
    assert not asks_hours_naming_no_place(question)


def test_the_lunch_break_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: asks_hours_naming_no_place("휴게시간 있어요?"),
        True,
        narrowed(unnamed_owner, "_HOURS", r"|점심\s*시간|휴게\s*시간|브레이크\s*타임"),
        monkeypatch,
    )


# --- an item the document tabulates elsewhere (tabulated_items_64d) ------------------------
# "교정 보증기간 몇년이에요" was answered with the notes under the warranty table (implants,
# crowns, inlays, fillings); braces are listed only in the guide's price and discount tables.

_GUIDE = """# Guide

## Prices

| Item | Price |
|---|---|
| Braces | £2,000 |
| Whitening | £150 |
| 투명교정 | 3,800,000원 |
| 가족 동시 교정 | 10% |
| Deluxe room | £120 |
| 성인 강습 | 60,000원 |

## Warranty

| Item | Years |
|---|---|
| Implant | 5 |
| Crown | 3 |
| 임플란트 | 5 |
| 크라운 | 3 |
| Standard room | 2 guests |
| 어린이 강습 | 6명 |

- Come for a check-up every 6 months or the warranty ends.
- 정기검진을 1년 넘게 받지 않으면 보증이 끝납니다.
"""


def _warranty_passage() -> str:
    return _GUIDE[_GUIDE.index("## Warranty") :]


@pytest.mark.parametrize(
    "question",
    [
        "교정 보증기간 몇년이에요",
        "how long is the warranty on braces",
        "is whitening guaranteed for how many years",
        "deluxe room max guests?",
        "성인 강습 정원 몇 명",
        "가족 교정 보증 몇 년",
    ],
)
def test_a_table_of_other_items_misses_an_item_tabulated_elsewhere(question: str) -> None:
    passage = _warranty_passage()
    topics = analyze_question(question).topic_terms
    assert misses_tabulated_item(topics, passage, set(tokenize(passage)), _GUIDE)


@pytest.mark.parametrize(
    "question",
    [
        "임플란트 보증기간 몇년",  # listed here
        "how long is the crown warranty",
        "보증기간 몇년이에요",  # no item asked
        "how long is the warranty on veneers",  # tabulated nowhere: left to other checks
    ],
)
def test_an_item_listed_here_or_nowhere_is_left_alone(question: str) -> None:
    passage = _warranty_passage()
    topics = analyze_question(question).topic_terms
    assert not misses_tabulated_item(topics, passage, set(tokenize(passage)), _GUIDE)


def test_a_passage_without_a_table_is_left_alone() -> None:
    passage = "## Warranty\n\nImplants are guaranteed for 5 years. Crowns for 3 years.\n"
    topics = analyze_question("how long is the warranty on braces").topic_terms
    assert not misses_tabulated_item(topics, passage, set(tokenize(passage)), _GUIDE)


def test_the_tabulated_items_are_read() -> None:
    items = tabulated_items(_GUIDE)
    assert {"brac", "교정", "implant", "임플란트", "crown"} <= items
    assert "item" not in items  # a heading row's first cell names the column


def test_the_tabulated_item_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    passage = _warranty_passage()
    topics = analyze_question("교정 보증기간 몇년이에요").topic_terms
    read_only_by_its_rule(
        lambda: misses_tabulated_item(topics, passage, set(tokenize(passage)), _GUIDE),
        True,
        off(tabulated, "use_tabulated_items", False),
        monkeypatch,
    )


# --- the set itself ------------------------------------------------------------------------


# First blind run (main 7ae16bdf): 29 of 70 right, 7 wrong, 12 of 14 declined; with these
# rules 32 right, 3 wrong, 13 of 14 declined; with the coordinator's two rules of landing 58
# (tests/tools/rag/test_place_cost_64z.py) "parking … at riverside" is declined too: 2 wrong
# (named below, not fixed), 14 of 14 declined. doc65 closed those two
# (tests/tools/rag/test_doc_65x.py): the parking question is put to the dental guide
# (unnamed_facility_65x), the moving-abroad one declined (pay_obligation_65x).
# A new wrong answer fails the test.
test_the_set_keeps_its_counts = heldout_set_test(
    "docqa_heldout55",
    declined_right=14,
    right_floor=33,
)
