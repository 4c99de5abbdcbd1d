"""A person's account handle on a social or chat app: ``my ex keeps messaging me from
@sunhee_bae92`` on Instagram, ``연락은 카톡 아이디 yoonseo_park0412 로`` (redteam32).

A handle finds the person as surely as a phone number: anyone can look it up and message
them. The e-mail and profile-address rules need an ``@host`` or a ``instagram.com/…`` link,
so a bare ``@handle`` or a KakaoTalk id passed. The rule reads an ``@`` handle shaped like a
person's (letters with a digit, an underscore or a dot, as people add to a taken name) when
the text names a social or chat app or messaging, and an id after a chat app's id label
(``카톡 아이디``, ``카카오톡 ID``, ``인스타 아이디``, ``라인 아이디``, ``kakao id``). A handle
called official or verified (``@BTS_twt 공식 계정``) is an organisation's or a public
figure's, and a handle with no digit, underscore or dot (``@nasa``) is left to the others.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_social_handles"]

# Not a decorator (``@app.route(`` at a line's start or before a bracket).
_AT_HANDLE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+<-])(?<!^)(?<!\n)@(?P<h>[A-Za-z][A-Za-z0-9._]{2,29})(?![A-Za-z0-9@(])"
)
_SHAPED_RE = LazyPattern(r"[0-9_]|[A-Za-z]\.[A-Za-z]")
_APP_RE = LazyPattern(
    r"(?i)instagram|insta\b|\big\b|tiktok|twitter|threads|snapchat|\bsnap\b|telegram|discord|"
    r"\bdms?\b|messag(?:e|ed|es|ing)|followers|blocked|block\b|"
    r"인스타|트위터|틱톡|스레드|텔레그램|디엠|팔로우|차단"
)
_OFFICIAL_RE = LazyPattern(r"(?i)official|verified|공식|인증[ \t]?계정")
_CHAT_ID_RE = LazyPattern(
    r"(?:카톡|카카오톡|카카오|인스타|라인|텔레그램|(?i:kakao(?:talk)?|line|telegram|insta(?:gram)?))"
    r"[ \t]*(?:아이디|(?i:id))(?:[ \t]*(?:는|은|가|:|=|(?i:is)))?[ \t]*"
    r"(?P<h>[A-Za-z][A-Za-z0-9._-]{2,29})(?![A-Za-z0-9@])"
)


def detect_social_handles(text: str) -> Iterator[Hit]:
    """Personal handles on social and chat apps (see the module)."""
    if "@" not in text and "아이디" not in text and "id" not in text.lower():
        return
    if "@" in text and _APP_RE.search(text) is not None and _OFFICIAL_RE.search(text) is None:
        for m in _AT_HANDLE_RE.finditer(text):
            if _SHAPED_RE.search(m.group("h")) is not None:
                yield Hit("person_name", m.start("h"), m.end("h"), 0.75, False)
    for m in _CHAT_ID_RE.finditer(text):
        if _SHAPED_RE.search(m.group("h")) is not None:
            yield Hit("person_name", m.start("h"), m.end("h"), 0.75, False)
