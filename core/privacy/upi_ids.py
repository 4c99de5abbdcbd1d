"""An Indian UPI payment address: ``ravi.k@okicici``, ``9876543210@ybl`` (redteam30).

A UPI id (virtual payment address) is a handle, ``@``, and the payment app's bank handle;
it pays straight into the holder's bank account, and people give theirs to be paid back.
It has no top-level domain, so the e-mail rule passes it by. The shape here: a handle of
letters, digits, dots, hyphens or underscores, ``@``, and one of the handles the UPI apps
issue (``okicici``, ``oksbi``, ``ybl``, ``paytm``, ``upi``…), with no dot after it (an
e-mail such as ``a@upi.example.org`` is the e-mail rule's).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_upi_ids"]

_BANK_HANDLES = (
    "okicici|oksbi|okhdfcbank|okaxis|ybl|ibl|axl|paytm|ptyes|ptaxis|pthdfc|ptsbi|upi|apl|"
    "yapl|icici|sbi|hdfcbank|axisbank|axisb|kotak|kmbl|idfcbank|indus|federal|fbl|jupiteraxis|"
    "slice|freecharge|waaxis|wahdfcbank|wasbi|airtel|jio"
)
_UPI_RE = LazyPattern(
    r"(?<![A-Za-z0-9._@-])(?P<id>[A-Za-z0-9][A-Za-z0-9._-]{1,48}@(?i:" + _BANK_HANDLES + r"))"
    r"(?![A-Za-z0-9]|\.[A-Za-z])"
)


def detect_upi_ids(text: str) -> Iterator[Hit]:
    """UPI payment addresses (see the module)."""
    if "@" not in text:
        return
    for m in _UPI_RE.finditer(text):
        yield Hit("bank_account", m.start("id"), m.end("id"), 0.85, False)
