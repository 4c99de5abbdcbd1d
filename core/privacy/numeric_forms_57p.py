"""Numbers in forms the number rules did not read (redteam49).

- A dash said as ``빼기`` (minus) or ``작대기`` (stick) between the groups of a number read
  aloud: ``010 빼기 4729 빼기 1836``, ``구일공삼일오 작대기 이칠사일삼오오``. The words join
  :mod:`core.privacy.spoken`'s dash words, so the run folds to digits and the phone, account
  and 주민번호 rules read it; plain arithmetic (``2026 빼기 1988``) folds to a run no number
  rule reads.
- An Indian mobile (ten digits from 6-9, grouped 5-5 the Indian way) beside a phone word (3-3-4
  is the North American grouping, whose test numbers, 650-555-…, the US rules judge);
  digits of other scripts (Devanagari ``९८२०४ ७१३५६``) are folded to ASCII before any rule
  reads them.

The round's labelled numbers widen the existing readers instead: a マイナンバー after "which is"
(:mod:`core.privacy.asia_pacific_national_ids`), a Belgian national register number
(:mod:`core.privacy.european_national_ids`).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["SPOKEN_DASH_WORDS_57P", "detect_numeric_forms_57p"]

# Read by core.privacy.spoken as a dash between a spoken number's groups.
SPOKEN_DASH_WORDS_57P: tuple[str, ...] = ("빼기", "작대기")

_IN_MOBILE_RE = LazyPattern(r"(?<![\d+])(?P<num>[6-9]\d{4}[ \t-]\d{5})(?![\d-])")
_PHONE_WORD_RE = LazyPattern(
    r"(?i:mobile|phone|cell|whats[ \t]?app|dial|call|text|number|휴대폰|핸드폰|전화|연락처|번호)"
)
_PHONE_WORD_WINDOW = 48


def detect_numeric_forms_57p(text: str) -> Iterator[Hit]:
    """An Indian mobile grouped 5-5 beside a phone word (see the module)."""
    for m in _IN_MOBILE_RE.finditer(text):
        lo = max(0, m.start() - _PHONE_WORD_WINDOW)
        if _PHONE_WORD_RE.search(text, lo, m.start()) is not None:
            yield Hit("phone", m.start("num"), m.end("num"), 0.8, False)
