"""Follow-ups whose change is wrapped in words the rules do not read (sets 33 and 34).

- A Korean figure told back as a doubt: "계약금이 20%였나? 그럼?" asks what "계약금이 20%면?"
  asks; "였나"/"였던가" only says the speaker is unsure of the figure, "그럼?" asks again.
- An English reason before "so": "my sister wants to come, so 3 tickets" asks what "what
  about 3 tickets" asks; "grandpa can't come, so one senior less" what "one senior less"
  asks. The clause before "so" only says why, so it must carry no figure.
- A Korean figure set "to" with its noun first: "할부 36개월로 하면?" asks what "36개월이면?"
  asks, when that noun is said in the previous question (its figure is the one changed).
- One person of a kind less: "one senior less", "one less kid", and a child who goes free
  ("the youngest is under 2 so she's free"): the count said with that kind in the previous
  question, one fewer.

Each rule rewrites the turn into the plain form and hands it to
:func:`tools.followups.resolve_follow_up`, so the reading is the one the plain turn gets;
a rewritten turn no rule reads gives ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS

__all__ = [
    "doubted_figure_ko",
    "noun_then_figure_to_ko",
    "one_fewer_of_kind_en",
    "reason_then_so_en",
]

# "20%였나? 그럼?", "3만원이었던가 그럼 얼마야": the figure, a doubt, and the question again.
_DOUBTED = LazyPattern(
    r"^(?P<said>[^?？]*\d[^?？]*?)\s*(?P<copula>이었|였)(?:나|던가|던\s*거\s*같은데|던\s*것\s*같은데)"
    r"\s*[?？]*\s*(?:그럼|그러면|그렇다면)?\s*(?:얼마(?:야|예요|임)?)?\s*[?？.!~]*\s*$"
)
# "할부 36개월로 하면?", "약정 2년으로 바꾸면": a noun, then the figure it is set to.
_NOUN_FIGURE_TO = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*)?(?P<noun>[가-힣]{1,6})(?:은|는|을|를)?\s+(?P<figure>\d+(?:\.\d+)?\s*[가-힣]{1,3}?)"
    r"\s*(?:으로|로)\s*(?:하면|바꾸면|늘리면|줄이면|해\s*주면|가면)\s*[?？]*\s*$"
)
# "my sister wants to come, so 3 tickets": a reason without figures, then the change.
_REASON_SO = LazyPattern(r"^(?P<reason>[^\d,]{3,60}?)\s*,?\s+so\s+(?P<rest>[^,]+?)\s*$", re.I)
_NUMBER_WORDS = "|".join(ENGLISH_DIGITS)
_BARE_COUNT = LazyPattern(r"^(?P<n>\d+|one|two|three|four|five)\s+(?P<noun>[a-z]+)\s*[?.!]*$", re.I)
# "one senior less", "one less kid", "one fewer adult", "1 less student".
_ONE_LESS = LazyPattern(
    r"^(?:and\s+|so\s+|now\s+)?(?:(?:one|1)\s+(?P<kind>[a-z]+?)\s+(?:less|fewer)"
    r"|(?:one|1)\s+(?:less|fewer)\s+(?P<kind2>[a-z]+?))\s*(?:then|now)?\s*[?.!]*\s*$",
    re.I,
)
# "the youngest is under 2 so she's free", "the baby goes free": one child at no charge.
_CHILD_FREE = LazyPattern(
    r"^(?:oh\s+|and\s+|but\s+)?(?:the\s+)?(?:youngest|baby|toddler|little\s+one)\b[^\d]*?"
    r"(?:\bunder\s+\d+\b[^\d]*?)?\b(?:is|goes|gets\s+in|comes\s+in|'s)\s+(?:in\s+)?(?:for\s+)?free"
    r"\s*[.!]*\s*$",
    re.I,
)
_CHILD_KINDS = ("kid", "child", "children", "toddler", "infant")
_PLURAL = {"child": "children", "person": "people"}


def _resolve(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``text`` resolved as a turn of its own would be: by the change rules when their steps
    run, else by one typed figure changed (as :func:`tools.followups.resolve_in_conversation`
    does)."""
    # Imported here: tools.followups imports the change list this module is part of.
    from tools.followup_chain import run_chain
    from tools.followup_chat_forms import plain_change_words
    from tools.followup_slots import slot_follow_up
    from tools.followups import resolve_follow_up

    resolved = resolve_follow_up(text, steps)
    if resolved is not None and run_chain(resolved[0]) is not None:
        return resolved
    return slot_follow_up(plain_change_words(text), steps)


def doubted_figure_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "계약금이 20%였나? 그럼?": the turn read as "계약금이 20%면?", or ``None``."""
    said = _DOUBTED.match(text)
    if said is None:
        return None
    plain = said["said"].rstrip() + ("이면?" if said["copula"] == "이었" else "면?")
    return _resolve(plain, steps)


def _ends_closed(word: str) -> bool:
    """Whether the Hangul syllable ending ``word`` has a final consonant (이면, not 면)."""
    last = word[-1]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


def noun_then_figure_to_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "할부 36개월로 하면?": the turn read as "36개월이면?", or ``None``."""
    said = _NOUN_FIGURE_TO.match(text)
    if said is None or not steps or said["noun"] not in steps[-1]:
        return None  # a noun the previous question never said: which figure is unsaid
    figure = said["figure"].replace(" ", "")
    return _resolve(figure + ("이면?" if _ends_closed(figure) else "면?"), steps)


def reason_then_so_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "my sister wants to come, so 3 tickets": the part after "so", or ``None``."""
    said = _REASON_SO.match(text)
    if said is None or re.search(rf"\d|%|\b(?:{_NUMBER_WORDS})\b|\bhalf\b", said["reason"], re.I):
        return None  # "two dropped out, so …": the reason carries a figure of its own
    rest = said["rest"]
    bare = _BARE_COUNT.match(rest)
    # "3 tickets" alone is no turn any rule reads; "what about 3 tickets" is.
    return _resolve(f"what about {bare['n']} {bare['noun']}" if bare else rest, steps)


def _kind_count(kind: str, step: str) -> tuple[str, str] | None:
    """The one count said with ``kind`` in ``step`` and the word as said, or ``None``."""
    stem = kind.lower().rstrip("s")
    forms = {stem, stem + "s", stem + "es", _PLURAL.get(stem, stem)}
    words = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    found = list(re.finditer(rf"(?<![\d.])(?P<n>\d+)\s+(?P<word>{words})\b", step, re.I))
    return (found[0]["n"], found[0]["word"]) if len(found) == 1 else None


def one_fewer_of_kind_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "one senior less", "the youngest is under 2 so she's free": that kind's count less one.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    if not steps:
        return None
    step = steps[-1]
    less = _ONE_LESS.match(text)
    if less is not None:
        kinds: tuple[str, ...] = (less["kind"] or less["kind2"],)
    elif _CHILD_FREE.match(text):
        kinds = _CHILD_KINDS
    else:
        return None
    counted = [c for k in kinds if (c := _kind_count(k, step)) is not None]
    if len(counted) != 1 or int(counted[0][0]) < 1:
        return None  # no such kind counted, or two kinds a child could be
    count, word = counted[0]
    return _resolve(f"what about {int(count) - 1} {word}", steps)
