"""Rules found on the twenty-fifth blind set (car wash membership, escape room terms).

The examples are our own (an internet provider, a bowling alley, a piano school), not that
set's questions. Each test also shows the wrong answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

import pytest

from tests.tools.rag.known_words_store import holding_stems
from tools.rag.amount_off import with_amount_off
from tools.rag.answer import extractive_answer
from tools.rag.crosslingual import equivalents
from tools.rag.dense_confirmed import dense_confirmed_answer
from tools.rag.english_modifiers import unheld_kind_modifier
from tools.rag.html_table_headings import html_heading_lines
from tools.rag.models import Passage
from tools.rag.named_groups import misses_named_group
from tools.rag.question import analyze_question

# --- an HTML-form table's heading row (tools.rag.html_table_headings) ----------------------

_PLANS = (
    "Plan | Speed | Monthly fee |\n\n"
    "Basic | 100 Mbps | 30,000 won |\n\n"
    "Giga | 1 Gbps | 45,000 won |\n\n"
    "A router is lent free of charge with every installation."
)
_ROUTER = "A router is lent free of charge with every installation."


def test_html_tables_first_row_is_their_heading() -> None:
    lines = _PLANS.splitlines()
    assert html_heading_lines(lines) == {0}
    # A markdown table's rows have a leading bar: its heading is marked by its rule instead.
    assert html_heading_lines(["| Plan | Fee |", "|---|---|", "| Basic | 30,000 won |"]) == set()


def test_html_heading_cell_names_no_group() -> None:
    # "plan" is the heading row's first cell, not a case the table tells apart: a question
    # naming it asks about no row's group, and the router sentence may answer it.
    question = "do i get a router with the internet plan"
    assert not misses_named_group(question, _ROUTER, _PLANS)
    with mock.patch("tools.rag.named_groups.html_heading_lines", return_value=frozenset()):
        assert misses_named_group(question, _ROUTER, _PLANS)
    # A body row's own case still must be named ("giga" asks about the Giga row's group).
    assert misses_named_group("do i get a router with giga", _ROUTER, _PLANS)


# --- an unheld modifier of a held noun (tools.rag.english_modifiers) ----------------------


def test_unheld_modifier_names_a_kind() -> None:
    topics = ("veteran", "discount", "bowl", "alley")
    assert unheld_kind_modifier(
        "is there a veteran discount at the bowling alley", {"veteran"}, topics
    )
    assert unheld_kind_modifier("do you have veteran discounts", {"veteran"}, topics)
    # The head must be held, the modifier not; a verb before its object is no modifier.
    assert not unheld_kind_modifier("is there a veteran discount", {"discount"}, topics)
    assert not unheld_kind_modifier("my dad has a veteran card", {"veteran"}, ("veteran", "card"))
    assert not unheld_kind_modifier(
        "will a reset wipe my scores", {"wipe"}, ("reset", "wipe", "score")
    )


def test_dense_path_never_waves_an_unheld_kind_through() -> None:
    question = "is there a veteran discount at the bowling alley"
    store = holding_stems(
        {"discount", "bowl", "alley"}, "searched: the unheld modifier was waved through"
    )
    asked = analyze_question(question)
    assert dense_confirmed_answer(store, question, "c", asked) is None  # type: ignore[arg-type]
    with (
        mock.patch("tools.rag.dense_confirmed.unheld_kind_modifier", return_value=False),
        pytest.raises(AssertionError, match="waved through"),
    ):
        dense_confirmed_answer(store, question, "c", asked)  # type: ignore[arg-type]


# --- an amount taken off is a discount (tools.rag.amount_off) -----------------------------

_BOWLING_PRICES = Passage(
    chunk_id="prices",
    source="bowling.md",
    heading="Strike Lanes > Prices",
    text=(
        "A game costs 6,000 won per player. Shoe rental is 2,000 won.\n"
        "Members of the city league get 1,000 won off every game on Mondays."
    ),
)
_BOWLING_GROUPS = Passage(
    chunk_id="groups",
    source="bowling.md",
    heading="Strike Lanes > Group bookings",
    text="Groups of 10 players or more get a 10% discount on lane hire.",
)


def test_amount_off_names_the_discount() -> None:
    assert with_amount_off("Members get 1,000 won off.", ("member", "get")) == (
        "member",
        "get",
        "discount",
    )
    assert with_amount_off("Take 10% off all drinks.", ("drink",))[-1] == "discount"
    # "off" alone is no discount ("lights off after 22:00", "a day off").
    assert with_amount_off("Lights go off at 22:00.", ("light",)) == ("light",)


def test_league_discount_is_quoted_from_the_amount_off() -> None:
    question = "bowling league member discount?"
    # Both words are rare in the collection: a passage must hold both to answer.
    rare = {"league": 1, "discount": 1}.get

    def frequency(token: str) -> int:
        return rare(token, 0)

    passages = [_BOWLING_PRICES, _BOWLING_GROUPS]
    found = extractive_answer(question, passages, max_sentences=1, frequency=frequency)
    assert found.covered and "1,000 won off" in found.text
    with mock.patch("tools.rag.subjects.with_amount_off", side_effect=lambda s, t: t):
        off = extractive_answer(question, passages, max_sentences=1, frequency=frequency)
    assert "1,000 won off" not in off.text


# --- everyday words: a car wash (세차), an escape room (방탈출) -----------------------------


def test_car_wash_and_escape_room_words_cross_languages() -> None:
    assert "세차" in equivalents("wash")
    assert "escap" in equivalents("탈출") or "escape" in equivalents("탈출")
    # Not 손 = hand: English "hand" is mostly the verb ("hand in an expense claim").
    assert "hand" not in equivalents("손")
