"""One group of a phone number said in Korean number words: ``중간은 육육팔삼이에요``.

:mod:`core.privacy.spoken` rewrites number words into digits only in runs of six or
more (four syllables are too often a word: ``이사``, ``오이``), and
:mod:`core.privacy.phone_halves` reads a group of four digits after its position
(``가운데가 5183``, ``끝자리는 2706``). A number given group by group in words
(``제 번호 앞은 공일공이고 중간은 육육팔삼이에요``, then ``끝자리는 이공일구예요``) falls
between the two. Four number syllables right after a phone group's position are that
group: after a label of the last digits (``끝자리``, ``뒷자리``, ``뒷번호``) always, after a
bare position word (``중간``, ``가운데``, ``끝``, ``마지막``) when a phone word comes before it
(scanned with the previous turn's tail), as in phone_halves, whose phone word is used: a
phone's own word or an owned 번호 (``제 번호``), never a bare 번호 that any order or ticket
number has (``주문 번호 끝은 …``). (blind57p) The four digits said with spaces or in native
words (``가운데는 넷 둘 아홉 셋``, ``끝은 칠팔 육공``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.phone_halves import PHONE_WORD
from core.privacy.types import Hit

__all__ = ["detect_spoken_phone_groups"]

_SYLLABLE = "[공영일이삼사오육칠팔구]"
# A group ends before its copula or particle; "이" is a digit too, so the four syllables
# are taken first and only then the ending is checked.
# blind57p: the four digits may be said one by one or in pairs, with spaces between, and in
# native words ("가운데는 넷 둘 아홉 셋", "끝은 칠팔 육공이에요").
_TOKEN = r"(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|" + _SYLLABLE + r")"
_GROUP = (
    r"(?P<group>" + _TOKEN + r"(?:[ \t]?" + _TOKEN + r"){3})"
    r"(?=이에요|이고|이요|이야|입니다|이라고|인데|(?<!이)에요|예요|요|고|이|로|으로|[^가-힣]|$"
    # blind57p: the copula 야 after a vowel-final word ("… 둘 하나야").
    r"|(?<=[다하둘셋넷섯곱덟홉나])야)"
)
_BACK_LABEL = r"(?P<back>뒷자리|뒷번호|끝자리|끝번호)"
_POSITION = r"(?:가운데|중간|끝|마지막)(?:[ \t]*(?:자리|번호|부분))?"
_GROUP_RE = LazyPattern(
    r"(?:" + _BACK_LABEL + r"|" + _POSITION + r")(?:는|은|가|이)?[ \t:]*" + _GROUP
)
_FOUR_SYLLABLES = LazyPattern(_TOKEN + r"(?:[ \t]?" + _TOKEN + r"){3}")
_REACH = 80


def detect_spoken_phone_groups(text: str) -> Iterator[Hit]:
    """Four number syllables after a phone group's position (see the module)."""
    # The hot path: most text has no four number syllables in a row at all.
    if _FOUR_SYLLABLES.search(text) is None:
        return
    for m in _GROUP_RE.finditer(text):
        labelled = m.group("back") is not None
        if labelled or PHONE_WORD.search(text, max(0, m.start() - _REACH), m.start()):
            yield Hit("phone", m.start("group"), m.end("group"), 0.7, False)
