"""How people actually write personal data: number words, look-alikes, spelled e-mails, names.

Generated variants for the corpus (issue 10, part 1): phone numbers, RRNs and
cards in Korean number words (``공일공 일이삼사``, ``하나둘셋``), mixed with digits,
with O/l look-alikes, spaced digit by digit or with ``다시`` for the dash;
e-mails written ``name @ naver.com`` or ``name at naver dot com``; names in
self-introductions, next to a title, and as bare English full names. Also the
look-alike decoys that must stay clean (number syllables in ordinary Korean,
capitalised phrases that are not people) and identifiers split over turns.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.privacy_corpus import values as cv

_SINO = "공일이삼사오육칠팔구"
_NATIVE = ("공", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_ENGLISH = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _word(rng: random.Random, digit: str, style: str) -> str:
    d = int(digit)
    if style == "ko_words":
        return "영" if d == 0 and rng.random() < 0.3 else _SINO[d]
    if style == "native_words":
        return _NATIVE[d]
    if style == "mixed_words":
        return _SINO[d] if rng.random() < 0.5 else digit
    return digit


def _lookalike(rng: random.Random, groups: list[str]) -> list[str]:
    """Swap at least one 0 or 1 for O/o or l/I (a group is re-drawn until one exists)."""
    swaps = {"0": "Oo", "1": "lI"}
    out = [
        "".join(rng.choice(swaps[c]) if c in swaps and rng.random() < 0.5 else c for c in g)
        for g in groups
    ]
    if out == groups:
        for i, g in enumerate(groups):
            for j, c in enumerate(g):
                if c in swaps:
                    out[i] = g[:j] + swaps[c][0] + g[j + 1 :]
                    return out
    return out


def spoken_number(rng: random.Random, groups: list[str], style: str) -> str:
    """``groups`` written in one of the spoken or disguised styles.

    Args:
        rng: The corpus random source.
        groups: Digit groups of a valid identifier (["010", "1234", "5678"]).
        style: ``ko_words``, ``native_words``, ``mixed_words``, ``lookalike``,
            ``spaced_digits`` or ``dash_word``.
    """
    if style == "lookalike":
        return rng.choice(["-", " "]).join(_lookalike(rng, groups))
    if style == "spaced_digits":
        return rng.choice([" - ", "  ", " "]).join(" ".join(g) for g in groups)
    if style == "dash_word":
        words = ["".join(_word(rng, c, "ko_words") for c in g) for g in groups]
        return f" {rng.choice(['다시', '대시'])} ".join(words)
    sep = "" if style == "native_words" else " "
    return " ".join(sep.join(_word(rng, c, style) for c in g) for g in groups)


def plain_digits(value: str) -> str:
    """The ASCII digits a spoken or disguised number stands for (the generator's inverse).

    Independent of the detector's own fold, so tests can check that the
    planted values are valid ids without trusting the code under test.
    """
    words = {w: str(d) for d, w in enumerate(_ENGLISH)}
    words |= {w: str(d) for d, w in enumerate(_NATIVE)}
    words |= {w: str(d) for d, w in enumerate(_SINO)}
    words |= {"영": "0", "O": "0", "o": "0", "l": "1", "I": "1"}
    out: list[str] = []
    i = 0
    while i < len(value):
        for size in (5, 4, 3, 2, 1):
            chunk = value[i : i + size]
            if chunk in words:
                out.append(words[chunk])
                i += size
                break
        else:
            ch = value[i]
            if "０" <= ch <= "９":
                out.append(chr(ord(ch) - 0xFEE0))
            elif ch.isdigit():
                out.append(ch)
            i += 1
    return "".join(out)


def english_words(groups: list[str]) -> str:
    """Digits as English words, groups joined by ``dash`` (``five five five dash ...``)."""
    return " dash ".join(" ".join(_ENGLISH[int(c)] for c in g) for g in groups)


def spelled_email(rng: random.Random, style: str) -> str:
    """An e-mail address written with spaces or with ``at``/``dot`` spelled out."""
    local, domain = cv.email(rng).split("@")
    if style == "spaced_at":
        return f"{local} {rng.choice(['@', '＠'])} {domain}"
    at, dot = rng.choice(
        [(" at ", " dot "), (" (at) ", " (dot) "), (" [at] ", " [dot] "), (" 골뱅이 ", " 닷 ")]
    )
    return local + at + domain.replace(".", dot)


KO_INTRO_TEMPLATES = (
    "제 이름은 {v}입니다.",
    "안녕하세요, 저는 {v}인데요, 예약 문의드려요",
    "{v}라고 합니다. 잘 부탁드립니다",
    "제 이름은 {v}이고 서울에 살아요",
    "저는 {v}입니다",
)
KO_MENTION_TEMPLATES = (
    "{v} 과장님께 전달해 주세요",
    "{v}씨 오늘 오셨나요?",
    "어제 {v}님이 전화하셨어요",
    "{v} 부장님 회의 있으세요",
)
EN_INTRO_TEMPLATES = (
    "My name is {v}.",
    "Hi, I'm {v} from accounting.",
    "my name is {v} and I need help",
    "This is {v}, calling about my order.",
)
EN_RUNNING_TEMPLATES = (
    "{v} will call you tomorrow.",
    "Please forward this to {v} before noon.",
    "I had lunch with {v} yesterday",
    "Can you ask {v} about the invoice?",
)


@dataclass(frozen=True, slots=True)
class SplitSample:
    """An identifier typed over several user turns.

    Attributes:
        turns: The user's messages, in order.
        type: What the joined turns carry.
    """

    turns: tuple[str, ...]
    type: str


def _split_rrn(rng: random.Random) -> SplitSample:
    front, back = cv.rrn(rng)
    return SplitSample((f"주민번호 {front}-", f"{back} 입니다"), "kr_rrn")


def _split_phone(rng: random.Random) -> SplitSample:
    groups = cv.kr_phone(rng)
    if rng.random() < 0.5:
        return SplitSample(("제 번호는", *groups[:2], f"{groups[2]} 이에요"), "phone")
    words = [spoken_number(rng, [g], "ko_words") for g in groups]
    return SplitSample((f"연락처 {words[0]}", words[1], words[2]), "phone")


def _split_card(rng: random.Random) -> SplitSample:
    groups = cv.card(rng)
    mid = len(groups) // 2
    return SplitSample((f"card number {' '.join(groups[:mid])}", " ".join(groups[mid:])), "card")


_SPLITTERS: tuple[Callable[[random.Random], SplitSample], ...] = (
    _split_rrn,
    _split_phone,
    _split_card,
)


def generate_split_turns(n: int, seed: int) -> list[SplitSample]:
    """``n`` identifiers each typed over two to four turns (deterministic per seed)."""
    rng = random.Random(seed)
    return [rng.choice(_SPLITTERS)(rng) for _ in range(n)]


# Ordinary text that resembles the new forms and must not be reported.
KO_LOOKALIKE_DECOYS: tuple[str, ...] = (
    "일이삼 순서대로 진행해 주세요",
    "이사 일정은 오늘 오후 사 시예요",
    "오이 사이사이에 양념을 넣어요",
    "하나 둘 셋 하면 시작합니다",
    "저는 학생입니다",
    "저는 회사원인데요, 주차 되나요?",
    "제 이름은 안 알려드릴게요",
    "이번 일은 사장님께 말씀드렸어요",
    "구급차는 일일구로 부르세요",
    "삼일절 휴무 안내",
    "과장님께 전달해 주세요",
    "오늘 일이 많아서 내일 다시 연락드릴게요",
    "이메일 주소는 홈페이지에 있어요",
    "하나은행 지점 위치가 어디예요?",
)
EN_LOOKALIKE_DECOYS: tuple[str, ...] = (
    "I live in New York and study Machine Learning",
    "Visitor Information is on the ground floor",
    "The Summer Sale starts at Long Beach",
    "I'm Korean and I'm happy to help",
    "This is Customer Service, how can I help?",
    "Meet me at the Rose Garden entrance",
    "Our Data Science team uses Google Cloud",
    "Read the docs online at www.example.org",
    "The Visitor Center is near Virginia Beach",
    "Press one two three to continue",
    "Call me when you are at home",
    "My name is on the list",
    "Email us at the address on the Contact page",
    "Hello World, version 10.1",
)


def evaluate_split_turns(
    samples: list[SplitSample],
    scanner: Callable[[list[str]], list[list[Any]]],
) -> dict[str, Any]:
    """Recall per type of ``scanner`` (e.g. ``scan_recent_turns``) on split identifiers.

    A sample counts as found when any turn has a finding of its type.

    Args:
        samples: From :func:`generate_split_turns`.
        scanner: Takes the turns, returns one list of findings per turn.

    Returns:
        ``{"n", "recall": {type: r}, "support": {type: n}}``.
    """
    found: dict[str, int] = {}
    support: dict[str, int] = {}
    for sample in samples:
        per_turn = scanner(list(sample.turns))
        ok = any(f.type == sample.type for turn in per_turn for f in turn)
        support[sample.type] = support.get(sample.type, 0) + 1
        found[sample.type] = found.get(sample.type, 0) + int(ok)
    return {
        "n": len(samples),
        "recall": {t: round(found[t] / support[t], 4) for t in sorted(support)},
        "support": dict(sorted(support.items())),
    }


def lookalike_decoy(rng: random.Random, lang: str) -> str:
    """One or two look-alike decoy sentences of ``lang`` joined (must not be flagged)."""
    pool = KO_LOOKALIKE_DECOYS if lang == "ko" else EN_LOOKALIKE_DECOYS
    return ", ".join(rng.sample(pool, rng.randint(1, 2)))
