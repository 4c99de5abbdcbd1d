"""A full name written in Cyrillic inside Korean or English text: ``몽골 직원 Батбаяр Ганзориг
씨``, ``my colleague Олена Коваленко`` (redteam37).

Mongolian, Kazakh, Russian and Ukrainian colleagues, tenants and students are written in
their own script when copied from a passport, a contract or a messenger. The name rules
read Hangul, Han and Latin letters; a Cyrillic name slipped past them all, and
:mod:`core.privacy.script_lookalikes` folds only Cyrillic letters inside a Latin word. Two or
three capitalised Cyrillic words are read as a person's name when a Korean title follows
them (씨, 님, 선생님…, :data:`core.privacy.names.TITLES_PATTERN`) or a word of a person
stands right before them (직원, 동료, 고객, 학생, employee, colleague, client, Mr, Ms…).
Place names (``Москва``, ``Улан-Батор``) and Cyrillic prose with no such word stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import TITLES_PATTERN
from core.privacy.types import Hit

__all__ = ["detect_cyrillic_script_names"]

# Russian, Ukrainian, Belarusian, Kazakh and Mongolian letters.
_UPPER = "А-ЯЁІЇЄҮӨҢҒҚҰҺ"
_LOWER = "а-яёіїєүөңғқұһʼ'"
_WORD = "[" + _UPPER + "][" + _LOWER + "]+(?:-[" + _UPPER + "]?[" + _LOWER + "]+)?"
_NAME_RE = LazyPattern(r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,2})")
_TITLE_AFTER = LazyPattern(r"[ \t]*(?:" + TITLES_PATTERN + r"|선생|과장|대리|학생)")
_PERSON_BEFORE = LazyPattern(
    r"(?:직원|동료|고객|학생|세입자|집주인|친구|거래처|담당자|손님|"
    r"(?i:employee|colleague|coworker|client|customer|student|tenant|landlord|friend|"
    r"neighbour|neighbor|my|Mr\.?|Ms\.?|Mrs\.?|Dr\.?))[ \t:]*\Z"
)
_CYRILLIC_UPPER_RE = LazyPattern("[" + _UPPER + "]")


def detect_cyrillic_script_names(text: str) -> Iterator[Hit]:
    """Cyrillic full names marked as a person's (see the module)."""
    if _CYRILLIC_UPPER_RE.search(text) is None:
        return
    for m in _NAME_RE.finditer(text):
        before = _PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is not None or _TITLE_AFTER.match(text, m.end()) is not None:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
