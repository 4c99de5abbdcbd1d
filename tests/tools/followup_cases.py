"""The checks the unseen follow-up test files share (rounds 6 and 7): each file keeps its
own cases and calls these, so what "resolved in code" means is written once.
"""

from __future__ import annotations

from datetime import datetime

from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic

# A fixed "now", so dates in the cases (그 다음 주 금요일, 60일 뒤) never move.
NOW = datetime(2026, 11, 30, 12, 0)


def assert_follow_up_resolves(earlier: list[str], text: str, answer: str) -> None:
    """Assert that ``text``, asked after the turns ``earlier``, is answered ``answer`` in code.

    Args:
        earlier: The thread's earlier user turns, oldest first.
        text: The follow-up turn.
        answer: The answer code must give.
    """
    resolved = resolve_in_conversation(earlier, text, NOW)
    # Pytest rewrites asserts only in test files: the message says what came back.
    assert resolved is not None and resolved.result.answer == answer, (text, resolved)


def assert_answered_in_code(text: str, answer: str, now: datetime | None = None) -> None:
    """Assert that the first turn ``text`` is answered ``answer`` by a deterministic handler.

    Args:
        text: The turn.
        answer: The answer code must give.
        now: The clock the handlers read dates against (theirs when ``None``).
    """
    result = match_deterministic(text, now=now)
    assert result is not None and result.answer == answer, (text, result)
