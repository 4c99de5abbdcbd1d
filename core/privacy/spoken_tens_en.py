"""A number read out in English pairs: ``my account number's forty-one, seventy-two,
ninety-three, eighteen`` (masked30).

:mod:`core.privacy.spoken` folds digit words one by one (``four one seven two …``) and
:mod:`core.privacy.spoken_phone_en` reads "oh", "double" and "triple"; people also read a
long number two digits at a time, as tens (``forty-one``, ``seventy-two``) and teens
(``eighteen``), which neither reads. Rule: a run of tens, teens and digit words joined by
spaces, commas or dashes, worth six digits or more, with at least one tens or teens word,
after a label that says which number it is within a few words (``account``, ``card``,
``phone``, ``number``, ``passport``…). The label decides the type. A run without a label
(``scores of forty-one, seventy-two, ninety-three and eighteen``) is prose's and left alone,
as is a year (``nineteen eighty-seven``: four digits).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit, PiiType

__all__ = ["detect_spoken_tens_en"]

_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_TENS = r"twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_PAIR = r"(?:(?:" + _TENS + r")(?:[ -](?:" + _UNITS + r"))?|" + _TEENS + r")"
_TOKEN = r"(?:" + _PAIR + r"|zero|oh|" + _UNITS + r")(?![A-Za-z])"
_RUN_RE = LazyPattern(
    r"(?i)(?<![A-Za-z])(?P<run>" + _TOKEN + r"(?:[ \t]*[,-]?[ \t]*" + _TOKEN + r")+)"
)
_PAIR_RE = LazyPattern(r"(?i)" + _PAIR + r"(?![A-Za-z])")
_WORD_RE = LazyPattern(r"(?i)" + _TOKEN)
# The label, within a few words before the run ("account number's", "card no. is").
_LABEL_RE = LazyPattern(
    r"(?i:(?<![A-Za-z])(?P<label>account|acct|card|phone|mobile|cell|landline|number|no\.|"
    r"passport|licen[cs]e|policy|reference|member(?:ship)?|pin)(?![A-Za-z]))"
    # The words between may hold the label's own full stop ("account no. is").
    r"(?:[^.!?\n]|(?<=no)\.){0,24}\Z"
)
_TYPES: dict[str, PiiType] = {
    "account": "bank_account",
    "acct": "bank_account",
    "card": "card",
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "landline": "phone",
    "passport": "passport",
}
_MIN_DIGITS = 6
# The labels' stems, to skip text that names no number before running the run pattern.
_LABEL_WORDS = (
    "account", "acct", "card", "phone", "mobile", "cell", "landline", "number", "no.",
    "passport", "licen", "policy", "reference", "member", "pin",
)  # fmt: skip


def _digits(run: str) -> int:
    count = 0
    for word in _WORD_RE.findall(run):
        count += 2 if _PAIR_RE.fullmatch(word) is not None else 1
    return count


def detect_spoken_tens_en(text: str) -> Iterator[Hit]:
    """Numbers read in tens and teens after their label (see the module)."""
    lowered = text.lower()
    if "ty" not in lowered and "teen" not in lowered and "ten" not in lowered:
        return
    if not any(label in lowered for label in _LABEL_WORDS):
        return
    for m in _RUN_RE.finditer(text):
        run = m.group("run")
        if _PAIR_RE.search(run) is None or _digits(run) < _MIN_DIGITS:
            continue
        label = _LABEL_RE.search(text, max(0, m.start() - 40), m.start())
        if label is None:
            continue
        kind = _TYPES.get(label.group("label").lower(), "mrn")
        yield Hit(kind, m.start("run"), m.end("run"), 0.7, False)
