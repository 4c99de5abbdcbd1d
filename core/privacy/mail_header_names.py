"""The sender's or recipient's name in a pasted e-mail's headers and quote lines (masked30).

People paste a forwarded or quoted mail whole and ask for a summary or a reply:

- ``From: Barnaby Okwuosa <b.okwuosa@gmail.com>``, Gmail's Korean ``보낸사람: 류하엘
  <haell.ryu@naver.com>`` (also ``받는사람``, ``참조``, ``To``, ``Cc``, ``Reply-To``);
- the quote line ``On Tue, 1 Dec 2026 at 09:14, Barnaby Okwuosa <b.okwuosa@gmail.com>
  wrote:`` and Gmail's Korean ``2026년 12월 2일 (수) 오후 4:18, 류하엘 <…>님이 작성:``.

The e-mail rule masks the address, but the display name beside it is the person's name
in full and was left in a masked copy (a trace export). The header label or the quote
line's shape says these words are whose mail it is; they count when they read as a
person's name (:mod:`core.privacy.person_shaped`: ``From: Acme Support <…>`` and
``On Monday the team wrote:`` name no one).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import person_shaped
from core.privacy.types import Hit

__all__ = ["detect_mail_header_names"]

_LABELS = (
    r"(?i:from|to|cc|bcc|reply-to|sender)|보낸[ \t]?사람|받는[ \t]?사람|참조|숨은[ \t]?참조|"
    r"발신자|수신자|보낸이|받는이"
)
_NAME = (
    r"(?P<name>[가-힣]{2,4}|[A-ZÀ-Þ][^\s<>\[\]\"@,:;]*(?:[ \t]+[A-ZÀ-Þ][^\s<>\[\]\"@,:;]*){0,3})"
)
_ADDRESS = r"[ \t]*(?:<[^<>\s]+@[^<>\s]+>|\[mailto:[^\]\s]+\])"
# "From: Name <mail>" at a line's start; the name may be quoted ("From: \"Name\" <…>").
_HEADER_RE = LazyPattern(
    r"(?m:^)[ \t>]*(?:" + _LABELS + r")[ \t]*:[ \t]*\"?" + _NAME + r"\"?" + _ADDRESS
)
# blind56p: a pasted header block with no address on the sender's line ("보낸사람: 봉채윤",
# then "받는사람: …", "제목: …"; "From: NAME" then "Sent: …", "Subject: …"): the name alone
# fills its line, and another header line of the same mail stands next to it.
_BARE_HEADER_RE = LazyPattern(
    r"(?m:^)[ \t>]*(?:" + _LABELS + r")[ \t]*:[ \t]*\"?" + _NAME + r"\"?[ \t]*(?m:$)"
)
_OTHER_HEADER_RE = LazyPattern(
    r"(?m:^)[ \t>]*(?:(?i:subject|sent|date|to|cc|from)|제목|보낸[ \t]?날짜|받은[ \t]?날짜|날짜|"
    r"보낸[ \t]?사람|받는[ \t]?사람|참조)[ \t]*:"
)
_PERSON_LABEL_KEYS = ("from", "보낸", "받는", "발신", "수신", "sender", "참조")


def _bare_header_names(text: str) -> Iterator[Hit]:
    """A header line's display name with no address, inside a block of header lines."""
    headers = [m.start() for m in _OTHER_HEADER_RE.finditer(text)]
    if len(headers) < 2:
        return
    for m in _BARE_HEADER_RE.finditer(text):
        name = m.group("name")
        if not any(key in m.group(0).lower() for key in _PERSON_LABEL_KEYS):
            continue
        # A Korean display name must read as a name on its own ("구매팀", "고객센터" do not);
        # a Latin one needs a given name and a family name.
        if "가" <= name[0] <= "힣":
            if not plausible_korean_name(name, strong=False):
                continue
        elif " " not in name.strip() or not person_shaped(name):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


# "On <date>, Name <mail> wrote:" / "On <date> Name wrote:" (the address may be missing).
_WROTE_RE = LazyPattern(
    r"(?m:^)[ \t>]*On[ \t]+[^\n]{3,60}?,[ \t]*" + _NAME + r"(?:" + _ADDRESS + r")?[ \t]*wrote:"
)
# "…오후 4:18, 류하엘 <…>님이 작성:"
_WROTE_KO_RE = LazyPattern(
    r"(?:^|[ \t,])(?P<name>[가-힣]{2,4}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
    + _ADDRESS
    + r"[ \t]*님이[ \t]*작성"
)


def detect_mail_header_names(text: str) -> Iterator[Hit]:
    """Display names in mail headers and quote lines (see the module)."""
    patterns = []
    if "@" in text and ":" in text:
        patterns.append(_HEADER_RE)
    if "wrote:" in text:
        patterns.append(_WROTE_RE)
    if "님이" in text and "@" in text:
        patterns.append(_WROTE_KO_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if person_shaped(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if ":" in text and "\n" in text:
        yield from _bare_header_names(text)
