"""A Korean full name standing alone in a chat message: ``아 진짜 도하윤 또 지각함ㅠㅠ😂``,
``ㅋㅋㅋ 마서준 개웃기네`` (redteam34).

In a text message people write a friend's full name with nothing around it that the other
rules read: no title, no label, no particle of a recipient; the words around it are slang
(``ㅋㅋ``, ``ㅠㅠ``, ``ㅎㅎ``) and emoji. A bare three-syllable word shaped like a name is too
weak on its own in running text (``조금만``, ``하지만`` are a surname-like syllable and two
given-name syllables), so the rule reads it only in a message that is chat by its marks: a run of
two or more of the same consonant or vowel letter used as laughter or crying (``ㅋㅋ``,
``ㅎㅎ``, ``ㅠㅠ``, ``ㅜㅜ``) or an emoji (a pictograph or a heart). There, a word of a listed
surname and two given-name syllables (judged as the other rules judge one, with the common
words of that shape listed out), standing alone or with a subject or topic particle, is read
as a name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_chat_slang_names_ko"]

# Chat marks: laughter or crying in letters, or an emoji (pictographs, faces, hearts). The
# scanner's NFKC fold turns the compatibility letters (ㅋ U+314B) into leading and medial
# jamo (ᄏ U+110F, ᅲ U+1172), so both are listed.
# The pictograph blocks only: the older symbol blocks (U+2600-27BF) hold a signature's ☎ and
# ✉ and a list's ✓ and ★, which business text uses too.
_CHAT_MARK_RE = LazyPattern(r"[ㅋᄏ]{2}|[ㅎᄒ]{2}|[ㅠㅜᅲᅮ]{2}|[\U0001F300-\U0001FAFF❤♥]")
# A name-shaped word alone: before it no letter; after it a space, a subject or topic
# particle, punctuation, a chat mark or the end.
_WORD_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])"
    + KOREAN_NAME_PATTERN
    + r"(?=[ \t]|(?:이가|이는|이도|이랑|이한테|가|는|도|랑|한테)(?![가-힣])|[^가-힣A-Za-z0-9]|$)"
)
# Common words of a surname-like syllable and two given-name syllables.
_WORDS_TEXT = """
    하지만 조금만 이제는 이번엔 정말로 진짜로 우리는 오늘은 내일은 어제는 지금은 아직도
    이렇게 그렇게 저렇게 어떻게 이상한 이상해 이정도 이만큼 주말에 방금전 조용히 조심히
    천천히 편하게 편안히 유명한 유일한 신기한 신기해 신나는 신경질 고마워 고생해 고생한
    안녕히 안녕하 정도로 정말이 정상적 진심으로 성공적 하루종 하루는 한번만 한명도 한국인
    전혀안 전부다 전체적 모두다 장난해 장난아 방학때 반갑게 반가워 배고파 배부르 배불러
    마지막 마음대 연락해 연락이 연휴때 명절때 여름엔 겨울엔 오랜만 남은거 남자친 여자친
    남친이 여친이 시험기 시간이 기분이 기분좋 나중에 나혼자 동생이 동생도 선배가 후배가
    공부해 공부중 운동해 운동중 주문해 주문한 주소가 진지하 지금도 지난번 상관없 상당히
"""
_WORDS = frozenset(_WORDS_TEXT.split())


def detect_chat_slang_names_ko(text: str) -> Iterator[Hit]:
    """Name-shaped words standing alone in a message with chat marks (see the module)."""
    if _CHAT_MARK_RE.search(text) is None:
        return
    for m in _WORD_RE.finditer(text):
        name = m.group("name")
        if len(name) < 3 or name in _WORDS:
            continue
        if plausible_korean_name(name, strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.6, False)
