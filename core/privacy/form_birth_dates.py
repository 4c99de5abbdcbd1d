"""A birth date after a form's label, whoever it belongs to: ``DOB 14/02/1987``, ``date of
birth: 3 March 1990``, ``생년월일 1993.08.17`` (redteam25).

:mod:`core.privacy.birth_dates` reads the writer's own birth date (``my date of birth is
…``, ``생년월일은 …``); a note, a chart or a form pasted for a summary gives someone else's
after the bare label (``DOB``, ``date of birth``, ``생년월일``, ``출생일``), often in
brackets after the name (``Gwendolyn … (DOB 14/02/1987)``). A whole date (day, month and a
four-digit year) right after such a label is a birth date; the label with no date after it
(``what format does the DOB field take?``) names none.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_example_names import names_a_documented_specimen_before
from core.privacy.types import Hit

__all__ = ["detect_form_birth_date"]

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[ \t]*[./-][ \t]*[0-9]{1,2}[ \t]*[./-][ \t]*[0-9]{1,2}"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r",?[ \t]+(?:19|20)[0-9]{2}"
    r"|" + _MONTH + r"[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[ \t]*년[ \t]*[0-9]{1,2}[ \t]*월[ \t]*[0-9]{1,2}[ \t]*일)"
)
_LABELLED_RE = LazyPattern(
    r"(?:(?<![A-Za-z])(?:DOB|D\.O\.B\.?|(?i:dob|date[ \t]+of[ \t]+birth|birth[ \t]?date))"
    r"|(?<![가-힣])(?:생년월일|출생일))"
    r"[ \t]*[:：=-]?[ \t]*(?P<date>" + _DATE + r")(?![0-9])"
)


def detect_form_birth_date(text: str) -> Iterator[Hit]:
    """Whole dates right after a birth-date label (see the module)."""
    for m in _LABELLED_RE.finditer(text):
        # The TOML README's "name = "Tom Preston-Werner" … dob = 1979-05-27": the specimen's.
        if names_a_documented_specimen_before(text, m.start()):
            continue
        yield Hit("birth_date", m.start("date"), m.end("date"), 0.75, False)
