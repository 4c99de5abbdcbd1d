"""A correction of a figure the previous question stated: "아 잘못 말했다 5명이 아니라 6명",
"sorry, not 4 nights but 5", "i meant 6 people not 5", "아니 8개 말고 12개"; or only the
right figure after a word that says a correction follows: "아 잘못 말했다 8명", "sorry i
meant 5 friends". Chat may follow the right figure: what it is for ("치", "어치") and a
verb that says who decided ("3개월 아니고 5개월 치 내래", "8개 말고 12개로 할게"); these
change nothing of the figure.

The user fixes what they said, so the previous question is asked again with the one
figure replaced. Only a figure the previous question holds, with the same unit, is
replaced: a correction of something else ("월요일이 아니라 화요일") is no arithmetic.
When only the right figure is given, its unit must be written ("8명", "5 friends") and
the previous question must hold exactly one figure with that unit: the one it corrects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_whatif_copula_51x import HYPOTHETICAL_COPULA
from tools.korean_numbers import normalize_numerals

__all__ = ["corrected_figure"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"[가-힣A-Za-z%]{0,6}?"
_CHAT_VERB = (
    r"(?:내래|낸대|낸다네|낼래|낼게|내야\s*된대|할래|할게|한대|하래|이래|래|이라네|라네|"
    r"이래요|래요|이라던데|라던데|(?:으로|로)\s*(?:할게|해|하래|한대))"
)
_KO = LazyPattern(
    # ("아니 8개 말고 12개": 말고, "instead of", says the same; set 35.)
    rf"(?P<old>{_FIGURE})\s*(?P<old_unit>{_UNIT})\s*(?:이|가)?\s*(?:아니(?:라|고)|말고)\s*,?\s*"
    rf"(?P<new>{_FIGURE})\s*(?P<new_unit>{_UNIT})(?:이야|야|이에요|예요|에요|입니다|요|임"
    # "62만이었어", "25%였음": the right figure told in the past (set 54).
    r"|이었어|였어|이었음|였음|이었네|였네|이었다|였다"
    # "3500만원 말고 3680만원이었으면?": the same figure replaced, asked as a what-if (51x).
    rf"|{HYPOTHETICAL_COPULA})?"
    # What the figure is for may follow, glued or not: "5개월 치", "5개월치", "만원어치" (set 24).
    # ("25%짜리": the coupon the figure is, set 54.)
    r"(?:\s*(?:치|어치|분|짜리))?"
    # Then a verb that says who decided, glued ("5개월이래", "5개월로 할게", set 24) or a
    # short one after a space ("3개월 아니고 5개월 치 내래", set 41): neither changes the figure.
    rf"(?:\s*{_CHAT_VERB}|\s+[가-힣]{{1,4}})?"
    r"\s*[.!?~ㅋㅎㅠ]*\s*$"
)
_EN = LazyPattern(
    rf"\bnot\s+(?P<old>{_FIGURE})\s*(?P<old_unit>{_UNIT})\s*,?\s*but\s+(?P<new>{_FIGURE})"
    rf"\s*(?P<new_unit>{_UNIT})\s*[.!?]*\s*$"
    rf"|\bi\s+meant\s+(?P<new2>{_FIGURE})\s*(?P<new_unit2>{_UNIT})\s*,?\s*not\s+"
    rf"(?P<old2>{_FIGURE})\s*(?P<old_unit2>{_UNIT})\s*[.!?]*\s*$"
    # "oops, its 23.50 not 22.50", "it was 6 nights, not 5" (set 54).
    rf"|\b(?:it'?s|it\s+is|it\s+was|that'?s|that\s+was|should\s+be)\s+(?:actually\s+)?"
    rf"(?P<new3>{_FIGURE})\s*(?P<new_unit3>{_UNIT})\s*,?\s*not\s+"
    rf"(?P<old3>{_FIGURE})\s*(?P<old_unit3>{_UNIT})\s*[.!?]*\s*$",
    re.IGNORECASE,
)

# A word that says the message corrects the previous one, then the right figure alone.
_CORRECTS_KO = (
    # ("아 잘못봤다 4달치였음": misread, opens52c.)
    r"(?:잘못\s*(?:말했|말함|썼|씀|적었|입력했|얘기했|쳤|봤|봄|읽었)[가-힣]*|정정(?:할게요?|합니다)?"
    r"|아\s*아니(?:다|고)?|아니\s*아니)"
)
# ("stretch it to 36 months", "spread it over 18 months", "extend that to 48 months": a span
# said anew with its unit, as "make it" says it; opens52c.)
_CORRECTS_EN = (
    r"(?:i\s+meant|i\s+mean|correction\s*:?|make\s+(?:it|that)"
    r"|(?:stretch|spread|extend|drag)\s+(?:it|that|the\s+payments?|this)\s+(?:out\s+)?(?:to|over|into))"
)
_RIGHT_FIGURE_ONLY = LazyPattern(
    rf"(?:{_CORRECTS_KO}|\b{_CORRECTS_EN})\s*[,.!~]*\s*(?:그게\s*)?"
    rf"(?P<new>{_FIGURE})\s*(?P<new_unit>[가-힣A-Za-z%]{{1,8}}?)"
    r"(?:이야|야|이에요|예요|에요|입니다|이요|요|임|이었어|였어|이었음|였음|이었네|였네)?\s*[.!?~ㅋㅎㅠ]*\s*$",
    re.IGNORECASE,
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def corrected_figure(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the corrected figure replaced, or None.

    Args:
        text: The correcting turn.
        steps: The previous turn's step texts.
    """
    if not steps:
        return None
    found = _corrected_as_said(text, steps)
    if found is None and _MIXED_NUMERAL.search(text):
        # "2월이 10만8천이 아니라 9만8천이었네": figures said with 만/천 between their digits
        # are read as plain digits, in the turn and in the steps alike (opens65).
        plain_steps = [normalize_numerals(step) for step in steps]
        found = _corrected_as_said(normalize_numerals(text), plain_steps)
    return found


# A figure said with a Korean unit word between its digits: "10만8천", "7만 2천", "3천5백".
_MIXED_NUMERAL = LazyPattern(r"\d\s*[만천백]\s*\d")


def _corrected_as_said(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    match = _KO.search(text) or _EN.search(text)
    if match is None:
        return _right_figure_only(text, steps)
    groups = match.groupdict()
    # (Each pattern has its own groups: the Korean one has no "old2"; a unitless Korean
    # correction, "3500 말고 3680이었으면?", had raised KeyError.)
    old = groups["old"] or groups.get("old2") or groups.get("old3") or ""
    new = groups["new"] or groups.get("new2") or groups.get("new3") or ""
    old_unit = (
        groups["old_unit"] or groups.get("old_unit2") or groups.get("old_unit3") or ""
    ).strip()
    new_unit = (
        groups["new_unit"] or groups.get("new_unit2") or groups.get("new_unit3") or ""
    ).strip()
    if new_unit and old_unit and new_unit.lower() != old_unit.lower():
        return None
    return _replaced(steps, old, new, old_unit or new_unit)


def _right_figure_only(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "아 잘못 말했다 8명": the one figure of the previous question with that unit."""
    match = _RIGHT_FIGURE_ONLY.search(text)
    if match is None:
        return None
    said = match["new_unit"]
    # A month said 달 or 개월 either way ("3개월치" corrected as "4달치", opens52c).
    for unit in dict.fromkeys((said, said.replace("달", "개월"), said.replace("개월", "달"))):
        stated = re.compile(rf"(?<![\d.,])({_FIGURE})\s*{re.escape(unit)}", re.IGNORECASE)
        olds = [m.group(1) for step in steps for m in stated.finditer(step)]
        if olds:
            break
    if len(olds) != 1 or _number(olds[0]) == _number(match["new"]):
        return None
    return _replaced(steps, olds[0], match["new"], unit)


def _replaced(steps: Sequence[str], old: str, new: str, unit: str) -> tuple[list[str], str] | None:
    # The old figure as the previous question wrote it, with the unit right after it.
    stated = re.compile(rf"(?<![\d.,])({_FIGURE})(\s*){re.escape(unit)}", re.IGNORECASE)
    replaced: list[str] = []
    found = 0
    for step in steps:

        def swap(m: re.Match[str]) -> str:
            nonlocal found
            if _number(m.group(1)) != _number(old):
                return m.group(0)
            found += 1
            return f"{new}{m.group(2)}{m.group(0)[len(m.group(1)) + len(m.group(2)) :]}"

        replaced.append(stated.sub(swap, step))
    if found != 1:
        return None  # not stated, or stated twice: which one is meant is a guess
    return replaced, f"{old}{unit} → {new}{unit} (corrected)"
