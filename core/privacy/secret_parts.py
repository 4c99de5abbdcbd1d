"""A password given in parts: ``공유기 비번 … 앞부분은 mongi 야`` then ``뒤에 0321! 붙어``, ``my
PIN starts with 48 and ends with 19`` (redteam28).

People who recall a password piece by piece give it that way, often over two messages:
the front, then what is "stuck on the end". Each part is a piece of the secret, so each
stays local. The password rule reads a value right after its label; here the label comes
first (비번, 비밀번호, 암호, password, passcode, PIN) and the part later, after a word that
places it (앞부분/앞자리/뒤에/끝은…, "starts with", "ends with", "the last part is"). The
recent turns are read together (:mod:`core.privacy.history`), so a part in the next turn
is read with the label of the turn before. A length or a count ("앞자리는 4자리",
"starts with a capital letter") is no part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_secret_parts"]

_LABEL_RE = LazyPattern(
    r"비밀[ \t]?번호|비번|암호|패스워드|(?i:\bpass(?:word|code|phrase)\b|\bpin\b)"
)
_VALUE = r"(?P<value>[A-Za-z0-9!@#$%^&*_+=.~-]{2,32})"
_KO_PART_RE = LazyPattern(
    r"(?:앞[ \t]?부분|앞[ \t]?자리|앞쪽|첫[ \t]?부분|시작|처음|뒷[ \t]?부분|뒷[ \t]?자리|뒤쪽|"
    # "앞 절반은 Wren4", "뒤 절반은 $Cobble", "나머지는 …": halves and the rest (redteam44).
    r"(?:앞|뒷?|첫|두[ \t]?번째)[ \t]?(?:절반|반쪽)|나머지|뒤|"
    r"끝[ \t]?자리|끝|마지막|중간)(?:은|는|이|가|에|에는|엔)?[ \t]*(?:[:=][ \t]*)?"
    + _VALUE
    + r"(?=$|[ \t,.?!]|[가-힣])"
)
_EN_PART_RE = LazyPattern(
    r"(?i:\b(?:starts|begins|ends|finishes)(?:[ \t]+(?:with|in))?"
    r"|\b(?:first|second|last|middle|end)[ \t]+(?:part|half|bit|digits?)[ \t]+(?:is|are))"
    r"[ \t]+(?:[\"'])?" + _VALUE + r"(?=$|[ \t,.?!\"'])"
)
# A length, a count or a kind of character, not a part: "4자리", "a capital letter".
_COUNT_AFTER = re.compile(
    r"[ \t]*(?:자리|글자|자(?![가-힣])|개|분|초|시간|일|번|회|단계|개월|년|월|"
    r"digits?|characters?|letters?|minutes?|seconds?|days?)"
)
_NOT_VALUES = frozenset(
    {"a", "an", "the", "with", "in", "one", "two", "three", "four", "capital", "number"}
)
# How far after the label its parts may come (the label of the turn before included).
_REACH = 100


def detect_secret_parts(text: str) -> Iterator[Hit]:
    """Parts of a password placed after its label (see the module)."""
    labels = [m.end() for m in _LABEL_RE.finditer(text)]
    if not labels:
        return
    for pattern in (_KO_PART_RE, _EN_PART_RE):
        for m in pattern.finditer(text):
            value = m.group("value").rstrip(".,!?") or m.group("value")
            if value.lower() in _NOT_VALUES or _COUNT_AFTER.match(text, m.end("value")):
                continue
            if not any(0 <= m.start() - end <= _REACH for end in labels):
                continue
            start = m.start("value")
            yield Hit("secret", start, start + len(m.group("value")), 0.8, False)
