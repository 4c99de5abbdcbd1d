"""A famous line quoted to ask where it comes from: ``'Hello. My name is Inigo Montoya. You
killed my father. Prepare to die.' - which film is that from?`` (redteam40).

A self-introduction inside quotation marks is usually someone's own words being checked
(``how natural is 'My name is …'?``), so the intro rules read it. When the text around the
quotation asks for the line's source (``which film/book/song … is that from``, ``who said
that``, ``where is this quote from``; ``무슨 영화 대사``, ``어느 작품``, ``누가 한 말``; blind53p:
the line's place in a work, ``the first line of Moby-Dick``, ``대사가 처음 나온 … 영화``), the
name belongs to a character or a speaker of a published line, not to the writer. The text
outside the quotation must ask it; a question inside the quote proves nothing.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["quotes_a_line_and_asks_its_source"]

_QUOTE_RE = LazyPattern(
    r"(?:(?<=^)|(?<=[\s:(]))(?P<open>['\"“‘])(?P<body>[^\n]{6,400}?)(?P<close>['\"”’])"
    r"(?=[\s,.;:!?)\-–—]|$)"
)
_SOURCE_QUESTION_RE = LazyPattern(
    r"(?i:\b(?:which|what)[ \t]+(?:film|movie|book|novel|song|show|series|play|episode|game|"
    r"anime|musical|scene|speech)\b[^.?!\n]{0,30}\bfrom\b|\bwho[ \t]+(?:said|says|wrote)[ \t]+"
    r"(?:that|this|it)\b|\bwhere[ \t]+(?:is|does)[ \t]+(?:that|this)[ \t]+(?:line|quote)\b|"
    r"\b(?:line|quote)[ \t]+(?:is[ \t]+)?from[ \t]+(?:which|what)\b|"
    # blind53p: the line's place in a work ("is 'Call me Ishmael' really the first line of
    # Moby-Dick?", "in which film was it first said?").
    r"\bin[ \t]+(?:which|what)[ \t]+(?:film|movie|book|novel|episode|scene)\b)"
    # A work's title (capitalised) or a work's word after "of/in": "the first line of my cover
    # letter" is the writer's own line.
    r"|\b(?i:first|opening|last|closing|final)[ \t]+(?i:line|lines|words|sentence)[ \t]+(?:of|in)"
    r"[ \t]+(?:[A-Z]|the[ \t]+(?:novel|book|film|movie|song|poem|play|series|show)\b)"
    r"|(?:무슨|어느|어떤)[ \t]*(?:영화|드라마|책|소설|노래|작품|애니)|누가[ \t]*(?:한|했던)[ \t]*말"
    # blind53p: "'…' 대사가 처음 나온 007 영화가 뭐야?".
    r"|대사[가는이]?[ \t]*(?:처음|맨[ \t]?처음|최초로)?[ \t]*(?:나온|나오는|등장한|등장하는)"
    r"[^.?!\n]{0,12}(?:영화|드라마|작품|소설|책|편)"
)


def quotes_a_line_and_asks_its_source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a quotation whose source the text asks for."""
    for m in _QUOTE_RE.finditer(text):
        if m.start("body") <= start and end <= m.end("body"):
            outside = text[: m.start()] + " " + text[m.end() :]
            return _SOURCE_QUESTION_RE.search(outside) is not None
    return False
