"""Half of a mobile phone number, typed in two messages.

People send ``내 번호 앞자리는 010-4821 이고`` and then ``뒷자리는 7730이야``. Neither
message holds a whole number for :func:`core.privacy.contact.detect_phone`, and the
words between the halves keep the joined history from reading as one number either.
Each half is still the writer's contact detail:

- a Korean mobile prefix (010, 011, 016-019) and one group of three or four digits,
  with no group after it: no other kind of number starts that way;
- four digits right after a label that names the end of a number (뒷자리, 뒷번호,
  끝번호, "last 4 digits"): the half a reader joins to the front half;
- four digits after a bare position word (``가운데가 5183``, ``끝은 2706``, ``중간은``,
  ``마지막은``) when a phone word comes before it in the text (``폰 번호 가운데가 …``,
  ``제 번호 끝은 …``, not a bare 번호 that any order or ticket number has;
  scanned with the previous turn, ``끝은 2706이에요`` after it): a number given group by
  group, middle or end first. Without the phone word the position words are everyday
  ones ("끝은 2030년"). blind52p: the group's length said (``끝 네 자리가 7734``), a role's
  번호 (``새 담당자 번호``) and a mobile prefix given as the front (``앞은 010이고``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.common import NA
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

# "010-4821", "010.4821", "010 4821": the prefix and the middle group, the last group
# missing. A whole number ("010-4821-7730") is contact.detect_phone's; ``NA`` keeps this
# one from matching its first two groups. Not inside a machine id: a UUID's groups
# ("16d622cf-a010-4109-a0b1-…", "…-0109-4123-8abc-…") are letters and digits joined by
# hyphens, so neither a letter or digit nor one joined by a separator may touch either end.
_MOBILE_FRONT = GuardedPattern(
    r"(?<![0-9A-Za-z])(?<![0-9A-Za-z][-.])01[016789](?:[ \t]*[-.][ \t]*|[ \t])[0-9]{3,4}"
    + NA
    + r"(?![A-Za-z])(?![-.][A-Za-z])"
)
# blind56p: the middle group read out in pieces ("공일공에 팔칠 하나 둘", folded to "010 87 12";
# "010 4 82 7"): one or two digits at a time, three or four in all, with a phone word before
# (checked in code) and nothing after but the end of the number.
_SPOKEN_MOBILE_FRONT = LazyPattern(
    r"(?<![0-9A-Za-z])(?<![0-9A-Za-z][-.])01[016789](?:[ \t]*[-.][ \t]*|[ \t])"
    r"(?P<mid>[0-9]{1,2}(?:[ \t][0-9]{1,2}){1,3})" + NA + r"(?![ \t]+[0-9])(?![A-Za-z])"
)
# blind56p: the rest of the number read out in four digit words after a position word
# ("나머지는 다섯 여섯 칠 구요", "끝은 일 사 공 팔"), a phone word before it (the history
# scan joins the turn that gave the front): four tokens the spoken fold leaves as words.
_KO_DIGIT = r"(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|[공영일이삼사오육칠팔구])"
_SPOKEN_REST = LazyPattern(
    r"(?:나머지|뒷자리|뒷번호|끝자리|끝번호|마지막[ \t]?(?:네[ \t]?자리|자리)?)"
    r"(?:는|은|가|이)?[ \t:]*"
    r"(?P<digits>(?<![가-힣])" + _KO_DIGIT + r"(?:[ \t]?" + _KO_DIGIT + r"){3})"
    r"(?=(?:이요|예요|이에요|요|야|이야|이고|입니다|로|으로)?(?:[^가-힣0-9]|$))"
)
# The label of the last four digits, and its particle ("뒷자리는", "끝번호가", "뒤 4자리는").
_BACK_LABEL = (
    r"(?:뒷자리|뒷번호|뒷\s?4자리|뒤\s?4자리|뒤\s?네\s?자리|끝자리|끝번호|끝\s?4자리)"
    r"(?:는|은|가|이)?"
    r"|last[ \t]+(?:4|four)[ \t]+(?:digits|numbers)(?:[ \t]+(?:are|is))?"
)
_BACK_HALF = LazyPattern(
    r"(?:" + _BACK_LABEL + r")[ \t:]*(?P<digits>(?<![0-9])[0-9]{4})(?![0-9])(?![ \t]*[-.][0-9])",
    re.IGNORECASE,
)


# No word boundary before the position word: turns are scanned joined with nothing between.
_POSITION_GROUP = LazyPattern(
    # blind52p: the group's length may be said ("끝 네 자리가 7734", "가운데 4자리는").
    r"(?:가운데|중간|끝|마지막|뒤)(?:[ \t]*(?:(?:네|4)[ \t]*)?(?:자리|번호|부분))?"
    r"(?:는|은|가|이)?[ \t:]*"
    r"(?P<digits>(?<![0-9])[0-9]{4})(?![0-9])(?![ \t]*[-.,][0-9])"
    r"(?![ \t]*(?:년|원|명|개|월|일|시|분|번째|m|km))"
)
# A phone's own word ("전화번호", "폰 번호", "연락처", "phone"), or a bare 번호/number
# owned by someone ("제 번호", "아내 번호", "my number"). A bare 번호 alone is any number's
# ("주문 번호 끝은 4417", "대기 번호"), and read as a phone's it armed every ending.
PHONE_WORD = LazyPattern(
    r"전화|연락처|폰|(?i:phone|mobile|cell)"
    r"|(?:내|제|저의|나의|남편|아내|와이프|엄마|아빠|어머니|아버지|아들|딸|친구|동생|형|누나|언니|오빠)"
    r"[ \t]*(?:의[ \t]*)?번호|(?i:(?:my|his|her|their|your)[ \t]+number)"
    # redteam47: someone named by a title with 님 ("기사님 번호", "사장님 번호").
    r"|[가-힣]{1,4}님[ \t]*(?:의[ \t]*)?번호"
    # blind52p: a person's role before 번호 ("새 담당자 번호", "거래처 사장 번호") and a
    # mobile's prefix given as the front of the number ("앞은 010이고", "앞자리는 010").
    r"|(?:담당자|사장|기사|집주인|세입자|거래처|고객|손님|선생|과장|팀장|대리)[ \t]*"
    r"(?:의[ \t]*)?번호"
    r"|앞(?:자리|번호|부분)?[ \t]*(?:은|는|이|가)?[ \t]*01[016789](?![0-9])"
)
# How far before the position word the phone word may be (a message and the previous one's tail).
_PHONE_WORD_REACH = 80


def _phone_word_before(text: str, index: int) -> bool:
    return PHONE_WORD.search(text, max(0, index - _PHONE_WORD_REACH), index) is not None


def detect_phone_halves(text: str) -> Iterator[Hit]:
    """A mobile number's front half alone, and a labelled last four digits."""
    for m in _MOBILE_FRONT.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.8, False)
    for m in _SPOKEN_MOBILE_FRONT.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group("mid"))
        if 3 <= digits <= 4 and _phone_word_before(text, m.start()):
            yield Hit("phone", m.start(), m.end(), 0.75, False)
    for m in _SPOKEN_REST.finditer(text):
        if _phone_word_before(text, m.start()):
            yield Hit("phone", m.start("digits"), m.end("digits"), 0.7, False)
    for m in _BACK_HALF.finditer(text):
        yield Hit("phone", m.start("digits"), m.end("digits"), 0.75, False)
    for m in _POSITION_GROUP.finditer(text):
        if _phone_word_before(text, m.start()):
            yield Hit("phone", m.start("digits"), m.end("digits"), 0.7, False)
