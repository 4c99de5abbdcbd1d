"""An e-mail address's local part given alone: ``my email starts harriet.lowe88``.

People give an address in pieces (``my email starts harriet.lowe88``, then ``and it's
an icloud one``; ``메일 아이디는 jiwoo.han이고``). Without the ``@`` and the domain,
:func:`core.privacy.contact.detect_email` sees nothing; the local part is still the
personal half of the address (the domain is one of a few big providers). After an
e-mail word and ``starts``/``begins``/``is``/``아이디는``, a token shaped like a user name
(a dot, an underscore, a hyphen or a digit inside it) is that local part. A plain word
there (``my email is broken``) is not.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_email_local_part"]

_EMAIL_WORD = r"(?i:e-?mail(?:[ \t]+address)?|mail[ \t]+address|메일(?:[ \t]?주소)?|이메일)"
_LINK = (
    r"(?i:[ \t]+(?:starts|begins)(?:[ \t]+with)?|[ \t]+is|['’]s|[ \t]+(?:username|user[ \t]?name|"
    r"handle|id)(?:[ \t]+is)?)"
    r"|(?:[ \t]?(?:아이디|ID|id|앞부분|앞자리))?(?:은|는|이|가)"
)
_LOCAL_PART_RE = LazyPattern(
    _EMAIL_WORD
    + r"(?:"
    + _LINK
    + r")[ \t:]*(?P<local>[A-Za-z0-9](?:[A-Za-z0-9._-]{1,62}[A-Za-z0-9])?)(?![A-Za-z0-9._-]*@)"
)


def _looks_like_user_name(token: str) -> bool:
    has_mark = any(ch in token for ch in "._-")
    has_digit = any(ch.isdigit() for ch in token)
    letters = sum(ch.isalpha() for ch in token)
    # "v2.1" after "email is" is a version, not a user name.
    return letters >= 3 and (has_mark or has_digit) and len(token) >= 4


def detect_email_local_part(text: str) -> Iterator[Hit]:
    """A user-name-shaped token after an e-mail word and its link (see the module)."""
    if "mail" not in text.lower() and "메일" not in text:
        return
    for m in _LOCAL_PART_RE.finditer(text):
        if _looks_like_user_name(m.group("local")):
            yield Hit("email", m.start("local"), m.end("local"), 0.7, False)
