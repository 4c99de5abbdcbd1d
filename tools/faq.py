"""Curated FAQ answers matched exactly, after light normalization, or as a paraphrase.

This is the cheapest track of all: no model, no embedding, first a dictionary
lookup on a normalized key. Normalization folds width, case, punctuation,
spacing and the Korean endings that change politeness but not meaning
("되나요?" / "되나" / "돼요"), so near-identical phrasings still hit. A
question worded differently ("차 가져가도 주차 되나요?") is matched on its
content words by :mod:`tools.faq_match`, which never answers a related but
different question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import ConfigError
from core.lazy_regex import LazyPattern
from tools.faq_chat_ko_54f import spell_out_korean_chat
from tools.faq_chat_tails_55t import without_chat_tails
from tools.faq_match import ParaphraseMatcher
from tools.faq_openers import answer_for_question

__all__ = ["DEFAULT_FAQ_PATH", "FaqBook", "FaqEntry", "FaqHit", "normalize_question"]

DEFAULT_FAQ_PATH = Path(__file__).resolve().parent.parent / "data" / "faq.yaml"

# Longest first so "알려주세요" is removed before "요". Chat ends a question on "임"
# ("뭐임", "뭐하는거임"): the written "이다", an ending like "이야".
_ENDINGS = (
    "알려주시겠어요", "알려주세요", "알려줄래요", "알려줄래", "알려줘요", "알려줘", "가르쳐줘",
    "말해줘", "주세요", "해줘요", "해줘", "할까요", "인가요", "입니까",
    "습니까", "이에요", "예요", "에요", "이야", "인가", "나요", "거임", "임",
    "가요", "까요", "은요", "는요", "요", "니", "냐",
    "나", "야", "까", "please",
)  # fmt: skip
_PARTICLES = ("은", "는", "이", "가", "을", "를", "도")
# "so", "ok", "um" …: chat openers before a question (set 46).
_LEADING = (
    "혹시", "저기요", "저기", "그런데", "근데", "안녕하세요", "hi", "hello", "hey",
    "so", "ok", "okay", "um", "umm", "그래서", "그니까",
)  # fmt: skip


def normalize_question(text: str) -> str:
    """Fold a question to its lookup key (NFKC, casefold, no punctuation/spacing/endings)."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in s)
    tokens = s.split()
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    # Topic/subject/object particles vary freely ("시간이"/"시간은"); drop them on longer words.
    tokens = [t[:-1] if len(t) >= 3 and t.endswith(_PARTICLES) else t for t in tokens]
    s = "".join(tokens)
    changed = True
    while changed and s:
        changed = False
        for ending in _ENDINGS:
            if s.endswith(ending) and len(s) > len(ending) + 1:
                s = s[: -len(ending)]
                changed = True
                break
    return re.sub(r"\s+", "", s)


class FaqEntry(BaseModel):
    """One curated question and its answer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    question: str
    answer: str
    variants: tuple[str, ...] = ()
    lang: Literal["ko", "en"] = "ko"
    tags: tuple[str, ...] = Field(default_factory=tuple)
    # The document the entry summarises (a path as ingested) and its section: the
    # answer cites it, so a curated answer still points at the document that says it.
    source: str | None = None
    section: str = ""


@dataclass(frozen=True)
class FaqHit:
    """A matched FAQ entry and how it matched."""

    entry: FaqEntry
    match: Literal["exact", "normalized", "paraphrase"]
    matched_text: str
    # The text served: the entry's answer, without its "Yes."/"No." opener for a
    # question asking where, when, how much or who (tools.faq_openers). Empty: as written.
    answer: str = ""

    def __post_init__(self) -> None:
        if not self.answer:
            object.__setattr__(self, "answer", self.entry.answer)

    @property
    def score(self) -> float:
        """1.0 for an exact match, 0.9 for a normalized one, 0.8 for a paraphrase."""
        return {"exact": 1.0, "normalized": 0.9, "paraphrase": 0.8}[self.match]


class FaqBook:
    """An in-memory FAQ with exact and normalized lookup."""

    def __init__(self, entries: list[FaqEntry]) -> None:
        self.entries: tuple[FaqEntry, ...] = tuple(entries)
        self._exact: dict[str, tuple[FaqEntry, str]] = {}
        self._normalized: dict[str, tuple[FaqEntry, str]] = {}
        seen: set[str] = set()
        for entry in entries:
            if entry.id in seen:
                raise ConfigError(f"FAQ id {entry.id!r} appears twice; ids must be unique")
            seen.add(entry.id)
            for q in (entry.question, *entry.variants):
                self._exact.setdefault(unicodedata.normalize("NFKC", q).strip(), (entry, q))
                key = normalize_question(q)
                if key:
                    self._normalized.setdefault(key, (entry, q))
        self._paraphrases = ParaphraseMatcher(self.entries)

    @classmethod
    def load(cls, path: Path | str = DEFAULT_FAQ_PATH) -> FaqBook:
        """Load a YAML list of {id, question, answer, variants?, lang, tags?}.

        Raises:
            ConfigError: When the file is missing or malformed.
        """
        p = Path(path)
        try:
            # libyaml's parser when the wheel has it: the pure-Python one took a
            # calculator ``ask`` ~30 ms to read the FAQ (same safe subset of YAML).
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            raw = yaml.load(p.read_text(encoding="utf-8"), Loader=loader)
        except OSError as exc:
            raise ConfigError(f"cannot read FAQ file {p}: {exc.strerror}; check the path") from exc
        except yaml.YAMLError as exc:
            raise ConfigError(f"FAQ file {p} is not valid YAML: {exc}") from exc
        if not isinstance(raw, list):
            raise ConfigError(f"FAQ file {p} must be a YAML list of entries")
        try:
            return cls([FaqEntry.model_validate(item) for item in raw])
        except ValidationError as exc:
            raise ConfigError(f"FAQ file {p} has an invalid entry: {exc}") from exc

    def lookup(self, text: str) -> FaqHit | None:
        """Return the entry whose question (or a variant) matches ``text``, else None.

        A matched entry whose answer opens with a bare yes or no, asked where, when,
        how much or who, is served without the opener when the rest states what is
        asked, and not at all when it does not (:mod:`tools.faq_openers`).
        """
        hit = self._match(text)
        if hit is None:
            return None
        served = answer_for_question(hit.entry.answer, text)
        if served is None:
            return None
        return FaqHit(hit.entry, hit.match, hit.matched_text, served)

    def _match(self, text: str) -> FaqHit | None:
        text = spell_out_chat(text)
        exact = self._exact.get(unicodedata.normalize("NFKC", text).strip())
        if exact:
            return FaqHit(exact[0], "exact", exact[1])
        key = normalize_question(text)
        found = self._normalized.get(key) if key else None
        if found:
            return FaqHit(found[0], "normalized", found[1])
        if not key or not _is_question(text, key):
            return None
        paraphrase = self._paraphrases.match(text)
        if paraphrase is None:
            return None
        index, why = paraphrase
        return FaqHit(self.entries[index], "paraphrase", why)


# Chat shorthand for the words the entries are written with ("do u guys close for
# lunch" is "do you close for lunch"); "guys" after "you" only addresses the staff.
_CHAT_WORDS = (
    (LazyPattern(r"\b(?:u|ya)(?:\s+guys|\s+all)?\b(?![.'’])", re.IGNORECASE), "you"),
    (LazyPattern(r"\byou\s+guys\b", re.IGNORECASE), "you"),
    (LazyPattern(r"\bur\b", re.IGNORECASE), "your"),
    (LazyPattern(r"\br\b(?![.'’])", re.IGNORECASE), "are"),
    (LazyPattern(r"\b(?:pls|plz)\b", re.IGNORECASE), "please"),
    # Question words spelt as they sound ("wat time do u close", "whats ur address"): the
    # question word is what makes the message a question an entry answers.
    (LazyPattern(r"\b(?:wat|wut|wht)s\b|\bwhats\b", re.IGNORECASE), "what is"),
    (LazyPattern(r"\b(?:wat|wut|wht)\b(?![.'’])", re.IGNORECASE), "what"),
    # Chat emoticons typed in jamo or signs ("어떡해요ㅠㅠ", "감사해요ㅎㅎ", "^^", ";;"):
    # a mood, no word of the question.
    (LazyPattern(r"[ㅠㅜㅋㅎ]+|\^\^+|;;+"), " "),
)


def spell_out_chat(text: str) -> str:
    """``text`` with chat shorthand written out (u, ur, r, pls, wat, you guys), emoticons
    left out."""
    for pattern, word in _CHAT_WORDS:
        text = pattern.sub(word, text)
    text = without_chat_tails(text)  # "… anyway", "점심때" (set 47)
    return spell_out_korean_chat(text)  # "어캄", 스위치야드 (faq_chat_ko_54f)


_EN_QUESTION_START = LazyPattern(
    r"^\W*(?:who|what|when|where|why|how|which|can|could|do|does|is|are|will|would|should|may)\b",
    re.IGNORECASE,
)


def _is_question(text: str, key: str) -> bool:
    """Whether ``text`` asks something (a bare keyword like "주차" is not an FAQ question)."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return "?" in text or key != folded or _EN_QUESTION_START.search(text) is not None
