"""A mail id given with its provider named apart: ``지메일 쓰고요 아이디는 yun.hae_21 이에요``.

Asked for an e-mail address, people often give the id and say which service it is on
instead of writing ``@naver.com``: ``지메일이고 아이디는
dan.h_77``, ``my gmail id is kit_fox``. The id and the service are the address. The rule
needs both: an id label (``아이디``, ``ID``, ``id``) with an id-shaped word after it (letters and
digits with a digit, a dot or an underscore in it) and a mail service's name with ``메일`` or
``mail`` within the same short stretch. An id alone (a game or a website login) is not an
address; a service's name alone says nothing.

The service's name is a label of its own too (redteam32): ``send it to my gmail, it's
ffion.blakemore1987``, ``hotmail: kit_fox88``, ``내 지메일은 yun.hae_21``. Right after a
mailbox brand (and ``is``, ``it's``, a colon), an id-shaped word is the mailbox's local part;
a host name there (``gmail is smtp.gmail.com``) is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.cue_substrings import contains_any
from core.privacy.types import Hit

__all__ = ["detect_mail_id_label"]

_ID_RE = LazyPattern(
    r"(?:(?<![가-힣])아이디|(?<![A-Za-z])(?i:id))(?:[ \t]*(?:는|은|가|이|:|=|is))?[ \t]*"
    r"(?P<id>[A-Za-z][A-Za-z0-9._-]{2,63})(?![A-Za-z0-9@])"
)
_SHAPED_RE = LazyPattern(r"[0-9._]")
# A mailbox-only brand on its own, or any service's name with "mail"/"메일" after it:
# "the naver office" is an employer, "네이버 메일" an inbox.
_SERVICE_RE = LazyPattern(
    r"(?:네이버|다음|한메일|지메일|구글|카카오|네이트|아이클라우드|핫메일|아웃룩)[ \t]*메일|"
    r"지메일|한메일|핫메일|"
    r"(?i:\b(?:gmail|googlemail|hotmail|hanmail|icloud)\b)|"
    r"(?i:\b(?:naver|daum|kakao|nate|outlook|yahoo|proton)[ \t]*(?:mail|메일))|"
    # The address itself named before its id, its host to follow ("이메일 주소 알려줄게
    # 아이디는 sora_bing92 야", then "도메인은 다음", redteam28).
    r"이메일[ \t]?주소|메일[ \t]?주소|(?i:\be-?mail[ \t]+address\b)"
)
# "my gmail, it's ffion.blakemore1987", "hotmail: kit_fox88", "지메일은 yun.hae_21".
_SERVICE_LABEL_RE = LazyPattern(
    r"(?:(?<![A-Za-z])(?i:gmail|googlemail|hotmail|icloud|outlook|yahoo|naver|daum|hanmail|"
    r"proton(?:mail)?)(?:[ \t]+(?i:address|id|account))?|지메일|한메일|네이버[ \t]?메일|핫메일)"
    r"(?:은|는|이|[ \t]*,)?[ \t]*(?:(?i:is|it['’]s|it[ \t]+is|=|:)[ \t]*)?"
    r"(?P<id>[A-Za-z][A-Za-z0-9._-]{2,63})(?![A-Za-z0-9@])"
)
_SERVICE_CUES = (
    "gmail",
    "googlemail",
    "hotmail",
    "icloud",
    "outlook",
    "yahoo",
    "naver",
    "daum",
    "hanmail",
    "proton",
    "지메일",
    "한메일",
    "네이버",
    "핫메일",
)
_HOST_RE = LazyPattern(r"(?i)\.(?:com|net|org|kr|io|co|uk|me|ai)$|smtp|imap|mail\.")
# How far apart the id and the service may be named: one short sentence.
_REACH = 40


def detect_mail_id_label(text: str) -> Iterator[Hit]:
    """Ids given with a mail service named nearby (see the module)."""
    for m in _ID_RE.finditer(text):
        value = m.group("id")
        if _SHAPED_RE.search(value) is None or not value[-1].isalnum():
            continue
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if _SERVICE_RE.search(text, lo, hi) is not None:
            yield Hit("email", m.start("id"), m.end("id"), 0.75, False)
    if not contains_any(text.lower(), _SERVICE_CUES):
        return
    for m in _SERVICE_LABEL_RE.finditer(text):
        value = m.group("id")
        if (
            _SHAPED_RE.search(value) is None
            or not value[-1].isalnum()
            or _HOST_RE.search(value) is not None
        ):
            continue
        yield Hit("email", m.start("id"), m.end("id"), 0.75, False)
