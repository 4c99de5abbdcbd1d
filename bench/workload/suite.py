"""The checked workload's data: conversations of turns, each turn with what must hold.

A suite is a folder (``bench/workload`` by default) holding ``cases/*.yaml`` (lists of
conversations), ``docs/`` (documents ingested next to ``data/samples``) and
``mcp_servers.json`` (the servers the tool cases talk to). A *case* is one turn that
carries an ``expect`` block; turns without one only set up the conversation.

A case may also carry ``open: "why"``: it is known to fail today, for that reason. The
eval ignores the marker (it runs and reports every case, known or not); only the tests
that replay the suite read it, through :func:`open_cases`, so each of them leaves out the
same turns and a set's own test fails when a marked turn starts passing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SUITE_DIR = Path(__file__).resolve().parent
CATEGORIES = (
    "calculation",
    "unit_date",
    "followup",
    "faq",
    "doc_answerable",
    "doc_unanswerable",
    "personal_data",
    "mcp_tool",
    "mcp_unavailable",
    "reasoning",
)
ROLES = ("viewer", "user", "admin")
# libyaml's safe loader when PyYAML was built with it: it reads the 111 case files in
# 0.7 s of CPU against 4.3 s for the pure-Python one, and gives equal data (checked on the
# whole suite, every value's type included: tests/bench/test_suite_loader_60s.py).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The keys an ``expect`` block may use (a typo must fail loudly, not pass silently).
# ``no_model_text: true`` (with ``not_in_documents``): the reply must end at the decline, with
# no model's general knowledge after it (a fact of the organisation itself, which no model
# can know); see ``bench.workload.checks.model_text_after_decline``.
EXPECT_KEYS = frozenset(
    {
        "contains",
        "contains_any",
        "not_contains",
        "not_in_documents",
        "no_model_text",
        "tool_problem",
        "tool_called",
        "no_tool_ran",
        "tiers_not",
        "tier",
        "cites",
        "cites_any",
        "no_citation",
        "privacy",
        "pending",
        "ok_if",
        "pii",
    }
)


@dataclass(frozen=True)
class Turn:
    """One message of a conversation and, when it is a case, what must hold."""

    ask: str
    expect: dict[str, Any] | None = None
    # A turn of a mixed conversation may belong to another category than its thread.
    category: str | None = None
    # Why the case is known to fail today (read by the tests only, never by the eval).
    open: str | None = None


@dataclass(frozen=True)
class Conversation:
    """A thread of turns asked in order on one conversation."""

    id: str
    category: str
    turns: tuple[Turn, ...]
    lang: str = "ko"
    tags: tuple[str, ...] = field(default_factory=tuple)
    # The role the conversation's user has (``viewer`` asks for tools it may not run).
    role: str = "user"

    def cases(self) -> Iterator[tuple[str, int, Turn]]:
        """``(case id, turn index, turn)`` for every turn that is checked."""
        for index, turn in enumerate(self.turns):
            if turn.expect is not None:
                yield f"{self.id}#{index + 1}", index, turn


def _conversation(raw: dict[str, Any], source: Path) -> Conversation:
    where = f"{source.name}: {raw.get('id', '?')}"
    category = raw.get("category")
    if category not in CATEGORIES:
        raise ValueError(f"{where}: category {category!r} is not one of {CATEGORIES}")
    turns = []
    for item in raw["turns"]:
        if isinstance(item, str):
            turns.append(Turn(item))
            continue
        expect = item.get("expect")
        if expect is not None:
            unknown = set(expect) - EXPECT_KEYS
            if unknown:
                raise ValueError(f"{where}: unknown expectation keys {sorted(unknown)}")
        turn_category = item.get("category")
        if turn_category is not None and turn_category not in CATEGORIES:
            raise ValueError(f"{where}: turn category {turn_category!r} is unknown")
        known_open = item.get("open")
        if known_open is not None and (expect is None or not str(known_open).strip()):
            raise ValueError(f"{where}: 'open' needs a reason and a turn with an expect block")
        turns.append(
            Turn(
                str(item["ask"]),
                expect,
                turn_category,
                None if known_open is None else str(known_open),
            )
        )
    role = str(raw.get("role", "user"))
    if role not in ROLES:
        raise ValueError(f"{where}: role {role!r} is not one of {ROLES}")
    if not any(t.expect is not None for t in turns):
        raise ValueError(f"{where}: no turn has an expect block")
    return Conversation(
        id=str(raw["id"]),
        category=category,
        turns=tuple(turns),
        lang=str(raw.get("lang", "ko")),
        tags=tuple(raw.get("tags", ())),
        role=role,
    )


def load_case_file(path: Path) -> list[Conversation]:
    """The conversations of one case file, in listing order.

    Raises:
        ValueError: a conversation is malformed.
    """
    return [
        _conversation(raw, path)
        for raw in yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or []
    ]


def load_suite(suite_dir: Path = SUITE_DIR) -> list[Conversation]:
    """Every conversation of ``suite_dir/cases/*.yaml``, in file then listing order.

    Raises:
        ValueError: a conversation is malformed, or two share an id.
    """
    conversations: list[Conversation] = []
    for path in sorted((suite_dir / "cases").glob("*.yaml")):
        conversations += load_case_file(path)
    # Counted once: ids.count(i) for each of 5,864 ids was a quadratic 2 s of CPU.
    counts = Counter(c.id for c in conversations)
    duplicated = sorted(i for i, n in counts.items() if n > 1)
    if duplicated:
        raise ValueError(f"duplicate conversation ids: {duplicated}")
    return conversations


def open_cases(conversations: list[Conversation]) -> set[str]:
    """The ids (``conv#turn``) of the cases marked ``open``: known to fail, with a reason."""
    return {case for c in conversations for case, _, turn in c.cases() if turn.open is not None}


def select(
    conversations: list[Conversation],
    *,
    category: str | None = None,
    slice_cases: int | None = None,
) -> list[Conversation]:
    """The conversations to run.

    Args:
        conversations: the whole suite.
        category: keep only this category.
        slice_cases: stop once this many cases are covered, taking conversations round-robin
            over the categories (one of each at least, so a small slice touches every one).
    """
    chosen = [c for c in conversations if category is None or c.category == category]
    if slice_cases is None:
        return chosen
    queues = {cat: [c for c in chosen if c.category == cat] for cat in CATEGORIES}
    picked: list[Conversation] = []
    covered = 0
    first_round = True
    while (covered < slice_cases or first_round) and any(queues.values()):
        for cat in CATEGORIES:
            # The first round takes one conversation of every category, however small N is.
            if queues[cat] and (covered < slice_cases or first_round):
                conv = queues[cat].pop(0)
                picked.append(conv)
                covered += sum(1 for _ in conv.cases())
        first_round = False
    return picked
