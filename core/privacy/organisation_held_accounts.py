"""An account whose stated holder is an organisation: ``농협 301-0179-4531-31 예금주
사회복지공동모금회``, ``(예금주: (주)한빛상사)``, ``account holder: Hanbit Foundation`` (redteam44).

A bank account is personal data because it leads to its holder. A charity's donation account,
a company's payment account or a school's fee account is printed on posters, invoices and
broadcasts for anyone to pay into: it names no person. The holder is read where notices put
it, right after the number (``예금주 …``, ``예금주: …``, ``account holder …``), and counts as an
organisation by how Korean and English organisation names end (``…회``, ``…재단``, ``…공단``,
``(주)…``, ``… Foundation``, ``… Ltd``). A person's name there, or no holder at all, leaves the
account personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["held_by_an_organisation"]

_HOLDER_RE = LazyPattern(
    r"[ \t,)]*[(]?[ \t]*(?:예금주(?:명)?|(?i:account[ \t]+(?:holder|name)|holder|payee))"
    r"[ \t]*[:：]?[ \t]*(?P<holder>[^\n'\"’”)]{2,40})"
)
_ORG_KO = LazyPattern(
    r"^(?:\(주\)|㈜|주식회사|재단법인|사단법인|학교법인|의료법인|\(재\)|\(사\))"
    r"|(?:모금회|위원회|협회|재단|공단|공사|법인|조합|연맹|본부|센터|학교|병원|교회|시청|구청|"
    r"군청|도청|\(주\)|㈜|주식회사|은행|적십자사|회사|신문사|출판사|방송사)(?![가-힣])"
)
_ORG_EN = LazyPattern(
    r"(?i)\b(?:foundation|trust|charity|association|society|council|ltd|limited|inc|llc|"
    r"corp(?:oration)?|plc|gmbh|university|school|hospital|church)\b"
)


def held_by_an_organisation(text: str, end: int) -> bool:
    """Whether the account ending at ``end`` is followed by a holder that is an organisation."""
    m = _HOLDER_RE.match(text, end)
    if m is None:
        return False
    holder = m.group("holder").strip()
    # The holder's first words: "사회복지공동모금회 라고 나왔는데" holds the name, then prose.
    first = holder.split()[0] if holder.split() else ""
    return _ORG_KO.search(first) is not None or _ORG_EN.search(holder) is not None
