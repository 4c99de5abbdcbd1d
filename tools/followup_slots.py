"""One general follow-up reader: typed slots of the previous request, one change of one kind.

The rules in ``tools/followups.py`` each know a phrasing; a follow-up in any other words
("애들 몫으로 두 박스 얹으면?", "lock it in for one more year?") fell through to a model.
This reader is tried after all of them. It reads the previous step texts into typed
figures (money by currency, percent, exchange rate, people, things by their counter,
hours, weeks, months, years, days, dates) and the follow-up into one change: a new
figure of a kind (replace), a number more or fewer (add, remove), an ordinal ("our
fourth flatmate": the count becomes 4) or a factor ("half as much"). It applies the
change only when exactly one figure of that kind is there to change, rewrites that
step with the new figure (same wording, so the same deterministic handler reads it)
and answers only when the chain runs. Any doubt returns ``None``: a decline or a model
hand-off is far better than a wrong figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.couples_en import couples_as_digits
from tools.followup_chain import run_chain
from tools.followup_each_count import count_of_each_item_unnamed
from tools.followup_level_reached import figure_is_level
from tools.followup_one_of_item import one_item_kind
from tools.followup_slot_kinds import (
    ADD_CUE,
    ADDABLE_KINDS,
    FRAME_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PARTITIVE,
    PEOPLE_NOUNS,
    PEOPLE_ROLES,
    REMOVE_CUE,
    SCALE_KIND_WORDS,
    SCALES,
    UNIT_KINDS,
    item_kind,
    word_set,
)
from tools.followup_slots_korean import (
    korean_chat_follow_up,
    korean_slot_follow_up,
    plain_korean,
)
from tools.korean_numbers import decimal_to_str, normalize_numerals

__all__ = ["Slot", "read_slots", "slot_follow_up"]

_NUM = r"\d+(?:\.\d+)?"
_DATE = LazyPattern(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_DOLLAR_SIGN = LazyPattern(rf"\$\s*(?P<num>{_NUM})")
_FIGURE = LazyPattern(
    rf"(?<![\d.])(?P<num>{_NUM})\s*"
    r"(?:(?:more|extra|additional)\s+|of\s+(?!us\b|them\b)(?:the\s+)?)?"
    r"(?P<unit>%|of\s+(?:us|them)|[가-힣]+|[A-Za-z]+)?",
    re.IGNORECASE,
)
_DIGIT_COMMAS = re.compile(r"(?<=\d),(?=\d{3})")
# Korean counters, longest first so "개월" is months before "개" is pieces.
_KOREAN_COUNTERS = sorted(
    [
        *(w for w in UNIT_KINDS if re.match("[가-힣]", w)),
        *(w for w in PEOPLE_NOUNS if re.match("[가-힣]", w)),
        *word_set("박스 상자 장 개 잔 병 권 인분 줄 판 봉지 캔 박 마리 그릇 켤레 세트 송이"),
    ],
    key=len,
    reverse=True,
)
# English words after a number that never count a thing ("3 times", "2 percent" is %).
_NOT_COUNTED = frozenset(
    [
        "times",
        "a",
        "an",
        "at",
        "and",
        "each",
        "per",
        "for",
        "in",
        "of",
        "or",
        "to",
        "the",
        "off",
        "is",
        "was",
    ]
)
# A rate's name before a won figure: "환율 1,385원" is an exchange rate, not an amount.
_FX_BEFORE = LazyPattern(r"(?:환율|exchange\s+rate|rate\s+of)\s*(?:은|이|는|을|)\s*$", re.I)
_WORD = LazyPattern(r"[A-Za-z']+|[가-힣]+")
_ENDINGS = word_set("은 는 이 가 을 를 에 로 으로 도 만 요 면 으면 이면 에서 까지 까지는 대 래 고")
_LETTER_NUMBER = LazyPattern(
    r"(?<![A-Za-z가-힣])(?P<w>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?=\s|가|이|를|은|는|명|$)",
    re.IGNORECASE,
)
# "another year", "an extra night": one more of that unit.
_ANOTHER_UNIT = LazyPattern(
    r"\b(?:another|an\s+extra)\s+(?!(?:"
    + "|".join(w for w in NUMBER_WORDS if w.isascii())
    + r")\b)(?=[A-Za-z])",
    re.I,
)


@dataclass(frozen=True)
class Slot:
    """One typed figure of a step: its kind, its value and where it stands."""

    step: int
    kind: str
    value: Decimal
    start: int
    end: int
    after: str  # the words after it ("까지", "개강까지"): a date's role


def _normal(text: str) -> str:
    # ("a couple of coffees" is "2 coffees", a count a later turn may change: set 36.)
    return couples_as_digits(normalize_numerals(_DIGIT_COMMAS.sub("", text)))


def _word_kind(word: str) -> str | None:
    """The kind a word names on its own: a counter alone or with a particle ("달은", "친구")."""
    kind = _kind_of(word)
    if kind is None or not re.match("[가-힣]", word):
        return kind
    for counter in _KOREAN_COUNTERS:
        if word.startswith(counter) and word[len(counter) :] in _ENDINGS | {""}:
            return kind
    return None


def _kind_of(unit: str | None) -> str | None:
    if not unit:
        return None
    word = " ".join(unit.lower().split())
    if word in PEOPLE_NOUNS:
        return "people"
    if word in UNIT_KINDS:
        return UNIT_KINDS[word]
    if re.match("[가-힣]", word):
        for counter in _KOREAN_COUNTERS:
            if word.startswith(counter):
                if counter in PEOPLE_NOUNS:
                    return "people"
                return UNIT_KINDS.get(counter) or item_kind(counter)
        return None
    if word in _NOT_COUNTED or not word.endswith("s"):
        return None
    return item_kind(word)


def _figures(text: str) -> list[tuple[str, Decimal, int, int, str]]:
    """Every typed figure of a normalised text: (kind, value, start, end, text after)."""
    found: list[tuple[str, Decimal, int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for date in _DATE.finditer(text):
        key = Decimal(int(date["m"]) * 100 + int(date["d"]))
        found.append(("date", key, date.start(), date.end(), text[date.end() : date.end() + 8]))
        taken.append(date.span())
    for sign in _DOLLAR_SIGN.finditer(text):
        found.append(("money:usd", Decimal(sign["num"]), sign.start("num"), sign.end("num"), ""))
        taken.append(sign.span())
    for figure in _FIGURE.finditer(text):
        if any(a <= figure.start() < b for a, b in taken):
            continue
        kind = _kind_of(figure["unit"])
        if kind == "money:krw" and _FX_BEFORE.search(text[: figure.start()]):
            kind = "fx"
        if kind is None:
            continue
        found.append((kind, Decimal(figure["num"]), figure.start("num"), figure.end("num"), ""))
    return found


def read_slots(steps: Sequence[str]) -> tuple[list[str], list[Slot]]:
    """The previous steps, normalised, and every typed figure they hold."""
    normal = [_normal(step) for step in steps]
    slots = [
        Slot(index, kind, value, start, end, after)
        for index, step in enumerate(normal)
        for kind, value, start, end, after in _figures(step)
    ]
    return normal, slots


# A person named by role, with 님, 들 and a particle ("부장님", "조카들", "팀원들").
_PEOPLE_ROLE_WORD = LazyPattern(
    r"^(?:" + "|".join(sorted(PEOPLE_ROLES, key=len, reverse=True)) + r")(?:님)?(?:들)?"
    r"(?:이|가|은|는|도|을|를|의|께서|꺼|거|몫|까지|포함)?$"
)


def _names_a_role(text: str) -> bool:
    """Whether a follow-up names a person by a role word known only as such."""
    return any(
        _PEOPLE_ROLE_WORD.match(word) and word.lower() not in FRAME_WORDS
        for word in _WORD.findall(text)
    )


def _known_word(word: str, previous: str) -> bool:
    """Whether a follow-up word frames a change or is already in the previous request."""
    lower = word.lower()
    if lower in FRAME_WORDS or lower in PEOPLE_NOUNS or _word_kind(lower) is not None:
        return True
    if _PEOPLE_ROLE_WORD.match(word):
        return True  # "부장님 거 한 잔 더": whose share, a closed class, never a new subject
    if re.match("[가-힣]", word):
        if word in _ENDINGS:
            return True  # a particle after a figure ("10%로")
        for frame in FRAME_WORDS:
            if word.startswith(frame) and (len(frame) >= 2 or word[len(frame) :] in _ENDINGS):
                return True
        return (word[:2] if len(word) > 1 else f" {word} ") in f" {previous} "
    stem = lower[:4] if len(lower) > 4 else lower
    return re.search(rf"\b{re.escape(stem)}", previous.lower()) is not None


def _say_number(text: str) -> str:
    """ "친구 하나가 더", "drop two of the tickets": the figure in digits."""
    text = _ANOTHER_UNIT.sub("another 1 ", text)
    return _LETTER_NUMBER.sub(lambda m: str(NUMBER_WORDS[m["w"].lower()]), text)


def _named_kind(text: str) -> str | None:
    """The one kind a follow-up's nouns name without a figure ("친구", "tickets")."""
    kinds = {
        kind
        for word in _WORD.findall(text)
        if (kind := _word_kind(word)) is not None and not kind.startswith(("money", "percent"))
    }
    return kinds.pop() if len(kinds) == 1 else None


def _fits(kind: str, wanted: str) -> bool:
    if wanted == "money":
        return kind.startswith("money:")
    if wanted == "count":
        return kind == "people" or kind.startswith("item:")
    if wanted == "addable":
        return kind.startswith(ADDABLE_KINDS)
    return kind == wanted


def _the_one(slots: Sequence[Slot], wanted: str) -> Slot | None:
    fitting = [slot for slot in slots if _fits(slot.kind, wanted)]
    if len(fitting) > 1 and wanted != "date":
        # "한 박스 18,000원인데 세 박스": the one box prices the unit; the count is the other.
        fitting = [slot for slot in fitting if slot.value != 1 or slot.kind.startswith("money")]
    return fitting[0] if len(fitting) == 1 else None


def _date_text(figure: re.Match[str]) -> str:
    year = f"{figure['y']}년 " if figure["y"] else ""
    return f"{year}{int(figure['m'])}월 {int(figure['d'])}일"


def _change(text: str, previous: str, slots: Sequence[Slot]) -> tuple[Slot, str, str] | None:
    """The slot to change, its new text and a line saying what changed; ``None`` if unsure."""
    words = _WORD.findall(_DATE.sub(" ", text))
    if PARTITIVE.search(text) or not all(_known_word(word, previous) for word in words):
        return None
    for ordinal, count in ORDINALS.items():
        if re.search(rf"(?<![A-Za-z가-힣]){ordinal}(?![A-Za-z])", text, re.I):
            slot = _the_one(slots, "people") if _named_kind(text) == "people" else None
            if slot is None or count <= slot.value:
                return None
            return slot, str(count), f"the {ordinal} one: {count} in all"
    for pattern, factor in SCALES:
        scaled = pattern.search(text)
        if scaled is None:
            continue
        said = re.search(r"\b(much|many)\b", scaled.group(0), re.I)
        wanted = SCALE_KIND_WORDS[said[1].lower()] if said else (_named_kind(text) or "money")
        slot = _the_one(slots, wanted)
        value = slot.value * Decimal(factor) if slot else None
        if slot is None or value is None or (wanted != "money" and value != int(value)):
            return None
        return slot, decimal_to_str(value), f"{decimal_to_str(slot.value)} × {factor}"
    dates = list(_DATE.finditer(text))
    plain = _DATE.sub(" ", _say_number(text))
    figures = [f for f in _FIGURE.finditer(plain) if not f["num"].startswith("0")]
    if len(dates) == 1 and not figures:
        particle = re.match(r"\s*[가-힣]*?(까지|부터)", text[dates[0].end() :])
        fitting = [s for s in slots if s.kind == "date"]
        if len(fitting) > 1 and particle is not None:
            fitting = [s for s in fitting if particle[1] in s.after]
        if len(fitting) != 1:
            return None
        return fitting[0], _date_text(dates[0]), f"the date made {_date_text(dates[0])}"
    if len(figures) != 1 or dates:
        return None
    figure = figures[0]
    # ("the one coffee" after "2 coffees": one of that item, said in the singular.)
    kind = _kind_of(figure["unit"]) or one_item_kind(
        figure["unit"], figure["num"], {s.kind for s in slots}
    )
    if kind == "money:krw" and _FX_BEFORE.search(plain[: figure.start()]):
        kind = "fx"
    added, removed = ADD_CUE.search(text) is not None, REMOVE_CUE.search(text) is not None
    if figure_is_level(plain, figure.start(), figure.end()):
        added = removed = False  # "250명으로 늘리래": to 250, not 250 more
    if added != removed:
        if kind is None and _named_kind(text) is None and _bare_counts(previous) > 1:
            # "add one" after "2 adult tickets … and 3 kids": which count grows is unsaid.
            return None
        wanted = kind or _named_kind(text) or "addable"
        slot = _the_one(slots, wanted)
        if slot is None and wanted.startswith("item:") and wanted[5:] in previous.lower():
            # "drop two of the tickets" where the tickets were priced each and counted
            # by the people: the one count there is.
            slot = _the_one(slots, "count")
        if slot is None or not _fits(slot.kind, "addable"):
            return None
        if count_of_each_item_unnamed(previous, slot.value, text, kind is not None):
            return None  # "하나 더" after "두 개씩" of two items: which one is unsaid
        step = Decimal(figure["num"]) * (1 if added else -1)
        if slot.value + step <= 0:
            return None
        sign = "+" if added else "−"
        return slot, decimal_to_str(slot.value + step), f"{sign}{figure['num']} ({slot.kind})"
    if added or removed or kind is None or _moved_by(text):
        return None
    slot = _the_one(slots, kind)
    if slot is None:
        return None
    if count_of_each_item_unnamed(previous, slot.value, text, False):
        # "우럭은 1마리만" after "광어 … 우럭 … 두 마리씩": a new count of each item unless
        # said so ("3마리씩"); naming one item does not make it that item's alone (set 28's
        # probe gave 63,000원, one of each).
        return None
    return slot, figure["num"], f"{decimal_to_str(slot.value)} → {figure['num']} ({kind})"


# A figure moved up or down without the level it reached ("rate went up 20 won", "5%
# 올랐대"): by how much, not to how much; replacing the rate by 20 gave 20,000원.
_DIRECTION = re.compile(
    r"\b(?:up|down|rose|fell|dropped|increased|decreased|by)\b|올라|올랐|오르|오른|내려|내렸|"
    r"내리|내린|떨어|인상|인하",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\bto\s+\S*\d|까지|\d\S*?(?:으로|로)(?![가-힣])|나왔|이면|면\b", re.IGNORECASE)


def _moved_by(text: str) -> bool:
    return _DIRECTION.search(text) is not None and _LEVEL.search(text) is None


# A figure with a money or rate mark next to it ("24 dollars", "$24", "15%", "1,350원").
_MARKED = re.compile(
    r"[$€£¥₩]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:%|percent|dollars?|euros?|"
    r"pounds?|won|yen|usd|krw|원|달러|엔|유로)",
    re.IGNORECASE,
)


def _bare_counts(previous: str) -> int:
    """How many figures of the previous request carry no money or rate mark."""
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", _MARKED.sub(" ", previous)))


def slot_follow_up(
    text: str, steps: Sequence[str], now: datetime | None = None
) -> tuple[list[str], str] | None:
    """The previous steps with one typed figure changed as the follow-up says, if they run.

    Args:
        text: The follow-up turn ("애들 몫으로 두 박스 얹으면?", "at 4.5% instead").
        steps: The step texts the previous turn amounted to.
        now: The current time, for date steps.

    Returns:
        The new step texts and one line saying what changed, or ``None`` when the change
        is not read without doubt or the changed steps do not run deterministically.
    """
    if not steps:
        return None
    normal, slots = read_slots(steps)
    # Closed Korean forms first ("부장님이 빠지셨어", "내가 두 명 몫 내면"): no figure to read.
    korean = korean_slot_follow_up(_normal(text), normal, now)
    if korean is not None:
        return korean
    previous = " ".join(normal)
    change = _change(plain_korean(_normal(text), normal), previous, slots)
    if change is None:
        # Chat that says the change in words of its own ("세 줄 더 필요하대").
        return korean_chat_follow_up(_normal(text), normal, now)
    slot, new, how = change
    if slot.kind != "date" and Decimal(new) == slot.value:
        return None  # "180,000원이 부가세 포함이면": the figure said again is no change
    if slot.kind.startswith(("money", "percent", "fx")) and _names_a_role(text):
        return None  # "부장님 거 100,000원이면?": the boss's own item, never the bill's total
    step = normal[slot.step]
    new_steps = list(normal)
    new_steps[slot.step] = f"{step[: slot.start]}{new}{step[slot.end :]}"
    if run_chain(new_steps, now) is None:
        return None
    return new_steps, f"changed {how}"
