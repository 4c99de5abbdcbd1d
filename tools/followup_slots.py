"""One general follow-up reader: typed slots of the previous request, one change of one kind.

The rules in ``tools/followups.py`` each know a phrasing; a follow-up in any other words
("애들 몫으로 두 박스 얹으면?", "lock it in for one more year?") fell through to a model.
This reader is tried after all of them. It reads the previous step texts into typed
figures (``tools.followup_slot_figures``: money by currency, percent, exchange rate,
people, things by their counter, hours, weeks, months, years, days, dates); this module
holds the change rules. It reads the follow-up into one change: a new
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
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_each_count import count_of_each_item_unnamed
from tools.followup_level_reached import figure_is_level
from tools.followup_one_of_item import one_item_kind
from tools.followup_role_kind_58q import charge_figure_elsewhere
from tools.followup_slot_figures import (
    DATE,
    ENDINGS,
    FIGURE,
    FX_BEFORE,
    WORD,
    Slot,
    far_from_rate,
    kind_of,
    normal_text,
    read_slots,
    word_kind,
)
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
)
from tools.followup_slots_korean import (
    korean_chat_follow_up,
    korean_slot_follow_up,
    plain_korean,
)
from tools.korean_numbers import decimal_to_str

__all__ = ["Slot", "read_slots", "slot_follow_up"]

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


# A person named by role, with 님, 들 and a particle ("부장님", "조카들", "팀원들").
_PEOPLE_ROLE_WORD = LazyPattern(
    r"^(?:" + "|".join(sorted(PEOPLE_ROLES, key=len, reverse=True)) + r")(?:님)?(?:들)?"
    r"(?:이|가|은|는|도|을|를|의|께서|꺼|거|몫|까지|포함)?$"
)


def _names_a_role(text: str) -> bool:
    """Whether a follow-up names a person by a role word known only as such."""
    return any(
        _PEOPLE_ROLE_WORD.match(word) and word.lower() not in FRAME_WORDS
        for word in WORD.findall(text)
    )


def _known_word(word: str, previous: str) -> bool:
    """Whether a follow-up word frames a change or is already in the previous request."""
    lower = word.lower()
    if lower in FRAME_WORDS or lower in PEOPLE_NOUNS or word_kind(lower) is not None:
        return True
    if _PEOPLE_ROLE_WORD.match(word):
        return True  # "부장님 거 한 잔 더": whose share, a closed class, never a new subject
    if re.match("[가-힣]", word):
        if word in ENDINGS:
            return True  # a particle after a figure ("10%로")
        for frame in FRAME_WORDS:
            if word.startswith(frame) and (len(frame) >= 2 or word[len(frame) :] in ENDINGS):
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
        for word in WORD.findall(text)
        if (kind := word_kind(word)) is not None and not kind.startswith(("money", "percent"))
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
    words = WORD.findall(DATE.sub(" ", text))
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
    dates = list(DATE.finditer(text))
    plain = DATE.sub(" ", _say_number(text))
    figures = [f for f in FIGURE.finditer(plain) if not f["num"].startswith("0")]
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
    kind = kind_of(figure["unit"]) or one_item_kind(
        figure["unit"], figure["num"], {s.kind for s in slots}
    )
    if kind == "money:krw" and FX_BEFORE.search(plain[: figure.start()]):
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
    korean = korean_slot_follow_up(normal_text(text), normal, now)
    if korean is not None:
        return korean
    previous = " ".join(normal)
    change = _change(plain_korean(normal_text(text), normal), previous, slots)
    if change is None:
        # Chat that says the change in words of its own ("세 줄 더 필요하대").
        return korean_chat_follow_up(normal_text(text), normal, now)
    slot, new, how = change
    if slot.kind != "date" and Decimal(new) == slot.value:
        return None  # "180,000원이 부가세 포함이면": the figure said again is no change
    if slot.kind.startswith(("money", "percent", "fx")) and _names_a_role(text):
        return None  # "부장님 거 100,000원이면?": the boss's own item, never the bill's total
    step = normal[slot.step]
    if slot.kind == "money:krw" and far_from_rate(step, slot.start, slot.end, Decimal(new)):
        return None  # "what if it was 5000 won" after "100 yen = 890 won": no rate (calc63)
    if charge_figure_elsewhere(text, step, slot.start, slot.end):
        return None  # "fee of 5000 won instead?" after a 2% fee: never the rate (para58)
    new_steps = list(normal)
    new_steps[slot.step] = f"{step[: slot.start]}{new}{step[slot.end :]}"
    if run_chain(new_steps, now) is None:
        return None
    return new_steps, f"changed {how}"
