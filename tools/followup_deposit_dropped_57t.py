"""A follow-up saying the amount paid first is not paid: "and with no down payment at all".

After "car is 24k, i put 4k down and pay the rest over 36 months, monthly?" (read by
:func:`tools.calculator_readers_57t.deposit_then_monthly`), set 49's "and with no down
payment at all" was answered from the documents with the clinic's payment methods (the
word "payment"). A turn with no figure that names the amount paid first (down payment,
deposit, 계약금, 선금) and says it is not paid (no, without, 없으면, 안 내면) re-runs the
first turn with that amount at 0: the whole price over the same months.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_readers_57t import DEPOSIT_FORMS, deposit_then_monthly
from tools.korean_numbers import normalize_numerals

__all__ = ["deposit_dropped"]

_DEPOSIT_NAMED = re.compile(
    r"계약금|선금|착수금|선납금|\bdown(?:\s*-?\s*payment)?\b|\bdeposit\b|\bnothing\s+down\b", re.I
)
_NOT_PAID = re.compile(
    r"없으면|없이|없다면|안\s*(?:내|걸|넣)[가-힣]*|빼면|\bno\b|\bwithout\b|\bzero\b|\bnothing\b"
    r"|\bskip\b",
    re.I,
)


def deposit_dropped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn re-run with its amount paid first at 0, or ``None``.

    Args:
        text: The follow-up ("and with no down payment at all", "계약금 없으면?").
        previous_steps: The previous turn's steps; one step read as a deposit then months.
    """
    if len(previous_steps) != 1 or any(ch.isdigit() for ch in text):
        return None
    if _DEPOSIT_NAMED.search(text) is None or _NOT_PAID.search(text) is None:
        return None
    said = normalize_numerals(previous_steps[0])
    if deposit_then_monthly(said) is None:
        return None
    for form in DEPOSIT_FORMS:
        m = form.search(said.replace(",", ""))
        if m is not None:
            plain = said.replace(",", "")
            changed = plain[: m.start("d")] + "0" + plain[m.end("d") :]
            return [changed], f"without the {m['d']} paid first"
    return None
