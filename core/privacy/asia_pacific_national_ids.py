"""National identity numbers of Japan, China and Australia after their label: ``マイナンバー
4829 1736 5509``, ``身份证号：440304198803092819``, ``TFN 865 142 002`` (redteam32).

Each is a person's lifelong number for tax, benefits and identity checks, and each carries a
check digit: Japan's My Number (個人番号, 12 digits, mod-11 check), the Chinese resident
identity number (18 characters: region, birth date, sequence, an ISO 7064 check that may be
``X``), Australia's tax file number (9 digits, weighted mod 11). Bare, 12 or 18 digits are
order and tracking numbers too, so the label is required (in the country's script or in
English or Korean), and the number must pass its own check (python-stdnum's validators; the
Chinese one checks the birth date too), which keeps a mistyped reference out. Reported as
``national_id`` like :mod:`core.privacy.foreign_national_ids`.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.au import tfn
from stdnum.cn import ric
from stdnum.jp import in_ as my_number
from stdnum.my import nric as mykad

from core.lazy_regex import LazyPattern
from core.privacy.cue_substrings import contains_any
from core.privacy.types import Hit

__all__ = ["detect_asia_pacific_national_ids"]

# The label, then at most a few words or marks ("番号", "号码", "number is", "：") first.
# "my マイナンバー, which is …", "… - it's …" (redteam49): a clause's comma and its words too.
_GAP = (
    # blind56p: the Korean word for number after the label ("身份证 번호가 …").
    r"(?:[ \t]*(?:番号|号码|號碼|号|號|번호|number|no\.?|#|card|is|:|：|-|는|은|가|"
    r",|which|it's|it’s)){0,3}"
    r"[ \t]*"
)
_MY_NUMBER_RE = LazyPattern(
    # "My Number" capitalised is the scheme's name (redteam49); "my number is" is a phone's.
    r"(?:マイナンバ[ー-]|個人番号|마이[ ]?넘버|(?i:\bmy[ \t]?number[ \t]+card\b)|\bMy[ \t]Number\b)"
    + _GAP
    + r"(?P<v>[0-9]{4}[ \t-]?[0-9]{4}[ \t-]?[0-9]{4})(?![0-9])"
)
_RIC_RE = LazyPattern(
    r"(?:身份证|身份證|居民身份|(?i:\b(?:resident[ \t]+identity|chinese[ \t]+id|prc[ \t]+id)\b)|"
    r"중국[ ]?신분증)"
    + _GAP
    + r"(?P<v>[1-9][0-9]{5}[ \t]?[12][0-9]{7}[ \t]?[0-9]{3}[0-9Xx])(?![0-9A-Za-z])"
)
_TFN_RE = LazyPattern(
    r"(?:\bTFN\b|(?i:\btax[ \t]+file[ \t]+number\b))"
    + _GAP
    + r"(?P<v>[0-9]{3}[ \t-]?[0-9]{3}[ \t-]?[0-9]{2,3})(?![0-9])"
)


# redteam50: Malaysia's MyKad (NRIC) number, YYMMDD-PB-NNNN: a birth date, a birthplace code
# and a serial. The card is named anywhere in the text ("my colleague's IC number … she gave
# me 880412-14-5523"), as people give it in a sentence of its own; python-stdnum checks the
# date and the birthplace code, which an order or a ticket number of that shape fails.
_MYKAD_RE = LazyPattern(r"(?<![0-9-])(?P<v>[0-9]{6}-[0-9]{2}-[0-9]{4}|[0-9]{12})(?![0-9-])")
_MYKAD_CUES = (
    "mykad", "mykid", "nric", "ic number", "ic no", "i/c", "kad pengenalan", "malaysian ic",
    "no. kp", "말레이시아",
)  # fmt: skip


def _compact(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).upper()


# Each pattern with the substrings its label needs in the lowered text (checked first: on a
# long body a plain substring test is far cheaper than the pattern).
_CHECKS = (
    (
        ("マイナンバ", "個人番号", "마이넘버", "마이 넘버", "number card", "my number"),
        _MY_NUMBER_RE,
        my_number.is_valid,
    ),
    (
        ("身份", "居民", "resident identity", "chinese id", "prc id", "중국 신분증", "중국신분증"),
        _RIC_RE,
        ric.is_valid,
    ),
    (("tfn", "tax file"), _TFN_RE, tfn.is_valid),
    (_MYKAD_CUES, _MYKAD_RE, mykad.is_valid),
)


def detect_asia_pacific_national_ids(text: str) -> Iterator[Hit]:
    """Labelled My Numbers, Chinese resident ids and TFNs with valid checks (see the module)."""
    lowered = text.lower()
    for cues, pattern, valid in _CHECKS:
        if not contains_any(lowered, cues):
            continue
        for m in pattern.finditer(text):
            if valid(_compact(m.group("v"))):
                yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
