"""Numbers in forms the number rules did not read (redteam49).

- A dash said as ``빼기`` (minus) or ``작대기`` (stick) between the groups of a number read
  aloud: ``010 빼기 4729 빼기 1836``, ``구일공삼일오 작대기 이칠사일삼오오``. The words join
  :mod:`core.privacy.spoken`'s dash words, so the run folds to digits and the phone, account
  and 주민번호 rules read it; plain arithmetic (``2026 빼기 1988``) folds to a run no number
  rule reads.
- A Japanese マイナンバー (個人番号): twelve digits after its label, its last digit the check
  digit of the eleven before it (weights 2-7, 2-6 from the right, modulo 11).
- A Belgian national register number (rijksregisternummer, numéro de registre national,
  NISS/INSZ): ``87.06.14-183.05`` after its label, its two check digits 97 minus the first
  nine digits modulo 97 (with a 2 in front for those born from 2000).
- An Indian mobile (ten digits from 6-9, grouped 5-5 the Indian way) beside a phone word (3-3-4
  is the North American grouping, whose test numbers, 650-555-…, the US rules judge);
  digits of other scripts (Devanagari ``९८२०४ ७१३५६``) are folded to ASCII before any rule
  reads them.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["SPOKEN_DASH_WORDS_57P", "detect_numeric_forms_57p"]

# Read by core.privacy.spoken as a dash between a spoken number's groups.
SPOKEN_DASH_WORDS_57P: tuple[str, ...] = ("빼기", "작대기")

_MY_NUMBER_RE = LazyPattern(
    r"(?i:マイナンバ[ーｰ-]|個人番号|my[ \t]?number)[^\d\n]{0,24}?"
    r"(?<!\d)(?P<num>\d{4}[ \t-]?\d{4}[ \t-]?\d{4})(?![\d-])"
)
_BE_NN_RE = LazyPattern(
    r"(?i:rijksregister(?:nummer)?|registre[ \t]+national|national[ \t]+(?:register[ \t]+)?number|"
    r"numéro[ \t]+national|NISS|INSZ|주민번호)[^\d\n]{0,30}?"
    r"(?<!\d)(?P<num>\d{2}\.?\d{2}\.?\d{2}[ \t-]?\d{3}\.?\d{2})(?![\d.])"
)
_IN_MOBILE_RE = LazyPattern(r"(?<![\d+])(?P<num>[6-9]\d{4}[ \t-]\d{5})(?![\d-])")
_PHONE_WORD_RE = LazyPattern(
    r"(?i:mobile|phone|cell|whats[ \t]?app|dial|call|text|number|휴대폰|핸드폰|전화|연락처|번호)"
)
_PHONE_WORD_WINDOW = 48


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def is_my_number(digits: str) -> bool:
    """The check digit of a 12-digit マイナンバー (the tax and social security number)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = digits[:11][::-1]
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(body, start=1))
    rest = total % 11
    return int(digits[11]) == (0 if rest <= 1 else 11 - rest)


def is_belgian_national_number(digits: str) -> bool:
    """The two check digits of a Belgian national register number (born before or from 2000)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - int("2" + digits[:9]) % 97)


def detect_numeric_forms_57p(text: str) -> Iterator[Hit]:
    """A マイナンバー, a Belgian national number, an Indian mobile (see the module)."""
    for m in _MY_NUMBER_RE.finditer(text):
        if is_my_number(_digits(m.group("num"))):
            yield Hit("national_id", m.start("num"), m.end("num"), 0.9, True)
    for m in _BE_NN_RE.finditer(text):
        if is_belgian_national_number(_digits(m.group("num"))):
            yield Hit("national_id", m.start("num"), m.end("num"), 0.9, True)
    for m in _IN_MOBILE_RE.finditer(text):
        lo = max(0, m.start() - _PHONE_WORD_WINDOW)
        if _PHONE_WORD_RE.search(text, lo, m.start()) is not None:
            yield Hit("phone", m.start("num"), m.end("num"), 0.8, False)
