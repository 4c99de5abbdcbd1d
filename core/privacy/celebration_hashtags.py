"""Names inside celebration hashtags (redteam41): ``#윤슬아생일축하해``, ``#슬아야사랑해``,
``#HappyBirthdayOdessa``.

People tag a friend's or a child's post with a hashtag that glues the name to the wish: a full
name (surname and given name), or a given name called with ``아``/``야`` (or the familiar
``이``), then ``생일축하``, ``사랑해``, ``졸업축하``, ``화이팅``… The name is the hashtag's
subject, so it is read as a name: a full name when its syllables read as one
(:func:`core.privacy.names.plausible_korean_name`), a called given name when both syllables are
common given-name syllables. A hashtag that names no wish (``#김연아 #피겨여왕``) is a topic
tag, and is left to the other rules.

A fan's hashtag for a star (redteam42, the round-41 open edge): ``#차은우생일축하해`` beside a
birthday café, a fan club or a comeback is fandom's public celebration, not a private one. When
the text speaks in fandom's words (생일카페, 생카, 팬클럽, 팬카페, 최애, 덕질, 아이돌, 데뷔,
컴백, 팬미팅, 멤버, 총공, 실트, ``fan``…) and names no one of the writer's circle (친구, 동생,
조카, 딸, 아들, 동료…), the hashtag is left public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_SURNAMES,
    given_name_syllables,
    plausible_korean_name,
    split_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_celebration_hashtags"]

_WISHES = (
    r"생일(?:축하|을[ \t]?축하)?|생축|사랑해|축하해|축하합니다|화이팅|파이팅|졸업(?:축하)?|"
    r"입학(?:축하)?|전역(?:축하)?|합격(?:축하)?|결혼(?:축하)?|백일|첫돌|돌잔치|보고싶어|고마워|최고"
)
_KO_RE = LazyPattern(r"(?<![\w#])#(?P<body>[가-힣]{2,5}?)(?P<wish>" + _WISHES + r")")
# How a name is called ("슬아야", "민준아", "서윤이"): the vocative or the familiar 이.
_CALLS = frozenset("아야이")
_EN_RE = LazyPattern(
    r"(?<![\w#])#(?i:happy[ \t]?birthday|hbd|happybday|congrats|welcomehome)"
    r"(?P<name>[A-Z][a-z]{2,15})(?![a-z])"
)


_FANDOM = LazyPattern(
    r"생일[ \t]?카페|생카|팬클럽|팬카페|팬미팅|팬싸|최애|덕질|입덕|아이돌|데뷔|컴백|멤버|총공|실트|"
    r"(?i:\bfan(?:s|club|base)?\b|\bbias\b|\bidol\b|\bcomeback\b)"
)
_CIRCLE = LazyPattern(
    r"친구|동생|조카|딸|아들|남편|아내|남친|여친|동료|선배|후배|손녀|손자|사촌|"
    r"(?i:\b(?:my|our)[ \t]+(?:friend|daughter|son|sister|brother|niece|nephew|wife|husband)\b)"
)


def _fans_celebrating_a_star(text: str) -> bool:
    return _FANDOM.search(text) is not None and _CIRCLE.search(text) is None


def _full_name(name: str) -> bool:
    # A one-syllable surname and two given syllables, or a two-syllable one (제갈, 남궁) and two.
    surname = split_korean_name(name)[0]
    fits = (len(surname) == 1 and surname in KOREAN_SURNAMES and len(name) == 3) or (
        surname in COMPOUND_SURNAMES and len(name) == 4
    )
    return fits and plausible_korean_name(name, strong=False)


def _called_given_name(name: str) -> bool:
    first, second = given_name_syllables()
    return len(name) == 2 and name[0] in first and name[1] in second


def detect_celebration_hashtags(text: str) -> Iterator[Hit]:
    """Names glued to a wish in a hashtag (see the module)."""
    if "#" not in text or _fans_celebrating_a_star(text):
        return
    for m in _KO_RE.finditer(text):
        body, start = m.group("body"), m.start("body")
        if _full_name(body):
            yield Hit("person_name", start, start + len(body), 0.8, False)
        elif body[-1] in _CALLS and (_called_given_name(body[:-1]) or _full_name(body[:-1])):
            yield Hit("person_name", start, start + len(body) - 1, 0.8, False)
    for m in _EN_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
