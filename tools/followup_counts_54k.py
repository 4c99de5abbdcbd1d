"""Another count of the thing a first turn counted, said alone (set 45):

- "8포기는?" after "배추 3포기에 고춧가루 600g 들어가면 5포기는 몇그람": the count asked
  ("밀가루 200g이면?" after "밀가루 300g에 우유 240ml인데 밀가루 450g 쓰면", set 46);
- "만오천보면?" after "보폭 70cm면 만보 걸으면 몇키로": the steps walked;
- "컵라면 하나 더 사면" after "삼각김밥 1200원 5개랑 컵라면 1500원 3개 얼마": that line's
  count grown by one;
- "사촌동생 한명 더 5만원 주면?" after "조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마":
  one more group given its amount (set 46).

Each reads only after its own first-turn form (the readers of opens54k and the priced
lines of opens52a), so no other sum has a count moved; the first turn is re-run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_forms_ko_52a import (
    PACK_KO,
    pack_counts_as_digits,
    priced_line_counters_ko,
)
from tools.calculator_readers_54t import GIVEN_GROUP, amounts_each_to_counted_groups
from tools.calculator_scaled_by_count_54k import (
    asked_count_span,
    asked_count_span_en,
    scaled_item,
)
from tools.calculator_stride_distance_54k import read_steps, steps_span
from tools.korean_numbers import normalize_numerals

__all__ = [
    "count_of_scaled_thing",
    "count_of_scaled_thing_en",
    "line_item_more_ko",
    "one_more_group_given",
    "steps_walked_changed",
]

_ALONE_TAIL = (
    r"\s*(?:는|은|이면|면|일\s*때는?|하면|담그면|할\s*때는?|이라면)?\s*(?:요)?\s*[?？.!]*\s*$"
)
# The thing may be named ("밀가루 200g이면?", set 46), its count a unit's amount.
_COUNT_ALONE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?:(?P<item>[가-힣]{1,6})\s*(?:을|를|은|는)?\s*)?"
    rf"(?P<m>\d+(?:\.\d+)?)\s*(?P<c>[가-힣]{{1,2}}?|[A-Za-z]{{1,2}}){_ALONE_TAIL}"
)


def count_of_scaled_thing(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The proportion re-run at the count said ("8포기는?"), or ``None``."""
    said = _COUNT_ALONE.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    span = asked_count_span(step)
    if span is None or span[2].lower() != said["c"].lower():
        return None  # another counter: not the thing counted
    if said["item"] is not None and said["item"] != scaled_item(step):
        return None  # another ingredient named ("우유 300ml면?"): not the one that sets it
    start, end, counter = span
    new = f"{step[:start]}{said['m']}{step[end:]}"
    return [new], f"{step[start:end]}{counter} → {said['m']}{counter}"


# English (opens55e): "nvm just 36", "and if it was 180g", "what about 48 muffins?" after a
# recipe scaled by what it makes or a nutrient per 100 g: the new count (weight) alone,
# with no other figure, its word (if any) the thing counted or grams.
_COUNT_ALONE_EN = LazyPattern(
    r"^\s*(?:(?:nvm|nevermind|never\s+mind|actually|ok(?:ay)?|oh|so|and|or|wait)[,.]?\s+)*"
    r"(?:(?:what|how)\s+about\s+|(?:and\s+)?(?:if|what\s+if)\s+(?:it\s+)?(?:was|were|is|i\s+(?:ate|had|make|made))\s+"
    r"|make\s+it\s+|for\s+|(?:i\s+)?(?:only\s+)?(?:need|want)\s+)?(?:just\s+|only\s+)?"
    r"(?P<m>\d+(?:\.\d+)?)\s*(?P<w>[a-z]+)?\s*(?:then|instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def count_of_scaled_thing_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """An English proportion re-run at the count or weight said ("nvm just 36"), or ``None``."""
    said = _COUNT_ALONE_EN.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0].strip()
    span = asked_count_span_en(step)
    if span is None:
        return None
    start, end = span
    word = (said["w"] or "").lower()
    after = step[end:].split()
    counted = after[0].lower() if after else ""
    if word and word not in ("g", "grams") and word.rstrip("s") != counted.rstrip("s"):
        return None  # another thing than the one counted
    if word in ("g", "grams") and not step[end:].lstrip().lower().startswith("g"):
        return None  # grams said of a count of things
    new = f"{step[:start]}{said['m']}{step[end:]}"
    return [new], f"{step[start:end]} → {said['m']}"


_STEPS_ALONE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<n>[\d,]+(?:\s*만)?(?:\s*\d+\s*천)?|[일이삼사오육칠팔구십백천만\d]+)"
    r"\s*(?:보|걸음)\s*(?:은|는|이면|면|걸으면|걸으면은|걷는다면|걸었으면)?\s*[?？.!]*\s*$"
)


def steps_walked_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The stride's distance re-run at the steps said ("만오천보면?"), or ``None``."""
    said = _STEPS_ALONE.match(text)
    if said is None or len(steps) != 1:
        return None
    count = read_steps(said["n"])
    span = steps_span(steps[0])
    if count is None or count <= 0 or span is None:
        return None
    step = steps[0]
    start, end = span
    return [f"{step[:start]}{count}{step[end:]}"], f"{step[start:end]}보 → {count}보"


_ONE = {"하나": 1, "한개": 1, "한": 1, "두개": 2, "두": 2, "세개": 3, "세": 3}
_LINE_COUNT_SAID = (
    r"(?P<k>\d+|하나|한\s*개|두\s*개|세\s*개"
    r"|(?P<pk>한|두|세|\d+)\s*(?:묶음|팩|세트|박스))\s*(?:개\s*)?"
)
_LINE_TAIL = (
    r"(?:사면|시키면|주문하면|추가하면|담으면|하면|샀으면|있으면|면)?\s*(?:얼마\S*)?\s*[?？.!]*\s*$"
)
_MORE_OF_LINE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*|거기에?\s*|여기에?\s*)?(?P<item>[가-힣A-Za-z]{1,10})\s*(?:도\s*)?"
    rf"{_LINE_COUNT_SAID}더\s*{_LINE_TAIL}"
)
# "참치 한묶음만 사면?" (set 48, opens57k): the named line's count said anew, the other lines
# kept as they were.
_ONLY_OF_LINE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<item>[가-힣A-Za-z]{1,10})\s*(?:은|는)?\s*"
    rf"{_LINE_COUNT_SAID}만\s*{_LINE_TAIL}"
)
# A pack said between a line's item and its price ("라면 5개묶음 4380원짜리 2개", opens56k).
_PACK_BEFORE_PRICE = re.compile(rf"\s*(?:{PACK_KO})\s*$")
_LINE_COUNT = re.compile(r"(?P<p>\d+)\s*원\s*(?:짜리\s*)?(?P<n>\d+)\s*(?P<c>[가-힣]{1,2})")


def _names_line(head: str, item: str) -> bool:
    """Whether ``item`` names the line whose words before its price are ``head``: its end,
    or the start of its last word ("참치" for "참치캔")."""
    words = head.split()
    return head.endswith(item) or (bool(words) and len(item) > 1 and words[-1].startswith(item))


def line_item_more_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The priced lines re-run with the named line's count grown (or said anew), or ``None``."""
    more_said = _MORE_OF_LINE.match(text)
    said = more_said or _ONLY_OF_LINE.match(text)
    if said is None or len(steps) != 1:
        return None
    step = pack_counts_as_digits(normalize_numerals(steps[0]))
    if priced_line_counters_ko(step) is None:
        return None
    # The named line: its item said right before its price, once in the list.
    # A pack may stand between them; "한묶음 더" names a line priced by the pack.
    before = [(m, step[: m.start()].rstrip()) for m in _LINE_COUNT.finditer(step)]
    lines = [
        m
        for m, head in before
        if _names_line(_PACK_BEFORE_PRICE.sub("", head), said["item"])
        # (a packed line grows only by packs: "라면 하나 더" may be one packet of five)
        and (said["pk"] is None) == (_PACK_BEFORE_PRICE.search(head) is None)
    ]
    if len(lines) != 1:
        return None
    k = (said["pk"] or said["k"]).replace(" ", "")
    count = _ONE.get(k) or int(k)
    line = lines[0]
    n = int(line["n"]) + count if more_said else count
    if n <= 0:
        return None
    new = f"{step[: line.start('n')]}{n}{step[line.end('n') :]}"
    change = f"+ {count}" if more_said else f"→ {n}{line['c']}"
    return [new], f"{said['item']} {line['n']}{line['c']} {change}"


# "사촌동생 한명 더 5만원 주면?" after "조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마" (set 46,
# opens55k): one more group given its own amount, as one more "N한테 M원씩" of the list.
_MORE_GIVEN = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*)?(?:[가-힣]{1,6}\s*(?:도\s*)?)?"
    r"(?P<k>한\s*명|한\s*사람|하나|두\s*명|둘|세\s*명|셋|\d+\s*명)\s*(?:더|추가로)\s*(?:한테\s*)?"
    r"(?P<a>\d+)\s*원?\s*(?P<each>씩)?\s*(?:더\s*)?(?:주면|줘야\s*하면|줘야\s*되면|챙기면|주면은)"
    r"\s*[?？.!]*\s*$"
)
_NATIVE_HEADS = {"한": "하나", "하나": "하나", "두": "둘", "둘": "둘", "세": "셋", "셋": "셋"}


def one_more_group_given(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The amounts to groups re-run with one more group, or ``None``.

    More than one more person must say 씩 (each): "두명 더 10만원" may be the pair's sum.
    """
    said = _MORE_GIVEN.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    if amounts_each_to_counted_groups(step) is None:
        return None
    k = said["k"].replace(" ", "").removesuffix("명").removesuffix("사람")
    heads = _NATIVE_HEADS.get(k, k)
    if heads not in ("하나", "1") and said["each"] is None:
        return None
    last = list(GIVEN_GROUP.finditer(step))[-1]
    new = f"{step[: last.end()]} {heads}한테 {said['a']}원씩{step[last.end() :]}"
    if amounts_each_to_counted_groups(new) is None:
        return None
    return [new], f"+ {heads} x {said['a']}"


# Another count of batches after an amount per batch (opens56e, set 47): "what about two and
# a half batches" after "need 3/4 cup sugar per batch and im making 5 batches, how many
# cups" is 3/4 x 2.5. The count may be spelled ("two and a half", "a dozen" is not read).
_SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_BATCHES_ALONE = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+about|how\s+about|and\s+for|for|what\s+if\s+i\s+make"
    r"|what\s+if\s+i\s+do|if\s+i\s+make|if\s+i\s+do|make\s+it|actually)?\s*"
    r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?P<b>batch(?:es)?|loa(?:f|ves)|trays?|pans?|rounds?)"
    r"(?:\s+instead)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def batches_said_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """An amount per batch re-run at the batches said ("two and a half batches?"), or None."""
    from tools.calculator_recipe_scaled import batches_span

    said = _BATCHES_ALONE.match(text)
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    span = batches_span(step)
    if span is None or not step[span[1] :].lstrip().lower().startswith(said["b"].lower()[:3]):
        return None  # batches said after loaves counted: another thing
    word = said["n"].lower()
    count = float(_SPELLED[word]) if word in _SPELLED else float(word)
    count += 0.5 if said["half"] else 0.0
    if count <= 0:
        return None
    figure = f"{count:g}"
    start, end = span
    return [f"{step[:start]}{figure}{step[end:]}"], f"{step[start:end]} → {figure} batches"
