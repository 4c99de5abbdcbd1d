"""Numbers and addresses in national formats the number rules did not read (redteam46).

- A Hong Kong identity card number, one or two letters, six digits and the check digit in
  brackets: ``K382917(0)``. The check digit is verified; a number whose digits count up
  (the immigration site's sample ``A123456(3)``) is a placeholder.
- A Chilean RUT/RUN: ``16.729.483-9`` (dotted) or ``16729483-9`` beside the word RUT or RUN,
  verified with python-stdnum.
- A Chinese home address in the lane form of Shanghai and other cities: ``张杨路500弄12号
  1203室`` (a road, its 弄 lane, the 号 house and the 室 flat); a museum's ``人民大道201号``
  has no lane and stays public (a road's 号 with its 室 is cjk_home_addresses' form).
- A Turkish address with its flat: ``Bağdat Cad. No: 214 Daire: 7`` (Cadde/Sokak/Mahalle,
  No:, Daire: or Kat:); a street with no flat is left to the street rules.
- A Korean flat whose building letter is spelled in Hangul: ``비동 1502호`` (에이/비/씨/디동).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from stdnum.cl import rut

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_numeric_forms_54p", "hkid_check_digit"]

_HKID_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<letters>[A-Z]{1,2})(?P<digits>\d{6})[ \t]?"
    r"(?:\((?P<check>[0-9A])\)|(?P<bare>[0-9A]))(?![0-9A-Za-z])"
)
_RUT_RE = LazyPattern(r"(?<![\d.])(?P<rut>\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK])(?![\w])")
_RUT_CUE = LazyPattern(r"(?i)\bRU[TN]\b|칠레|Chile")
# Only the lane form: a road's 号 with its 室 is cjk_home_addresses' (redteam31).
_CN_LANE_RE = LazyPattern(
    r"(?P<addr>(?:[\u4e00-\u9fff]{1,10}?(?:路|街|道|巷|大道))?\d{1,5}弄\d{1,4}号(?:\d{1,5}室)?)"
)
_TR_WORD = r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+"
_TR_RE = LazyPattern(
    r"(?P<addr>(?:" + _TR_WORD + r"[ \t]+){1,3}(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|"
    r"Mah\.|Mahallesi|Bulvarı|Blv\.)[ \t,]*No[:.]?[ \t]*\d{1,4}[A-Z]?(?:[ \t]*/[ \t]*\d{1,3})?"
    r"[ \t,]*(?:Daire|D\.|Kat|K\.)[:.]?[ \t]*\d{1,3})"
)
_HANGUL_BLOCK_RE = LazyPattern(r"(?<![가-힣])(?P<unit>(?:에이|비|씨|디)동[ \t]*\d{2,4}호)")


def hkid_check_digit(letters: str, digits: str) -> str:
    """The check digit of a Hong Kong identity card number (weights 9…2, modulus 11)."""
    padded = letters.rjust(2)
    values = [36 if ch == " " else ord(ch) - 55 for ch in padded] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    remainder = (11 - total % 11) % 11
    return "A" if remainder == 10 else str(remainder)


def _counts_up(digits: str) -> bool:
    return all(int(b) - int(a) == 1 for a, b in pairwise(digits))


def _hkids(text: str) -> Iterator[Hit]:
    for m in _HKID_RE.finditer(text):
        check = m.group("check") or m.group("bare")
        if m.group("bare") and m.group("check") is None and len(m.group("letters")) == 1:
            # Without brackets a letter and seven digits is any code; only the bracketed form.
            continue
        if _counts_up(m.group("digits")):
            continue
        if hkid_check_digit(m.group("letters"), m.group("digits")) == check:
            yield Hit("national_id", m.start(), m.end(), 0.9, True)


def _ruts(text: str) -> Iterator[Hit]:
    cued = _RUT_CUE.search(text) is not None
    for m in _RUT_RE.finditer(text):
        value = m.group("rut")
        if ("." not in value and not cued) or not rut.is_valid(value):
            continue
        if _counts_up(re.sub(r"\D", "", value)[:8]):
            continue
        yield Hit("national_id", m.start(), m.end(), 0.9, True)


def detect_numeric_forms_54p(text: str) -> Iterator[Hit]:
    """This round's national numbers and addresses (see the module)."""
    if "(" in text or re.search(r"[A-Z]\d{6}", text):
        yield from _hkids(text)
    if "-" in text:
        yield from _ruts(text)
    if "弄" in text:
        for m in _CN_LANE_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.85, False)
    if "No" in text:
        for m in _TR_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.85, False)
    if "동" in text and "호" in text:
        for m in _HANGUL_BLOCK_RE.finditer(text):
            yield Hit("address", m.start("unit"), m.end("unit"), 0.8, False)
