"""What a question must pass before it may enter a conversation.

A refused question is answered with a message and otherwise forgotten: it never
joins the history (where the next turn would carry it to a model), the
checkpoint (where a 1 MB paste would be stored again at every step) or the
answer cache. The runner checks before the graph starts; ``guard_input`` applies
the same check for callers that invoke the graph directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RejectionReason = Literal["empty", "input_too_long", "invalid_utf8"]

# surrogateescape (how Python decodes undecodable argv and file bytes) maps byte b to U+DC00+b.
_ESCAPED_BYTE_BASE = 0xDC00
_ESCAPED_BYTES = range(0xDC80, 0xDD00)


@dataclass(frozen=True)
class InputRejection:
    """Why a question was refused, as a code (``stop_reason``) and a sentence for the user."""

    reason: RejectionReason
    message: str


def check_question(question: str, max_chars: int) -> InputRejection | None:
    """Refuse a question that is not valid text, empty, or longer than the limit.

    Args:
        question: the question as received (argv, a form, a JSON payload).
        max_chars: the limit (``limits.max_input_chars``) on the stripped question.

    Returns:
        ``None`` when the question may be asked, else the rejection to show.
    """
    bad = _first_invalid_char(question)
    if bad is not None:
        return InputRejection("invalid_utf8", _encoding_message(question, bad))
    stripped = question.strip()
    if not stripped:
        return InputRejection("empty", "The question is empty: type a question.")
    if len(stripped) > max_chars:
        return InputRejection(
            "input_too_long",
            f"The question is {len(stripped):,} characters long; the limit is "
            f"{max_chars:,} (limits.max_input_chars). Shorten it or ingest the text as a "
            "document and ask about it.",
        )
    return None


def _first_invalid_char(text: str) -> int | None:
    # A lone surrogate cannot be encoded: SQLite, the checkpointer and HTTP bodies all fail on it.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _encoding_message(text: str, index: int) -> str:
    code = ord(text[index])
    what = (
        f"byte 0x{code - _ESCAPED_BYTE_BASE:02X}"
        if code in _ESCAPED_BYTES
        else f"lone surrogate U+{code:04X}"
    )
    return (
        f"The question is not valid UTF-8 text ({what} at character {index + 1}). "
        "Set your terminal or client to UTF-8 (e.g. LANG=C.UTF-8) and send it again."
    )
