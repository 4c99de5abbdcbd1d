"""Public-text checks of redteam48, where a plate, an address or a name rule held text that
names no one.

- A plate written as a format's example: its digits one straight ascending run (``12가 3456``,
  ``123가 4567``), as a phone's example is 010-1234-5678, in a writer-free text that speaks
  of a format or an example (like, such as, example, format, guide, 예시, 처럼, 같은, 형식).
  ``제 차 123로 4567`` and a form's ``차량번호 12가 3456`` stay personal.
- An address inside a story: the sentence places it "in the books / the novel / the film /
  the series …" (or 소설에서, 영화에서, 드라마에서, 책에서) and says nothing of its writer
  (``in the books, Paddington Bear lives with the Browns at 32 Windsor Gardens``). ``in the
  film they shot outside my flat at …`` keeps its address.
- A company's early, numbered employee asked about: a writer-free question whose name is
  followed by "was <Company> employee #1" / "employee number one" / "<Company>'s first
  employee" (``is it true Steve Wozniak was Apple employee #1``). A company's founding staff
  are its published history; a colleague asked about in those words is named with "our".
"""

from __future__ import annotations

import itertools

from core.lazy_regex import LazyPattern

__all__ = [
    "asks_about_a_companys_early_employee",
    "is_a_straight_run_plate",
    "is_an_address_inside_a_story",
]

_WRITER = LazyPattern(
    r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b|우리|저희|"
    r"(?<![가-힣])제[ \t]|(?<![가-힣])내[ \t]"
)
_EXAMPLE_WORDS = LazyPattern(
    r"(?i:\b(?:like|such[ \t]+as|e\.g\.|example|format|sample|guide|specimen)\b)|"
    r"예시|예를|처럼|같은|형식"
)
_SENTENCE_END = LazyPattern(r"[.!?。\n](?=[ \t\n]|$)")
_STORY = LazyPattern(
    r"(?i:\bin[ \t]+the[ \t]+(?:[A-Z][\w'’]*[ \t]+){0,3}(?:books?|novels?|films?|movies?|series|"
    r"show|stories|story|comics?|sitcom|cartoons?|play)\b)|(?:소설|영화|드라마|책|만화|동화)(?:에서|에선|속)"
)
_EARLY_EMPLOYEE = LazyPattern(
    r"\A[ \t]*(?:was|were|is|became)[ \t]+(?:(?:[A-Z][\w&.'’-]*)[ \t]+){1,3}"
    r"(?:employee|staffer|hire)[ \t]*(?:#|no\.?[ \t]*|number[ \t]+)"
    r"(?:[0-9]{1,2}|one|two|three|zero)\b"
    r"|\A[ \t]*(?:was|were|is|became)[ \t]+(?:[A-Z][\w&.-]*)(?:'s|’s)[ \t]+(?:first|second|third)"
    r"[ \t]+(?:employee|hire)"
)


def is_a_straight_run_plate(text: str, plate: str) -> bool:
    """Whether a Korean plate's digits run straight up by one (``12가 3456``) in a writer-free
    text about a format or an example (see the module)."""
    digits = [int(ch) for ch in plate if ch.isascii() and ch.isdigit()]
    straight = len(digits) >= 6 and all(b - a == 1 for a, b in itertools.pairwise(digits))
    return straight and _WRITER.search(text) is None and _EXAMPLE_WORDS.search(text) is not None


def _sentence(text: str, start: int, end: int) -> str:
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    hi = _SENTENCE_END.search(text, end)
    return text[lo : hi.end() if hi is not None else len(text)]


def is_an_address_inside_a_story(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` is placed in a story, writer-free."""
    sentence = _sentence(text, start, end)
    return _STORY.search(sentence) is not None and _WRITER.search(sentence) is None


def asks_about_a_companys_early_employee(text: str, start: int, end: int) -> bool:
    """Whether a writer-free question asks about the named person as a company's numbered
    early employee (see the module)."""
    if "?" not in text or _WRITER.search(text) is not None:
        return False
    return _EARLY_EMPLOYEE.search(text[end : end + 80]) is not None
