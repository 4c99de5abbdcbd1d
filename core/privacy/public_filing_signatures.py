"""A name signed on a public company's filing (redteam43): ``Apple's 10-K ends with '/s/
Timothy D. Cook, Chief Executive Officer'``.

Securities filings (a 10-K, 10-Q, 8-K, 20-F, S-1, a proxy statement, an annual report, a
Korean 사업보고서) are published on EDGAR or DART, and their signature blocks name the
officers who signed them: a reader quoting one shares what anyone can download. A text that
names such a filing and says nothing of the writer's own (``my``, ``our``, ``I``, ``내``,
``우리``…) quotes a public record; ``I signed our 10-K as /s/ …`` or a lease addendum signed
``/s/ …`` stays personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.documented_call_mailboxes import writer_says_own

__all__ = ["quotes_a_public_filing"]

_FILING_RE = LazyPattern(
    r"(?i)(?<![a-z0-9-])(?:10-?[KQ]|8-K|20-F|S-1|DEF[ \t]?14A|proxy[ \t]+statement|"
    r"annual[ \t]+report|SEC[ \t]+filing|EDGAR)(?![a-z0-9])|사업[ \t]?보고서|DART|전자공시"
)


def quotes_a_public_filing(text: str) -> bool:
    """Whether ``text`` names a public company filing and says nothing of the writer's own."""
    return _FILING_RE.search(text) is not None and not writer_says_own(text)
