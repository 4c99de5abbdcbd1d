"""A person's name looked up in a spreadsheet formula: ``=VLOOKUP("남궁예린",A2:C40,3,FALSE)``,
``=COUNTIF(B:B,"Orla Quinn")`` (redteam30).

People paste the formula that gives ``#N/A`` to ask why. The name rules read a name by
the words around it, and a formula has none: the name sits in quotes as a lookup key or a
criterion. The shape here: a quoted string argument of a lookup or counting function
(``VLOOKUP``, ``XLOOKUP``, ``MATCH``, ``COUNTIF``, ``SUMIF``…) that reads as a person's
name: a Korean full name with common given-name syllables, or a listed given name and a
capitalised word. Other
keys (``"Apples"``, ``"서울"``, ``"Total"``) stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import COMPOUND_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_spreadsheet_formula_names"]

_CALL_RE = LazyPattern(
    r"(?i:\b(?:vlookup|hlookup|xlookup|lookup|match|xmatch|countif|countifs|sumif|sumifs|"
    r"averageif|averageifs|filter)[ \t]*\()(?P<args>[^()\n]{0,200})\)"
)
_QUOTED_RE = LazyPattern(r"\"(?P<value>[^\"\n]{2,40})\"")


def _a_persons_name(value: str) -> bool:
    if all("가" <= c <= "힣" for c in value):
        shaped = len(value) == 3 or (len(value) == 4 and value[:2] in COMPOUND_SURNAMES)
        return shaped and plausible_korean_name(value, strong=False)
    words = value.split()
    # A listed given name before a capitalised word: "Total Sales" is no one.
    return len(words) == 2 and is_given_name(words[0]) and words[1][:1].isupper()


def detect_spreadsheet_formula_names(text: str) -> Iterator[Hit]:
    """Names quoted as keys of lookup and counting functions (see the module)."""
    if '"' not in text or "(" not in text:
        return
    for call in _CALL_RE.finditer(text):
        base = call.start("args")
        for m in _QUOTED_RE.finditer(call.group("args")):
            if _a_persons_name(m.group("value")):
                start, end = base + m.start("value"), base + m.end("value")
                yield Hit("person_name", start, end, 0.75, False)
