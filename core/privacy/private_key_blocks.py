"""A private key pasted whole: a PEM or OpenSSH block between its ``-----BEGIN … PRIVATE
KEY-----`` and ``-----END … PRIVATE KEY-----`` lines (redteam28).

People paste a deploy key or a service account's key to ask whether its format is right.
Whoever holds the block can log in as its owner, so its body never leaves. The armour lines
name what the block is; the body (base64 lines) is the secret. A public key or a
certificate (``BEGIN PUBLIC KEY``, ``BEGIN CERTIFICATE``) is published on purpose and stays
public. A block cut off before its END line still counts: the body runs to the end of the
text.

A Google service account's JSON names its key by ``"private_key_id": "<40 hex>"``; pasted
without the key block (``which of these fields can I share?``), the id still identifies the
live key to Google's APIs and its logs, and is read as part of the key (redteam32).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_private_key_blocks"]

# "-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----",
# "-----BEGIN ENCRYPTED PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----".
_BEGIN_RE = LazyPattern(r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")
_END_RE = LazyPattern(r"-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")
# The body: base64 characters and the header lines some formats carry ("Proc-Type: …").
_BODY_CHAR_RE = LazyPattern(r"[A-Za-z0-9+/=]")
_KEY_ID_RE = LazyPattern(
    r"[\"']?private_key_id[\"']?[ \t]*[:=][ \t]*[\"'](?P<id>[0-9a-f]{32,64})[\"']"
)


def detect_private_key_blocks(text: str) -> Iterator[Hit]:
    """The body of each private key block and a service account's key id (see the module)."""
    if "private_key_id" in text:
        for m in _KEY_ID_RE.finditer(text):
            yield Hit("secret", m.start("id"), m.end("id"), 0.9, False)
    if "PRIVATE KEY" not in text:
        return
    for begin in _BEGIN_RE.finditer(text):
        end = _END_RE.search(text, begin.end())
        stop = end.start() if end is not None else len(text)
        body = text[begin.end() : stop]
        lead = len(body) - len(body.lstrip())
        trail = len(body.rstrip())
        if trail > lead and _BODY_CHAR_RE.search(body) is not None:
            yield Hit("secret", begin.end() + lead, begin.end() + trail, 0.95, True)
