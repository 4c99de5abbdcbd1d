"""A lock's combination: ``the combination on my bike lock is 5-2-8-1``, ``locker combo:
31 07 22``, ``자전거 자물쇠 번호는 5281`` (redteam28).

A combination opens someone's bike, locker, safe or suitcase as a door code opens their
home. The password rule reads "combination code"; people mostly say "combination" or
"combo" alone, a word that is also everyday prose ("a combination of flour and water is
150 g"), so it counts only with a lock named near it (bike lock, padlock, locker, safe,
suitcase; 자물쇠, 사물함, 금고, 캐리어) and a value of three to eight digits, single or
in groups. A length ("a 4-digit combination", "번호 4자리") is no value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_lock_combinations"]

_VALUE = r"(?P<value>[0-9](?:[ -]?[0-9]){2,7})(?![0-9])"
_EN_RE = LazyPattern(
    r"(?i:\b(?:combination|combo)\b)(?:[ \t]+(?:on|of|for|to)[^.!?\n:=]{0,40}?)?"
    r"(?:[ \t]+(?:is|was)[ \t]+|[ \t]*[:=][ \t]*|[ \t]+(?:set[ \t]+to|reads)[ \t]+)" + _VALUE
)
_LOCK_EN_RE = LazyPattern(
    r"(?i:\b(?:bike|bicycle|cycle|pad)?lock(?:er)?s?\b|\bsafe\b|\bsuitcase\b|\bluggage\b|"
    r"\bpadlock\b|\bbriefcase\b)"
)
_KO_RE = LazyPattern(
    r"(?:자물쇠|사물함|금고|캐리어|트렁크|번호키)[^.!?\n]{0,12}?(?:번호|조합|비번)"
    r"(?:은|는|이|가|을|를|도)?[ \t]*(?::[ \t]*)?" + _VALUE
)
# A length or a count, not a value: "4 digits", "4자리".
_COUNT_AFTER = re.compile(r"[ \t]*(?:자리|digits?|numbers?|개|번(?![호지]))", re.IGNORECASE)
_REACH = 60


def detect_lock_combinations(text: str) -> Iterator[Hit]:
    """Lock combinations given with the lock they open (see the module)."""
    lowered = text.lower()
    if "combo" in lowered or "combination" in lowered:
        for m in _EN_RE.finditer(text):
            lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
            if _LOCK_EN_RE.search(text, lo, hi) is None or _COUNT_AFTER.match(text, m.end()):
                continue
            yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    for m in _KO_RE.finditer(text):
        if _COUNT_AFTER.match(text, m.end()) is None:
            yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
