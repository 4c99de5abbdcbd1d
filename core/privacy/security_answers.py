"""The answer to an account's security question: ``my mother's maiden name, which is
Ravensworth``, ``the answer to my first pet question is Biscuit`` (redteam38).

A bank or a mail provider resets a password to whoever knows the answer, so the answer is a
secret however plain the word: a mother's maiden name, a first pet's, a first school's.
People give it while asking whether to use a made-up one. After ``maiden name`` (or the
named question's subject), then ``is``/``was``/``, which is``/a colon, a capitalised word
or two (or a Korean word after 은/는) is read as the secret. ``maiden name is the surname
before marriage`` (a definition, in lower case) is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_security_answers"]

_SUBJECT = (
    r"maiden[ \t]+(?:name|surname)|first[ \t]+pet(?:'s|’s)?(?:[ \t]+name)?|"
    r"first[ \t]+school|childhood[ \t]+(?:best[ \t]+)?friend|first[ \t]+car|"
    r"security[ \t]+(?:answer|question(?:'s|’s)?[ \t]+answer)|memorable[ \t]+word"
)
_ANSWER_RE = LazyPattern(
    r"(?i:" + _SUBJECT + r")(?:[ \t]+(?i:question))?"
    r"(?:[ \t]+(?i:is|was)|,[ \t]*(?i:which|that)[ \t]+(?i:is|was)|[ \t]*[:=]|[ \t]+-)[ \t]+"
    r"['\"]?(?P<value>[A-Z][A-Za-z'’-]{2,30}(?:[ \t-][A-Z][A-Za-z'’-]{2,30})?)"
)
_KO_ANSWER_RE = LazyPattern(
    r"(?:보안[ \t]?질문(?:의)?[ \t]?답|어머니[ \t]?(?:결혼[ \t]?전[ \t]?)?성|"
    r"첫[ \t]?반려동물[ \t]?이름)(?:은|는|이|:)[ \t]*['\"]?(?P<value>[가-힣A-Za-z0-9]{2,20})"
    r"(?=[ \t'\",.]|이야|이에요|예요|야|$)"
)
_CUES = (
    "maiden",
    "first pet",
    "first school",
    "childhood",
    "security",
    "memorable",
    "보안",
    "어머니",
    "반려",
)


def detect_security_answers(text: str) -> Iterator[Hit]:
    """Answers to account security questions (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for pattern in (_ANSWER_RE, _KO_ANSWER_RE):
        for m in pattern.finditer(text):
            yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
