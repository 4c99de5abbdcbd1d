"""How many periods a whole takes at a steady amount each: "영단어 2000개를 하루에 50개씩
외우면 며칠 걸려" is 2000 / 50 = 40일 (set 40; it went to a model).

A whole of some things, then an amount of the same things each period (하루에, 매일,
일주일에, 한 달에 … 씩) and a verb, asked in periods (며칠, 몇 주, 몇 달): the whole over the
step. The period asked must be the one the step is for, and the step's unit, when said,
the whole's. The answer is unrounded, as tools.calculator_periods_to_target's is: whether a
part period counts is the asker's to say.
"""

from __future__ import annotations

import re

__all__ = ["whole_at_steady_pace", "whole_pace_unit"]

_N = r"\d+(?:\.\d+)?"
_THINGS = r"개|쪽|페이지|장|권|문제|단어|곡|편|km|키로|킬로|번|회|알|포기|박스|상자"
_PER = {
    "하루": "일",
    "매일": "일",
    "일주일": "주",
    "한주": "주",
    "1주": "주",
    "매주": "주",
    "한달": "개월",
    "1달": "개월",
    "매달": "개월",
    "매월": "개월",
}
_ASKED = {"며칠": "일", "몇일": "일", "몇주": "주", "몇달": "개월", "몇개월": "개월"}
_FORM = re.compile(
    rf"^(?:[가-힣]+\s+)?(?P<a>{_N})\s*(?P<u>{_THINGS})?\s*(?:을|를|짜리를?)?\s*,?\s*"
    r"(?P<per>하루|매일|일주일|한\s*주|1\s*주|매주|한\s*달|1\s*달|매달|매월)\s*(?:에|마다)?\s*"
    rf"(?P<r>{_N})\s*(?P<ru>{_THINGS})?\s*씩\s*(?:[가-힣]{{1,5}}\s*)?[가-힣]{{0,4}}면\s*"
    r"(?P<asked>며칠|몇\s*일|몇\s*주|몇\s*달|몇\s*개월)\s*(?:이나\s*|정도\s*)?"
    r"(?:걸려|걸리[가-힣]*|만에[가-힣 ]*|이면\s*돼|면\s*돼|이야|야)?\s*[?？.!]*\s*$"
)


def _read(text: str) -> tuple[re.Match[str], str] | None:
    found = _FORM.match(text.strip())
    if found is None:
        return None
    per = _PER.get(re.sub(r"\s+", "", found["per"]))
    asked = _ASKED.get(re.sub(r"\s+", "", found["asked"]))
    if per is None or per != asked:
        return None  # "하루에 … 몇 주": the period asked is not the step's
    if found["u"] and found["ru"] and found["u"] != found["ru"]:
        return None  # "2000개를 하루에 3권씩": a whole and a step of other things
    if float(found["r"]) <= 0 or float(found["a"]) <= 0:
        return None
    return found, per


def whole_at_steady_pace(text: str) -> str | None:
    """``"2000 / 50"`` for a whole at a steady amount a period, asked in periods, or None.

    Args:
        text: The question with numerals as digits.
    """
    read = _read(text)
    return None if read is None else f"{read[0]['a']} / {read[0]['r']}"


def whole_pace_unit(text: str) -> str | None:
    """The unit of the periods :func:`whole_at_steady_pace` counts in ``text`` ("일")."""
    read = _read(text)
    return None if read is None else read[1]
