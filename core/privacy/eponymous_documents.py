"""The signatory of a document named after them: ``The Balfour Declaration ends 'Yours
sincerely, Arthur James Balfour' - who was the letter addressed to?`` (redteam37).

Historic letters, treaties and doctrines carry their author's family name (the Balfour
Declaration, the Monroe Doctrine, the Marshall Plan, the Zimmermann Telegram, the Beveridge
Report). A question quoting one names the author in full, and the pair rule reads a given
name and a family name with nothing saying who the person is to the writer. When the
pair's family name is the first word of such a document's title elsewhere in the text
(``<Family> Declaration/Doctrine/Plan/Report/Treaty/Telegram/Memorandum/Manifesto/Act/
Accords``), and the text says nothing of the writer (``my``, ``our``, ``I``), the person is
that public document's author. ``my landlord Tom Hartley sent the Hartley Report`` keeps
its name: the writer is in it.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.named_work_titles import WRITER

__all__ = ["signs_an_eponymous_document"]

_DOCUMENT_RE = LazyPattern(
    r"(?P<family>[A-Z][a-z]+)[ \t]+(?:Declaration|Doctrine|Plan|Report|Treaty|Telegram|"
    r"Memorandum|Manifesto|Act|Accords?|Proclamation|Letter|Note|Line|Agreement)(?![a-z])"
)


def signs_an_eponymous_document(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the author of a document the writer-free
    text names after that author's family name."""
    if WRITER.search(text) is not None:
        return False
    family = text[start:end].split()[-1]
    for m in _DOCUMENT_RE.finditer(text):
        # The title elsewhere, not the name itself running into one ("Ann Balfour Report").
        if m.group("family") == family and not start <= m.start() < end:
            return True
    return False
