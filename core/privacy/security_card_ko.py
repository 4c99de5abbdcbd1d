"""A bank security card's table (보안카드): ``01 3318  02 7720  03 1954 …`` after the word
보안카드 (redteam28).

A Korean bank's 보안카드 holds thirty or so numbered four-digit codes; a transfer asks for
two of them. People copy the card into a memo and ask whether that is safe to keep, or
paste it when a phishing page asks for "all the numbers". The table with the card's name
is the key to the account, so it stays local. The shape: the word 보안카드 (or "security
card"), then at least three entries of a serial number (1-35) and four digits, on one line
or several. A how-to question ("보안카드 번호 몇 번까지 있어?") holds no entry and stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_security_card_ko"]

_CUE_RE = LazyPattern(r"보안[ \t]?카드|(?i:security[ \t]+card)")
_ENTRY = r"(?:0?[1-9]|[12][0-9]|3[0-5])(?:번)?[ \t]*[.:)=-]?[ \t]*[0-9]{4}(?![0-9])"
_TABLE_RE = LazyPattern(_ENTRY + r"(?:[ \t,/|]*\n?[ \t,/|]*" + _ENTRY + r"){2,}")
# How far after the card's name its table may start.
_REACH = 120


def detect_security_card_ko(text: str) -> Iterator[Hit]:
    """A 보안카드 table given after the card's name (see the module)."""
    for cue in _CUE_RE.finditer(text):
        m = _TABLE_RE.search(text, cue.end(), min(len(text), cue.end() + _REACH + 600))
        if m is not None and m.start() - cue.end() <= _REACH:
            yield Hit("secret", m.start(), m.end(), 0.9, False)
