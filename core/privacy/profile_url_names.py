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
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
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
    if "facebook.com/" in lowered or "fb.com/" in lowered or "instagram.com/" in lowered:
        yield from _social_hits(text)
