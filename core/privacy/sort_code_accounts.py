"""A British sort code and account number written as a pair with no labels: ``pay by
transfer to 40-22-87 23918044 (Mr P Okonjo-Hale)`` (redteam28).

The account rule reads a sort code after "sort code" and an account after its label.
Newsletters, invoices and group chats often give the pair bare: the dashed sort code (three
pairs of digits), a space, then the eight-digit account. The same shape is a date and a
reference number ("12-05-24 20240512" in a log), so a word of paying must come near it
(pay, transfer, bank, BACS, payee, account, deposit, "send … to"). Reported as
``bank_account``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_sort_code_accounts"]

_PAIR_RE = LazyPattern(
    r"(?<![0-9-])(?P<sort>[0-9]{2}-[0-9]{2}-[0-9]{2})[ \t,/]+(?P<acc>[0-9]{8})(?![0-9-])"
)
_PAYING_RE = LazyPattern(
    r"(?i:\b(?:pay(?:ment|ing|able)?|paid|transfer(?:red)?|bank|bacs|payee|account|acc|"
    r"a/c|deposit|send|refund|standing[ \t]+order|direct[ \t]+debit|iban)\b)"
)
_REACH = 60


def detect_sort_code_accounts(text: str) -> Iterator[Hit]:
    """Bare sort code and account pairs beside a word of paying (see the module)."""
    for m in _PAIR_RE.finditer(text):
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if _PAYING_RE.search(text, lo, hi) is not None:
            yield Hit("bank_account", m.start(), m.end(), 0.85, False)
