"""A follow-up that adds one more labelled figure to a list being averaged or split.

After "국어 87 영어 92 수학 78 과학 95 평균 몇점이야", the turn "사회 83점도 넣으면?" asks
the average of five subjects; after "rent $900, internet $60. 3 of us splitting", "add
power $90" asks the split of three bills. The rule: the follow-up names one label and
one figure to put in ("도 넣으면", "추가하면", "add ..."), and the latest step holds a
list followed by an average or a split; the item goes in right after the list's last
figure, and the edit stands only when the calculator reads the new step whole with the
new figure in its expression (a list it cannot read is no edit: the turn goes on).

A list may also be a run of unlabelled figures sharing one unit word ("3도 5도 -2도 0도
4도 ... 평균기온"): then "-6도인 날 하루 더 넣으면?" puts one more figure in that same unit
at the end of the run (a figure in another unit is no edit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.handlers import match_deterministic
from tools.references import has_reference

__all__ = ["one_more_item", "one_more_of_the_run"]

_FIGURE = r"(?P<fig>\$?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>점|원|달러|pts?|points?)?"
_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고)?\s*(?P<label>[가-힣]{1,8}?)\s*" + _FIGURE + r"\s*(?:도|까지)\s*"
    r"(?:넣으면|넣어서|추가하면|추가해서|포함하면|포함해서|같이\s*하면|들어가면)\s*"
    r"(?:평균(?:은|이)?\s*)?(?:몇\s*점|얼마)?\S{0,4}\s*[?？]*\s*$"
)
# "95점 하나 더 받으면?": one more figure, no label, got rather than put in.
_KO_ONE_MORE = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고)?\s*" + _FIGURE + r"\s*(?:하나|한\s*개|한\s*번)?\s*더\s*"
    r"(?:받으면|있으면|넣으면|추가하면|나오면)\s*(?:평균(?:은|이)?\s*)?(?:몇\s*점|얼마)?\S{0,4}\s*[?？]*\s*$"
)
_EN = LazyPattern(
    r"^\s*(?:and\s+)?(?:what\s+if\s+(?:i|we)\s+|if\s+(?:i|we)\s+)?(?:add|include|also\s+add|plus)"
    r"\s+(?:my\s+|the\s+)?(?P<label>[a-z]+)\s*:?\s*"
    + _FIGURE
    + r"\s*(?:too|as\s+well)?\s*[?.]*\s*$",
    re.IGNORECASE,
)
# Where the list ends: an average, or a split among people, asked after it.
_AFTER_LIST = re.compile(
    r"(?:의\s*)?평균|\b(?:average|mean)\b|\d+\s*(?:명|사람)(?:이서|이|으로|끼리)?\s*"
    r"(?:똑같이|공평하게|같이|각각)?\s*(?:n빵|나누|나눠)|\b\d+\s+of\s+us\b|\bsplit\b",
    re.IGNORECASE,
)
_LAST_FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?\s*(?:점|원|달러|pts?|points?)?")


def one_more_item(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the follow-up's labelled figure put at the end of the list.

    Args:
        text: The follow-up ("사회 83점도 넣으면?", "add history 83").
        steps: The previous turn's step texts.

    Returns:
        The changed steps and one line for the trace, or ``None``.
    """
    asked = _KO.match(text) or _KO_ONE_MORE.match(text) or _EN.match(text)
    if asked is None or not steps:
        return None
    step = steps[-1]
    if has_reference(step):
        return None  # the step reads an earlier result: not a list of its own
    marker = _AFTER_LIST.search(step)
    if marker is None:
        return None
    figures = list(_LAST_FIGURE.finditer(step, 0, marker.start()))
    if len(figures) < 2:
        return None  # no list before the average or the split
    label = asked.groupdict().get("label") or ""
    korean = not label or re.search(r"[가-힣]", label) is not None
    # A list of bare figures ("85 92 78") takes the new one bare too.
    unit = asked["unit"] or "" if re.search(r"[^\d,.$\s]", figures[-1].group(0)) else ""
    item = f"{label} {asked['fig']}{unit}".strip()
    at = figures[-1].end()
    changed = step[:at].rstrip() + (f" {item} " if korean else f", {item} ") + step[at:].lstrip()
    result = match_deterministic(changed)
    figure = asked["fig"].lstrip("$").replace(",", "")
    if result is None or result.handler != "calculator":
        return None
    if figure not in re.findall(r"\d+(?:\.\d+)?", result.detail):
        return None  # the figure was not read as one of the list's
    return [*steps[:-1], changed], f"added {item} to the list"


# The units a run of unlabelled figures may share (those the calculator's mean reads).
_RUN_UNITS = r"(?:도|점|kg|분|시간|개|명|회|cm|km)"
# "-6도인 날 하루 더 넣으면?", "-6도도 넣으면", "70점짜리 하나 더 추가하면 평균은?"
_ONE_MORE_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고)?\s*(?P<fig>-?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>" + _RUN_UNITS + r")"
    r"\s*(?:인|짜리)?\s*(?:날|것|거|때|사람|번)?\s*(?:도|까지)?\s*"
    r"(?:하루|하나|한\s*(?:개|번|명|날|판))?\s*(?:더)?\s*"
    r"(?:넣으면|넣어서|추가하면|추가해서|포함하면|포함해서|들어가면)\s*"
    r"(?:평균(?:은|이)?\s*)?(?:몇\s*(?:점|도)|얼마)?\S{0,4}\s*[?？]*\s*$"
)
_RUN_FIGURE = re.compile(
    r"(?<![\d.])(?P<v>-?\d[\d,]*(?:\.\d+)?)\s*(?P<u>" + _RUN_UNITS + r")(?![가-힣A-Za-z])"
)


def one_more_of_the_run(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the follow-up's figure put at the end of a run being averaged.

    Args:
        text: The follow-up ("-6도인 날 하루 더 넣으면?").
        steps: The previous turn's step texts.

    Returns:
        The changed steps and one line for the trace, or ``None``.
    """
    asked = _ONE_MORE_KO.match(text)
    if asked is None or not steps or has_reference(steps[-1]):
        return None
    step = steps[-1]
    marker = _AFTER_LIST.search(step)
    if marker is None:
        return None
    run = list(_RUN_FIGURE.finditer(step, 0, marker.start()))
    if len(run) < 2 or {m["u"] for m in run} != {asked["unit"]}:
        return None  # no run in the unit the follow-up's figure is in
    item = f"{asked['fig']}{asked['unit']}"
    at = run[-1].end()
    changed = f"{step[:at].rstrip()} {item} {step[at:].lstrip()}"
    result = match_deterministic(changed)
    if result is None or result.handler != "calculator":
        return None
    if asked["fig"].replace(",", "") not in re.findall(r"-?\d+(?:\.\d+)?", result.detail):
        return None  # the figure was not read as one of the run's
    return [*steps[:-1], changed], f"added {item} to the run"
