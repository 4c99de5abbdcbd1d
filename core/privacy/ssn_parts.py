"""Part of a US Social Security number given after its label: ``my social starts 478-20``.

:func:`core.privacy.ids.detect_ssn` reads a whole number (``521-44-9087``). People give
it in parts as they do a phone number, and call it "my social": ``my social starts
478-20``, then ``and ends 6612``. The scanner joins the last turn's end with the new turn
(:func:`core.privacy.scanner.scan_with_context`), so the label of the first turn reaches
the second's digits.

Rule: ``social`` (security number), ``SSN`` or ``SS#`` and, within a few words, a word of
position (``starts``, ``begins``, ``ends``, ``first``, ``last``), then the area and group
(``478-20``, ``478 20``), the last four digits, or any group of three to five digits. The
position word may come first too: ``the last four of my SSN are 6612``. Not an amount
(``begin at 1500 dollars``), and not a year after in/by/since when other words stand
between the label and the position word (``Social Security benefits ... start in 2027``):
those digits are not tied to the number.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_ssn_parts"]

_LABEL = (
    r"(?i:social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?|ssn|ss#)"
    # "social club", "social worker", "social media": no number of a person's.
    r"(?![ \t]+(?i:club|worker|work|media|event|night|life|care|services?|housing|hour|skills"
    r"|distancing))"
)
_POSITION = r"(?i:starts|begins|start|begin|ends|end|first|last|rest)"
# A position word and up to three words ("ends in", "first three are"), then the part.
_POSITION_WORDS = _POSITION + r"(?:[ \t]+[a-z]+){0,3}[ \t:]+"
# The area and group ("478-20"), or one group; not a time ("starts at 730pm", "ends 9:30").
# Not an amount either ("1500 dollars", "$1500", "1500원").
_PART = (
    r"(?<![$₩])(?P<part>[0-9]{3}[- ][0-9]{2}|[0-9]{3,5})"
    r"(?![0-9:]|[ \t]?(?i:am|pm|a\.m|p\.m|hrs?\b|dollars?\b|usd\b|bucks\b|won\b|원|\$))"
)
_PART_RE = LazyPattern(
    r"(?<![A-Za-z])" + _LABEL + r"(?P<gap>[^0-9]{0,60}?)" + _POSITION_WORDS + _PART
)
# The position word first: "the last four of my SSN are 6612", "last 4 digits of my social: 6612".
_PART_FIRST_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:first|last)[ \t]+(?:[A-Za-z0-9]+[ \t]+){0,2}(?i:of)[ \t]+"
    r"(?i:my|the|his|her|their|your)[ \t]+"
    + _LABEL
    + r"[ \t]*(?:(?i:is|are|was|were)[ \t]+)?:?[ \t]*"
    + _PART
)
# The label right before its position word ("my SSN ends", "my social number starts"):
# nothing else stands between them.
_TIED_GAP_RE = LazyPattern(r"[ \t]*(?:(?i:is|'s|just|only|number|no\.?)[ \t]*)*:?[ \t]*")
# A year after in/by/since ("start in 2027", "end in 2022").
_YEAR_RE = LazyPattern(r"(?i:in|by|since|from|until|till|after|before)[ \t]+(?:19|20)[0-9]{2}$")
_POSITION_RE = LazyPattern(r"(?<![A-Za-z])" + _POSITION_WORDS)
_PART_AFTER_RE = LazyPattern(_PART)


def detect_ssn_parts(text: str) -> Iterator[Hit]:
    """Parts of a Social Security number after its label and a word of position."""
    lowered = text.lower()
    if "social" not in lowered and "ssn" not in lowered and "ss#" not in lowered:
        return
    for m in _PART_FIRST_RE.finditer(text):
        yield Hit("us_ssn", m.start("part"), m.end("part"), 0.8, False)
    for m in _PART_RE.finditer(text):
        tied = _TIED_GAP_RE.fullmatch(m.group("gap")) is not None
        if not tied and _YEAR_RE.search(text, max(0, m.start("part") - 12), m.end("part")):
            continue
        yield Hit("us_ssn", m.start("part"), m.end("part"), 0.8, False)
        # "my social starts 478-20 and ends 6612": every later part after its position word.
        pos = m.end()
        while (word := _POSITION_RE.search(text, pos, min(len(text), pos + 40))) is not None:
            part = _PART_AFTER_RE.match(text, word.end())
            if part is None:
                break
            yield Hit("us_ssn", part.start("part"), part.end("part"), 0.8, False)
            pos = part.end()
