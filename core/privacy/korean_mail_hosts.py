"""Mail hosts said in Hangul: ``minho0815 골뱅이 지메일 닷컴`` is minho0815@gmail.com.

:mod:`core.privacy.spoken` reads an address spelled with 골뱅이 or "at" and 닷/"dot", but
only with a Latin domain after it. Korean speakers say the common hosts in Hangul too
(지메일, 네이버, 한메일, 카카오) and the ending as 닷컴 or 점 컴, and a Latin host with a
Hangul ending (``gmail 닷컴``, redteam41). After the "at", such a host
and its ending are read as the Latin domain, so the address is folded whole and the e-mail
detector finds it.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["korean_mail_domain"]

_HOSTS = {
    "지메일": "gmail",
    "쥐메일": "gmail",
    "네이버": "naver",
    "한메일": "hanmail",
    "다음": "daum",
    "카카오": "kakao",
    "네이트": "nate",
    "핫메일": "hotmail",
    "아웃룩": "outlook",
    "야후": "yahoo",
    "애플": "icloud",
    "아이클라우드": "icloud",
}
_ENDINGS = {"컴": "com", "넷": "net", "com": "com", "net": "net"}
_KO_DOMAIN_RE = LazyPattern(
    r"[ \t]*(?P<host>"
    + "|".join(sorted(_HOSTS, key=len, reverse=True))
    + r")(?:[ \t]*(?:닷|점|쩜|\.|dot)[ \t]*(?P<end>컴|넷|com|net)|(?P<joined>닷컴|닷넷))"
    + r"(?![A-Za-z]|퓨)",
    re.IGNORECASE,
)


# "gmail 닷컴": a Latin host with its ending said in Hangul (redteam41); the ending must be
# Hangul here, or the ordinary spelled-dot rule already reads it.
_LATIN_HOST_RE = LazyPattern(
    r"[ \t]*(?P<host>[A-Za-z][A-Za-z0-9-]{1,62})(?:[ \t]*(?:닷|점|쩜)[ \t]*(?P<end>컴|넷)|"
    r"[ \t]*(?P<joined>닷컴|닷넷))(?![A-Za-z가-힣])"
)


def korean_mail_domain(text: str, at_end: int) -> tuple[int, int, str] | None:
    """``(start, end, "gmail.com")`` for a Hangul host and ending right after ``at_end``.

    Args:
        text: The text holding a spoken e-mail address.
        at_end: Offset just past its "at" (골뱅이, 앳, @, at).

    Returns:
        The span of the host and its ending (leading blanks left out) and the Latin
        domain they say, or None when no known host follows.
    """
    m = _KO_DOMAIN_RE.match(text, at_end)
    if m is not None:
        ending = m.group("end") or m.group("joined")[1:]
        return m.start("host"), m.end(), f"{_HOSTS[m.group('host')]}.{_ENDINGS[ending.lower()]}"
    latin = _LATIN_HOST_RE.match(text, at_end)
    if latin is None:
        return None
    ending = latin.group("end") or latin.group("joined")[1:]
    return latin.start("host"), latin.end(), f"{latin.group('host')}.{_ENDINGS[ending]}"
