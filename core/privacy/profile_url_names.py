"""The handle in the path of a personal profile's address (redteam24).

``https://www.linkedin.com/in/thaddeus-oyelowo-brandt-3a91b2``: a LinkedIn ``/in/`` path is
always one person's profile, and people choose their name for it. The same holds for the
``/@handle`` paths of sites where each address is an account (``medium.com/@…``,
``velog.io/@…``, ``brunch.co.kr/@…``, ``tiktok.com/@…``, ``threads.net/@…``). The handle is
as personal as the name or the messenger id it stands for.

Company pages (``linkedin.com/company/…``) and paths of posts and repositories are left
alone, and a ``/@handle`` that is a well-known brand (``tiktok.com/@Netflix``) too. A
payment link (``paypal.me/…``, ``venmo.com/u/…``, ``cash.app/$…``, ``revolut.me/…``,
``monzo.me/…``, ``toss.me/…``) is one person's account the same way (redteam29).

A Facebook or Instagram address names a page as often as a person, and pages are one word
(``facebook.com/nasa``); a person's vanity address joins names with a dot or an
underscore and often ends in a number (``facebook.com/wilhelmina.achterberg.7``), so only
such a handle is read there, and the numeric ``profile.php?id=…`` (redteam31).

A blog on Naver or Tistory (``blog.naver.com/yeseo_nam0917``, ``yeseo.tistory.com``) is one
account the same way; a shop's or a firm's blog id is a plain word, so only a handle with
a digit, an underscore or a dot is read there. A code host's user path
(``github.com/doyun-kwak/dotfiles``, ``gitlab.com/…``) names an organisation as often
(``github.com/langchain-ai``), so it is read only when its parts are a person's name: a
romanised Korean surname with a romanised given name (``doyun-kwak``), or a listed given
name with a listed family name (``jane-okafor``) (redteam33).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.romanised_korean_names import SURNAMES, SYLLABLE
from core.privacy.types import Hit

__all__ = ["detect_profile_url_handles"]

_PROFILE_RE = LazyPattern(
    r"(?i:linkedin\.com/in/|(?:medium\.com|velog\.io|brunch\.co\.kr|tiktok\.com|threads\.net"
    r"|youtube\.com)/@"
    # Payment links name the payee's account (redteam29).
    r"|(?:paypal\.me|revolut\.me|monzo\.me|toss\.me)/|venmo\.com/(?:u/)?|cash\.app/\$)"
    r"(?P<handle>[A-Za-z0-9가-힣%][A-Za-z0-9가-힣%._-]{1,99})"
)


_SOCIAL_RE = LazyPattern(
    r"(?i:(?:facebook|fb|instagram)\.com/)(?:profile\.php\?id=(?P<id>[0-9]{6,20})|"
    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9]*[._][A-Za-z0-9._]{1,80}))"
)


def _social_hits(text: str) -> Iterator[Hit]:
    for m in _SOCIAL_RE.finditer(text):
        group = "id" if m.group("id") else "handle"
        value = m.group(group).rstrip("._")
        start = m.start(group)
        yield Hit("person_name", start, start + len(value), 0.8, False)


_BLOG_RE = LazyPattern(
    r"(?i:(?:m\.)?blog\.naver\.com/)(?P<handle>[A-Za-z0-9][A-Za-z0-9._-]{2,40})"
    r"|(?<![A-Za-z0-9._-])(?P<sub>[A-Za-z0-9][A-Za-z0-9_-]{2,40})(?i:\.tistory\.com)"
)
_BLOG_SHAPED_RE = LazyPattern(r"[0-9_.]")
_CODE_HOST_RE = LazyPattern(
    r"(?i:(?<![A-Za-z0-9.])(?:github|gitlab)\.com/)(?P<handle>[A-Za-z][A-Za-z0-9_.-]{2,38})"
    r"(?![A-Za-z0-9_.-])"
)
_PART_RE = LazyPattern(r"[A-Za-z]+")
_SURNAME_SET = frozenset(s.lower() for s in SURNAMES.split("|"))
_GIVEN_KO_RE = LazyPattern(r"(?i:(?:" + SYLLABLE + r"){1,2})")


def _person_parts(handle: str) -> bool:
    """Whether a code host's user name is a person's name in two parts (see the module)."""
    parts = _PART_RE.findall(handle)
    if len(parts) != 2 or not any(ch in handle for ch in "-_."):
        return False
    a, b = parts
    for family, given in ((a, b), (b, a)):
        if family.lower() in _SURNAME_SET and _GIVEN_KO_RE.fullmatch(given) is not None:
            return True
    return (is_given_name(a) and is_family_name(b)) or (is_given_name(b) and is_family_name(a))


def _blog_and_code_hits(text: str, lowered: str) -> Iterator[Hit]:
    if "naver.com/" in lowered or ".tistory.com" in lowered:
        for m in _BLOG_RE.finditer(text):
            group = "handle" if m.group("handle") else "sub"
            handle = m.group(group).rstrip("._-")
            if _BLOG_SHAPED_RE.search(handle) is not None:
                yield Hit("person_name", m.start(group), m.start(group) + len(handle), 0.75, False)
    if "github.com/" in lowered or "gitlab.com/" in lowered:
        for m in _CODE_HOST_RE.finditer(text):
            handle = m.group("handle").rstrip("._-")
            if handle.lower().endswith(".git"):
                handle = handle[:-4]
            if _person_parts(handle):
                yield Hit(
                    "person_name", m.start("handle"), m.start("handle") + len(handle), 0.7, False
                )


def detect_profile_url_handles(text: str) -> Iterator[Hit]:
    """Handles in the paths of personal profile addresses (see the module)."""
    if "/" not in text:
        return
    for m in _PROFILE_RE.finditer(text):
        handle = m.group("handle").rstrip("._-")
        if is_brand(handle):
            continue
        start = m.start("handle")
        yield Hit("person_name", start, start + len(handle), 0.8, False)
    lowered = text.lower()
    yield from _blog_and_code_hits(text, lowered)
    if "facebook.com/" in lowered or "fb.com/" in lowered or "instagram.com/" in lowered:
        yield from _social_hits(text)
