"""A writer-free question about a dated event of history: ``was Rosa Parks arrested on
December 1, 1955 in Montgomery?`` (redteam38).

:mod:`core.privacy.public_name_questions` lets a famous person's birth or death asked about
pass. The same question is asked of the other events history books record: an arrest, a
trial, an election, a coronation, an assassination. An assistant can only know such an event
of a public person, and a private one's would not be asked of it with a year decades back.
So a pair the name rules read is let through when a question with no word of the writer
(``my``, ``our``, ``I``…) asks ``was/did/when was <name> <event verb>`` and names a year at
least forty years before this one. ``was my grandad Rowan Tilly arrested in 1955?`` keeps
its name; ``was Emma Hartley arrested last week?`` too (no year of history).
"""

from __future__ import annotations

import datetime

from core.lazy_regex import LazyPattern

__all__ = ["asks_about_a_historical_event", "writer_free_text_of_history"]

_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")
_BEFORE = LazyPattern(r"(?i)\b(?:when|where|why|what[ \t]+year)?[ \t]*(?:was|were|did)[ \t]+\Z")
_EVENT_AFTER = LazyPattern(
    r"(?i)\A[ \t]+(?:(?:really|actually|first|finally)[ \t]+)?"
    r"(?:arrested|jailed|imprisoned|tried|convicted|sentenced|executed|assassinated|exiled|"
    r"pardoned|elected|inaugurated|crowned|knighted|canoni[sz]ed|excommunicated|deposed|"
    r"impeached|sworn[ \t]+in|awarded|nominated|expelled|banished|kidnapped|shot|killed|"
    r"arrest|elect|crown|win|lose|sign|found|discover|invent|lead|command|marry)\b"
)
# The writer in Korean ("우리", "저희", "제가", "내가").
_KO_WRITER = LazyPattern(r"(?<![가-힣])(?:우리|저희|제가|내가|나의|저의|제[ \t])")
_YEAR_RE = LazyPattern(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])")
_YEARS_BACK = 40


def _history_year(text: str) -> bool:
    latest = datetime.date.today().year - _YEARS_BACK
    return any(int(m.group(1)) <= latest for m in _YEAR_RE.finditer(text))


def writer_free_text_of_history(text: str) -> bool:
    """Whether ``text`` says nothing of its writer and names a year forty or more years back
    (redteam39: ``孙中山先生 … 1912년``, ``awarded to Marie Curie in 1911``)."""
    return _WRITER.search(text) is None and _KO_WRITER.search(text) is None and _history_year(text)


def asks_about_a_historical_event(text: str, start: int, end: int) -> bool:
    """Whether a writer-free question asks of the name at ``text[start:end]`` a dated event
    of history (see the module)."""
    if "?" not in text or _WRITER.search(text) is not None:
        return False
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if _BEFORE.search(before) is None or _EVENT_AFTER.search(after) is None:
        return False
    return _history_year(text)
