"""The one source of everyday word groups: ``tools/rag/vocabulary.tsv``, read by section.

Same-meaning words used to live in three places (the document bridge's synonym
groups, the FAQ reading's everyday words, the everyday vocabulary file); one file
now holds them, and each reader takes the sections it was calibrated on:

- ``[shared]``: synonyms both the documents' term bridge and the FAQ matcher read
  (지참 for 가져가, 복용 for 먹);
- ``[faq]``: words the FAQ reading also treats as one (점심때 is 점심시간, the 비 of
  주차비 is its 요금): readings of an entry's short wordings, too loose for
  sentences of a document;
- ``[documents]``: synonyms only the documents' term bridge reads, always: the FAQ
  matcher's rules were calibrated without them (병원 read as 의원 made its clinic
  entries look generic and cost it recall);
- ``[everyday]``: the everyday service vocabulary (공짜/무료, billing, housing,
  school, transport), which the documents' bridge reads when switched on
  (:func:`tools.rag.crosslingual.use_everyday_vocabulary`);
- ``[kinds]``: a category's words, a tab, the words of its kinds (맥주 and beer are kinds of
  술 and alcohol), read one way by the documents' bridge
  (:mod:`tools.rag.kind_categories`);
- ``[instruments]``: a verb, a tab, the things it is the using of (drive: car), read one
  way by :mod:`tools.rag.instrument_verbs`;
- ``[acts]``: an everyday verb, a tab, the noun a section heading names its act with (내:
  결제), read only by :mod:`tools.rag.trailing_context`.

A line is Korean words, a tab, English words (either side may be empty). This
module imports nothing from :mod:`tools.rag` (whose package import is slow), so the
FAQ reads it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

VOCABULARY_FILE = Path(__file__).with_name("rag") / "vocabulary.tsv"

Section = Literal["shared", "faq", "documents", "everyday", "kinds", "instruments", "acts"]
SECTIONS: tuple[Section, ...] = (
    "shared",
    "faq",
    "documents",
    "everyday",
    "kinds",
    "instruments",
    "acts",
)


@dataclass(frozen=True, slots=True)
class WordLine:
    """One concept: its Korean words (synonyms) and its English words."""

    korean: tuple[str, ...]
    english: tuple[str, ...]

    @property
    def words(self) -> frozenset[str]:
        """Every word of the line, in both languages (how the FAQ reads a group)."""
        return frozenset((*self.korean, *self.english))


@cache
def _sections() -> dict[str, tuple[WordLine, ...]]:
    sections: dict[str, list[WordLine]] = {name: [] for name in SECTIONS}
    current: list[WordLine] | None = None
    for raw in VOCABULARY_FILE.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("[") and raw.rstrip().endswith("]"):
            name = raw.strip()[1:-1]
            if name not in sections:
                raise ValueError(f"{VOCABULARY_FILE.name}: unknown section [{name}]")
            current = sections[name]
            continue
        if current is None:
            raise ValueError(f"{VOCABULARY_FILE.name}: a line before any [section]: {raw!r}")
        korean, _, english = raw.partition("\t")
        current.append(
            WordLine(
                tuple(w.strip() for w in korean.split(",") if w.strip()),
                tuple(w.strip() for w in english.split(",") if w.strip()),
            )
        )
    return {name: tuple(lines) for name, lines in sections.items()}


def word_lines(section: Section) -> tuple[WordLine, ...]:
    """The lines of one section of :data:`VOCABULARY_FILE`, in file order."""
    return _sections()[section]
