"""An address in a call quoted from a project's documentation (redteam42): ``the Django docs
do User.objects.create_user('john', 'lennon@thebeatles.com', 'johnpassword')``.

Documentation fills its examples with made-up or famous people's addresses; a reader who
quotes the example to ask about the API shares nobody's mailbox. Three things together say
the address is the documentation's: it is a quoted argument of a call written in the text,
the text names documentation (``docs``, ``documentation``, ``README``, ``tutorial``,
``manual``, ``공식 문서``, ``예제``…), and the text says nothing of the writer (``my``,
``our``, ``I``, ``우리``, ``제``): ``the docs use lennon@… but my account is …`` is the
writer's own, and so is any address outside a call. The same test of the text
(:func:`cites_docs_not_the_writer`) lets a manual's one-word example password pass
(:mod:`core.privacy.command_secret_args`).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["cites_docs_not_the_writer", "is_documented_call_mailbox", "writer_says_own"]

_CALL_RE = LazyPattern(r"\b[A-Za-z_][\w.]*\((?:[^()\n]|\([^()\n]*\)){0,300}\)")
_DOCS_RE = LazyPattern(
    r"(?i)(?<![a-z])(?:docs|documentation|readme|tutorial|manual|man[ \t]?page|quickstart|guide|"
    r"example)s?(?![a-z])|공식[ \t]?문서|예제|예시|튜토리얼|매뉴얼|설명서"
)
_WRITER_RE = LazyPattern(
    r"(?i:\b(?:my|our|mine|ours|we|me)\b)|\bI\b|"
    r"(?<![가-힣])(?:내|제|우리|저희)(?:[ \t]|가|의|꺼|거)"
)


def writer_says_own(text: str) -> bool:
    """Whether ``text`` speaks of the writer (``my``, ``our``, ``I``, ``내``, ``우리``…)."""
    return _WRITER_RE.search(text) is not None


def cites_docs_not_the_writer(text: str) -> bool:
    """Whether ``text`` names documentation and says nothing of the writer's own."""
    return _DOCS_RE.search(text) is not None and not writer_says_own(text)


def is_documented_call_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the address ``text[start:end]`` is a documentation example's (see the module)."""
    if not cites_docs_not_the_writer(text):
        return False
    quoted = start > 0 and end < len(text) and text[start - 1] in "'\"" and text[end] in "'\""
    if not quoted:
        return False
    return any(c.start() < start and end < c.end() for c in _CALL_RE.finditer(text))
