"""Passport numbers typed casually: ``여권번호 m58203947``, ``pp no PX4829173`` (redteam24).

The passport rule of :mod:`core.privacy.ids` reads a number in capitals after ``여권`` or
``passport``. People also type the letter in lower case (``m58203947``: phones
capitalise nothing) and shorten the label to ``pp``, ``pp no``, ``pp#`` or ``ppt no``. After
such a label (a short reach, the same sentence), one or two letters of either case and
seven or eight digits are a passport number. Only the forms the capitals rule cannot read
are reported (a lower-case letter, or the ``pp`` label), so the two rules never find the same
number.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_casual_passport"]

_LABEL_RE = LazyPattern(
    r"여권|(?i:\bpassport\b)|(?i:(?<![A-Za-z])pp[ \t]*(?:no\.?|#|number|num)(?![A-Za-z]))"
    r"|(?i:(?<![A-Za-z])ppt[ \t]*(?:no\.?|#|number)(?![A-Za-z]))"
)
_NUMBER_RE = LazyPattern(r"(?<![A-Za-z0-9])(?P<num>[A-Za-z]{1,2}[0-9]{7,8})(?![A-Za-z0-9])")
_REACH = 24


def detect_casual_passport(text: str) -> Iterator[Hit]:
    """Passport numbers in lower case or after a ``pp`` label (see the module)."""
    for label in _LABEL_RE.finditer(text):
        pp_label = label.group(0).lower().startswith("pp")
        window_end = min(len(text), label.end() + _REACH)
        for m in _NUMBER_RE.finditer(text, label.end(), window_end):
            number = m.group("num")
            if pp_label or any(ch.islower() for ch in number):
                yield Hit("passport", m.start("num"), m.end("num"), 0.85, False)
            break
