"""How many periods a steady change takes to reach a target: "80키로인데 한달에 2키로씩 빼면
68키로 되려면 몇달 걸려".

Blind set 39: the question went to a model. From a starting amount, a change of a fixed
amount each period (한달에, 매달, 하루에, 매일, 일주일에, 매주 … 씩) towards a target, asked
in how many periods (몇달, 몇 개월, 며칠, 몇 주): the gap over the step. Losing, cutting and
paying off (빼면, 줄이면, 갚으면) go down; saving and gaining (모으면, 늘리면, 찌우면) go up.
A target on the wrong side of the start (nothing to do, or never reached) is no reading.
The answer is in the period asked, unrounded ("4.8 개월"): whether a part period counts
is the asker's to say.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["deposits_to_target", "period_unit_asked", "periods_to_target"]

_N = r"\d+(?:\.\d+)?"
_UNIT = r"(?:키로|킬로|kg|원|만원|g|그램|cm|센치|페이지|쪽|개|권)?"
_PERIODS = {
    "달": "개월",
    "개월": "개월",
    "월": "개월",
    "일": "일",
    "하루": "일",
    "주": "주",
    "주일": "주",
}
_TARGET = LazyPattern(
    rf"^(?:[가-힣]+\s+)?(?P<a>{_N})\s*{_UNIT}\s*(?:인데|이야|이고|이니까|있는데|에서)\s*,?\s*"
    r"(?P<per>(?:한\s*|1\s*|매\s*)(?:달|개월|월|주|주일)|일주일|하루|매일)\s*(?:에|마다)?\s*"
    rf"(?P<r>{_N})\s*{_UNIT}\s*씩\s*"
    r"(?P<verb>빼면|뺄\s*때|빠지면|줄이면|감량하면|갚으면|모으면|저축하면|저금하면|늘리면|찌우면|읽으면|더하면)"
    rf"\s*(?P<b>{_N})\s*{_UNIT}\s*(?:이|가)?\s*(?:되려면|될려면|되는데|되면|까지|만들려면|모으려면)\s*"
    r"(?:걸리는\s*기간은?\s*)?(?:몇\s*(?P<asked>달|개월|주|일)|며칠)"
)
_DOWN = re.compile(r"빼|뺄|빠지|줄이|감량|갚")


def periods_to_target(text: str) -> str | None:
    """``"(80 - 68) / 2"`` for a steady change to a target asked in periods, or None.

    Args:
        text: The question with numerals as digits.
    """
    found = _TARGET.search(text)
    if found is None:
        return None
    per = re.sub(r"^(?:한|1|매)\s*", "", found["per"])
    per_unit = _PERIODS.get("일" if per in ("하루", "매일") else "주" if per == "일주일" else per)
    asked = found["asked"] or "일"
    if per_unit is None or _PERIODS[asked] != per_unit:
        return None  # "한달에 … 몇 주": the period asked is not the one the step is for
    start, target, step = float(found["a"]), float(found["b"]), float(found["r"])
    going_down = _DOWN.search(found["verb"]) is not None
    gap = start - target if going_down else target - start
    if step <= 0 or gap <= 0:
        return None
    first, second = (found["a"], found["b"]) if going_down else (found["b"], found["a"])
    return f"({first} - {second}) / {found['r']}"


def period_unit_asked(text: str) -> str | None:
    """The unit of the periods :func:`periods_to_target` counts in ``text`` ("개월")."""
    found = _TARGET.search(text)
    if found is None:
        return None
    return _PERIODS[found["asked"] or "일"]


# Deposits from nothing to a target (opens56k, set 47): "500만원 모으려면 매달 35만원씩 넣으면
# 몇달 걸려" is 15 months, and "매주 3만원씩 저금하면 50만원 모으는데 몇주" 17 weeks. A deposit
# is whole: after 14 months of 35만원 the 500만원 is not there yet, so the count is rounded up.
_PER_DEPOSIT = (
    r"(?P<per>매달|매월|한\s*달에|1\s*달에|달마다|매주|일주일에|1주일에|한\s*주에|주마다)"
)
_DEPOSIT = (
    rf"{_PER_DEPOSIT}\s*(?P<r>{_N})\s*원?\s*씩\s*"
    r"(?:넣으면|모으면|저축하면|저금하면|부으면|적금\s*(?:넣으면|부으면))"
)
_REACH = r"(?:을|를)?\s*(?:모으려면|모을려면|만들려면|채우려면|모으는데|모으는\s*데|모으기까지)"
_ASKED_COUNT = r"(?:몇\s*(?P<asked>달|개월|주)|며칠)"
_DEPOSITS_TO_TARGET = (
    LazyPattern(rf"^\s*(?P<t>{_N})\s*원?\s*{_REACH}\s*,?\s*{_DEPOSIT}\s*,?\s*{_ASKED_COUNT}"),
    LazyPattern(rf"^\s*{_DEPOSIT}\s*,?\s*(?P<t>{_N})\s*원?\s*{_REACH}\s*,?\s*{_ASKED_COUNT}"),
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def deposits_to_target(text: str) -> tuple[str, str] | None:
    """``("ceil(5000000 / 350000)", "개월")`` for whole deposits to a target, or ``None``.

    Args:
        text: The question with numerals as digits.
    """
    found = next((m for form in _DEPOSITS_TO_TARGET if (m := form.search(text))), None)
    if found is None or len(_FIGURE.findall(text)) != 2:
        return None  # a balance already saved, interest: another sum
    weekly = "주" in found["per"]
    if found["asked"] is None or (found["asked"] == "주") != weekly:
        return None  # "매달 … 몇주": the period asked is not the deposit's
    if float(found["r"]) <= 0 or float(found["t"]) <= 0:
        return None
    return f"ceil({found['t']} / {found['r']})", "주" if weekly else "개월"
