"""A passport number read out in Korean: ``여권번호 엠 이칠삼 에이 팔일공구`` is M273A8109
(redteam27).

Read over the phone or typed as heard, a passport number's letters come as their Korean
names (엠, 에이, 에스 …) and its digits as digit words, so neither the passport rule nor
the spoken fold (which leaves letter names alone) reads it. After a passport label, a run
of letter names, digit words and digits holding seven to nine digits and a letter is the
number, the shape of a Korean passport (M12345678, M123A4567) and of most others. (blind57p)
How it was read may come between ("여권번호를 전화로 '엠 공칠삼 구이일 팔사'").
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_spoken_passports_ko"]

# Letter names, longest first; 이 (E) and 오 (O) are left out: they are digit words too.
_LETTERS = (
    r"에이치|더블유|에이|에프|에스|제이|케이|브이|엑스|와이|제트|아이|비|씨|디|지|엘|엠|엔|"
    r"피|큐|알|티|유|[A-Z]"
)
# A lone 이 before a copula or particle is grammar ("… 구팔칠일 이에요"), not a digit.
_DIGITS = (
    r"(?:[공영일이삼사오육칠팔구0-9]{2,}|[공영일삼사오육칠팔구0-9]|이(?![에고야라며면었니지나요]))"
)
_TOKEN = rf"(?:{_LETTERS}|{_DIGITS})"
_PASSPORT_RE = LazyPattern(
    r"여권[ \t]?(?:번호)?(?:는|은|가|이|를|을)?[ \t]*:?[ \t]*"
    # blind57p: how it was read out may stand between the label and the number, and a quote
    # may open it ("여권번호를 전화로 '엠 공칠삼 …'", "여권번호를 문자로 …").
    r"(?:[가-힣]{1,4}(?:으로|로)[ \t]+)?['\"‘“]?[ \t]*"
    rf"(?P<number>{_TOKEN}(?:[ \t-]*{_TOKEN})*)"
)
_DIGIT_WORDS = frozenset("공영일이삼사오육칠팔구0123456789")
_LETTER_RE = LazyPattern(_LETTERS)


def detect_spoken_passports_ko(text: str) -> Iterator[Hit]:
    """A passport number said in letter names and digit words after its label."""
    if "여권" not in text:
        return
    for m in _PASSPORT_RE.finditer(text):
        number = m.group("number")
        digits = sum(ch in _DIGIT_WORDS for ch in number)
        if 7 <= digits <= 9 and _LETTER_RE.search(number) is not None:
            # blind57p: above a part's 0.85 (ids.detect_passport reads the folded digit groups
            # as parts of a passport number): the whole number read out wins the overlap.
            yield Hit("passport", m.start("number"), m.end("number"), 0.9, False)
