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

A name with the asker's family role (``저 정하윤 엄마예요. 하윤이 예약 …``) is the name
the privacy layer signs on as a person (:mod:`core.privacy.sign_on_names`), with the
given name's echo; both are blanked (:func:`without_asker_names`), so the rest of the
question is weighed on its own terms. With the name excused, ``저 김하준 엄마인데요 낼
할머니가 하원시키러 가시는데 뭐 따로 해야되나요?`` was answered from the wrong sentence
(held-out 16): one topic (하원) beside family words is too little to pick a sentence by,
so such a question declines (:func:`thin_after_asker_names`).
"""

from __future__ import annotations

import re

from core.privacy.family_role_names import detect_family_role_names
from core.privacy.names import plausible_korean_name
from core.privacy.opening_names import opening_introduction_end
from core.privacy.sign_on_names import detect_korean_role_intros
from tools.rag.scene_words import scene_terms

__all__ = ["introduction_end", "thin_after_asker_names", "without_asker_names"]

_OPENERS = r"(?:(?:안녕하세요|안녕하십니까|안녕|여보세요|네|예|아|저기요)[ \t.,!~]*)?"
_COPULA = r"(?:인데요?|입니다|이에요|예요|에요|이고요|이구요)"
_KOREAN_INTRO = re.compile(
    r"\A[ \t]*"
    + _OPENERS
    + r"(?:저|전|제가)[ \t]+(?P<name>[가-힣]{3})"
    + _COPULA
    + r"(?=[\s.,!~?]|\Z)"
)
# "Priya here, …", "Maya Brennan here, …": a capitalised name (one or two words), then
# "here" and a pause; not a gerund ("Parking here, …").
_ENGLISH_INTRO = re.compile(
    r"\A\s*(?:(?i:hi|hello|hey)[,!]?\s+)?(?![A-Za-z]+ing\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r" here\s*[,.!:-]"
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


def without_asker_names(text: str) -> str:
    """``text`` with the names said with the asker's family role blanked.

    ``저 정하윤 엄마예요. 하윤이 예약 …``: 정하윤 and its echo 하윤(이) name a person, the
    one the question is about, never a word a document holds. The echo's vocative 이
    goes with it (하윤이 is the name said, not 하윤 + a noun 이).
    """
    # A child's given name in a relative's sign-on too ("저 하린이 외할머니인데요",
    # "I'm Ezra's dad"): core.privacy.family_role_names.
    hits = [*detect_korean_role_intros(text), *detect_family_role_names(text)]
    spans = sorted((hit.start, hit.end) for hit in hits)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        if text.startswith("이", end) and start > 0 and text[start - 1].isspace():
            end += 1  # the vocative of an echo ("하윤이 예약"), not of the full name
        out.extend([text[last:start], " "])
        last = end
    out.append(text[last:])
    return "".join(out)


def thin_after_asker_names(message: str, topic_terms: tuple[str, ...]) -> bool:
    """Whether blanking the asker's family names left too little to pick a sentence by.

    The name said who the question is about; with it gone, a question whose only other
    topic is one word (the rest family and time words: 엄마, 할머니, 낼) no longer ties
    a sentence to what it asks: ``저 김하준 엄마인데요 낼 할머니가 하원시키러 가시는데 뭐
    따로 해야되나요?`` quoted any 하원 sentence. Two topics or more (예약, 날짜) still do.
    """
    if without_asker_names(message) == message:
        return False
    scenery = scene_terms(message)
    return len([t for t in topic_terms if t not in scenery]) <= 1
