"""A phone number read aloud in English with "oh", "double" and "triple".

:mod:`core.privacy.spoken` folds digit words ("zero one zero ...") into digits, but
British and American speakers say a number the way they read it off a card: ``oh seven
nine oh two, triple five, oh four one eight``, ``five oh three, double oh one nine``.
"Oh" is the letter for zero and "double"/"triple" repeat the next digit, so the
digit-word fold sees only short pieces and nothing is found.

Rule: a run of English digit words (with "oh", "double x", "triple x") joined by spaces,
commas or dashes, worth at least :data:`MIN_DIGITS` digits, that uses "oh", "double" or
"triple" at least once. Plain digit words are left to the fold (and its validators); the
repeat words and "oh" are how a person reads out a phone number, and a count of seven
digits or more is longer than any quantity said that way ("double five" alone is a
dice roll, "one oh one" a course number).

Red team 51: a number read in groups with no "oh" at all (``five nine two seven, eight three
three one``) is read too when it is said in two or more groups of three or four digits
joined by commas or dashes, eight digits or more in all (a mobile's shape; a count or a
list said in words is one run, not 4+4 groups); and a Korean mobile's ``010`` said as
``ten`` or ``oh ten`` before the groups counts as its three digits.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.public_checks_58p import is_an_organisations_line
from core.privacy.types import Hit

__all__ = ["detect_spoken_phone_en"]

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_TOKEN = r"(?:(?:double|triple)[ \t]+)?" + _DIGIT
_RUN_RE = LazyPattern(
    r"(?i)(?<![A-Za-z])(?:(?:oh[ \t]+)?ten[ \t]*[,-]?[ \t]*)?"
    + _TOKEN
    + r"(?:[ \t]*[,-]?[ \t]*"
    + _TOKEN
    + r")+(?![A-Za-z])"
)
_WORD_RE = LazyPattern(r"(?i)double|triple|[a-z]+")
_GROUP_SPLIT_RE = LazyPattern(r"[ \t]*[,-][ \t]*")
# Eight digits in groups of three or four: a mobile's subscriber part at least.
MIN_GROUPED_DIGITS = 8
# Seven digits: a local number without its area code, the shortest a person gives.
MIN_DIGITS = 7


def _digits_said(run: str) -> tuple[int, bool]:
    """How many digits ``run`` stands for and whether it uses "oh", "double" or "triple"."""
    count, repeat, spoken_style = 0, 1, False
    for word in (w.lower() for w in _WORD_RE.findall(run)):
        if word in ("double", "triple"):
            repeat, spoken_style = (2 if word == "double" else 3), True
            continue
        if word == "ten":
            # A Korean mobile's "010" said "(oh) ten": its three digits ("oh" counted above).
            count, spoken_style = count + (2 if count else 3), True
            continue
        spoken_style = spoken_style or word == "oh"
        count, repeat = count + repeat, 1
    return count, spoken_style


def _said_in_groups(run: str) -> bool:
    """Whether ``run`` is two or more comma- or dash-joined groups of 3-4 digit words, at
    least :data:`MIN_GROUPED_DIGITS` digits in all (no "oh", "double" or "ten" needed)."""
    groups = [g for g in _GROUP_SPLIT_RE.split(run.strip()) if g]
    sizes = [_digits_said(g)[0] for g in groups]
    return len(sizes) >= 2 and all(3 <= n <= 4 for n in sizes) and sum(sizes) >= MIN_GROUPED_DIGITS


def detect_spoken_phone_en(text: str) -> Iterator[Hit]:
    """Phone numbers said with "oh", "double" or "triple" (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ("oh", "double", "triple", "ten", ",", "-")):
        return
    for m in _RUN_RE.finditer(text):
        count, spoken_style = _digits_said(m.group(0))
        spoken_style = spoken_style or _said_in_groups(m.group(0))
        # "the White House comment line … two oh two, …": an organisation's line (redteam50).
        if spoken_style and count >= MIN_DIGITS and not is_an_organisations_line(text, m.start()):
            yield Hit("phone", m.start(), m.end(), 0.7, False)
