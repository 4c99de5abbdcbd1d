"""Where a question's opening self-introduction ends: who asks is context, not a topic.

:func:`core.privacy.opening_names.opening_introduction_end` reads a full name said with a
copula alone (``이서윤인데요 …``). Parents and chat writers introduce themselves in more
shapes than that, and a name left in the question becomes a term the documents "never
mention", declining a question they answer:

- ``저`` before the name: ``저 박지민인데 …``, ``저 김하은입니다 …``;
- English ``Priya here, …`` (``I'm Priya,`` and ``this is Priya,`` are read in
  :mod:`tools.rag.question`).

Nouns take the same copula (회사원인데요, 임산부인데), so the name must be three syllables
that read as a name (the privacy module's strict test) and not end in a status syllable;
a noun the asker states about themselves stays a term.

Not read (measured): a name with the asker's family role (``저 김하준 엄마인데요 낼
할머니가 하원시키러 가시는데 뭐 따로 해야되나요?``). Excused, the rest of that question
was answered from the wrong sentence (held-out 16): the extractive ranker does not yet
tie 할머니가 하원시키러 to "등록된 보호자가 아닌 사람이 데리러 오는 날".
"""

from __future__ import annotations

import re

from core.privacy.names import plausible_korean_name
from core.privacy.opening_names import opening_introduction_end

__all__ = ["introduction_end"]

_OPENERS = r"(?:(?:안녕하세요|안녕하십니까|안녕|여보세요|네|예|아|저기요)[ \t.,!~]*)?"
_COPULA = r"(?:인데요?|입니다|이에요|예요|에요|이고요|이구요)"
_KOREAN_INTRO = re.compile(
    r"\A[ \t]*"
    + _OPENERS
    + r"(?:저|전|제가)[ \t]+(?P<name>[가-힣]{3})"
    + _COPULA
    + r"(?=[\s.,!~?]|\Z)"
)
# "Priya here, …": a capitalised word, then "here" and a pause; not a gerund ("Parking here, …").
_ENGLISH_INTRO = re.compile(
    r"\A\s*(?:(?i:hi|hello|hey)[,!]?\s+)?(?![A-Za-z]+ing\b)[A-Z][a-z]+ here\s*[,.!:-]"
)
# Employment words that fit the name syllables ("정규직", "계약직"): a name does not end on these.
_STATUS_ENDINGS = ("직",)


def _korean_introduction_end(text: str) -> int | None:
    m = _KOREAN_INTRO.search(text)
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(_STATUS_ENDINGS) or not plausible_korean_name(name, strong=False):
        return None
    return m.end()


def introduction_end(text: str) -> int:
    """Where the self-introduction ``text`` opens with ends (0 when it opens with none)."""
    ends = [
        opening_introduction_end(text) or 0,
        _korean_introduction_end(text) or 0,
    ]
    english = _ENGLISH_INTRO.match(text)
    if english is not None:
        ends.append(english.end())
    return max(ends)
