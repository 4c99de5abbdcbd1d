"""Whose birth date it is, and birth dates in short forms: ``친구 금다은 생일이 1997년 11월
30일이야``, ``Eudora Pennick, DOB: 3-Sep-91`` (redteam30).

:mod:`core.privacy.birth_dates` reads the writer's own birth date (``제 생일은 …``) and
:mod:`core.privacy.form_birth_dates` a whole date with a four-digit year after a form's
label. Two forms fall between them:

- Korean: someone's birthday with its year (``… 생일이 1997년 11월 30일``). A birthday
  with a year is a birth date whoever it belongs to; the name right before ``생일`` is its
  owner (a surname and common given-name syllables). A birthday without a year (``생일이
  3월 2일``) is left alone. An elder's ``생신`` and a date given by the lunar or solar
  calendar (``엄마 생신이 음력 1962년 8월 3일``, redteam33) are the same birth date.
- English: a form's date with a two-digit year (``DOB: 3-Sep-91``, ``d.o.b. 11/07/89``),
  and the name a ``DOB`` label follows (``Eudora Pennick, DOB …``, ``… (DOB …)``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.birth_fact_checks_ko import checks_a_public_birth_date_ko
from core.privacy.names import (
    CAPITALISED_WORD,
    COMPOUND_SURNAMES,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_birth_date_owners"]

_KO_DATE = (
    r"(?:19|20)[0-9]{2}[ \t]*년[ \t]*[0-9]{1,2}[ \t]*월[ \t]*[0-9]{1,2}[ \t]*일"
    r"|(?:19|20)[0-9]{2}[ \t]*[./-][ \t]*[0-9]{1,2}[ \t]*[./-][ \t]*[0-9]{1,2}"
)
_KO_RE = LazyPattern(
    r"(?:(?<![가-힣])(?P<name>[가-힣]{3,4}?)(?:[ \t]?(?:씨|님))?(?:의)?[ \t]*)?"
    r"(?<![가-힣])(?:생일|생년월일|생신)(?:이|은|는)?[ \t]*:?[ \t]*"
    # redteam33: an elder's 생신, and the calendar a date is counted in ("음력 1962년 8월 3일").
    r"(?:(?:음력|양력)[ \t]*(?:으로|로)?[ \t]*)?(?P<date>" + _KO_DATE + r")"
)
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
_LABEL_EN = r"(?:DOB|D\.O\.B\.?|(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth))"
_SHORT_DATE_RE = LazyPattern(
    r"(?<![A-Za-z])"
    + _LABEL_EN
    + r"[ \t]*[:：=-]?[ \t]*(?P<date>[0-9]{1,2}[ \t./-]"
    + _MONTH
    + r"[ \t./-][0-9]{2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2})(?![0-9])"
)
_OWNER_EN_RE = LazyPattern(
    r"(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){1,2})"
    r"[ \t]*(?:,|\()[ \t]*" + _LABEL_EN + r"\b"
)


def _korean_owner(name: str) -> bool:
    if len(name) == 4 and name[:2] not in COMPOUND_SURNAMES:
        return False
    return plausible_korean_name(name, strong=False)


def detect_birth_date_owners(text: str) -> Iterator[Hit]:
    """Birthdays with their year and owner, short form dates of birth (see the module)."""
    if "생" in text:
        for m in _KO_RE.finditer(text):
            # "손흥민 생일이 1992년 7월 8일 맞아?" checks a public fact (redteam31).
            if checks_a_public_birth_date_ko(text, m.end("date")):
                continue
            yield Hit("birth_date", m.start("date"), m.end("date"), 0.7, False)
            name = m.group("name")
            if name is not None and _korean_owner(name):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    lowered = text.lower()
    if "dob" in lowered or "d.o.b" in lowered or "birth" in lowered:
        for m in _SHORT_DATE_RE.finditer(text):
            yield Hit("birth_date", m.start("date"), m.end("date"), 0.75, False)
        for m in _OWNER_EN_RE.finditer(text):
            if not any(is_english_non_name(w) for w in m.group("name").split()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
