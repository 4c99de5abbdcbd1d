"""A correction said in chat, "치" and a verb after the right figure: "3개월 아니고 5개월 치 내래".

:func:`tools.followup_correction.corrected_figure` reads "3개월 아니고 5개월" and "8개 말고
12개" when the turn ends at the right figure (or a copula). People go on with what the
figure is for ("치", a share's worth) and a verb that says who decided ("내래", "할게",
"이래"): these change nothing of the figure. They are cut off and the correction is read
as it would have been without them; every guard of that reader still applies (the old
figure with its unit must be in the previous request).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_correction import corrected_figure

__all__ = ["correction_said_in_chat"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_CHAT_CORRECTION = LazyPattern(
    rf"^(?P<said>.*?{_FIGURE}\s*[가-힣A-Za-z%]{{0,6}}?\s*(?:이|가)?\s*(?:아니(?:라|고)|말고)\s*,?\s*"
    rf"{_FIGURE}\s*[가-힣A-Za-z%]{{0,6}}?)\s*(?P<tail>치|어치|분)?\s*"
    r"(?P<verb>내래|낸대|낸다네|낼래|낼게|내야\s*된대|할래|할게|한대|하래|이래|래|이라네|라네|"
    r"이래요|래요|이라던데|라던데|(?:으로|로)\s*(?:할게|해|하래|한대))?\s*[.!?~ㅋㅎㅠ]*\s*$"
)


def correction_said_in_chat(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the corrected figure, or ``None`` when not that turn.

    Args:
        text: The follow-up turn ("아 3개월 아니고 5개월 치 내래").
        steps: The step texts the previous turn amounted to.

    Returns:
        What :func:`corrected_figure` gives for the turn without its chat tail.
    """
    said = _CHAT_CORRECTION.match(text)
    if said is None or not (said["tail"] or said["verb"]):
        return None  # nothing cut: the correction reader has already read it as it is
    return corrected_figure(said["said"].strip(), steps)
