"""The account in a TOTP/HOTP ``otpauth://`` URI's label: ``otpauth://totp/Gitea:jisoo.baek?
secret=…`` (redteam33).

An authenticator QR code holds an ``otpauth://`` URI; people paste its text to move their
codes to a new app. Its ``secret=`` is read as a credential by the secret rules; its label
(``Issuer:account``) names the user the codes log in, mostly an e-mail or a login made of
their name. The account after the issuer's colon (or the whole label without one) is held
as a name; an e-mail there is the e-mail rule's.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_otpauth_accounts"]

_OTPAUTH_RE = LazyPattern(
    r"(?i:otpauth://[th]otp/)(?:[^:?/\s]{1,60}(?::|%3A))?(?:%20| )*"
    r"(?P<account>[^:?/\s@%]{2,64})(?=\?|$|\s)"
)


def detect_otpauth_accounts(text: str) -> Iterator[Hit]:
    """The account in an otpauth:// URI's label (see the module)."""
    if "otpauth:" not in text.lower():
        return
    for m in _OTPAUTH_RE.finditer(text):
        yield Hit("person_name", m.start("account"), m.end("account"), 0.75, False)
