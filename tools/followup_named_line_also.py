""" "염색 5만원도 같이하면?": one more named line, priced, joining the previous list.

After "미용실 커트 2만2천원 펌 8만원인데 회원 10%할인되면 얼마야" (91,800원), "염색 5만원도
같이하면?" adds a line of 50,000원 to the list the discount applies to (136,800원); set 40
sent it to the cloud. The turn names the item and its price with 도 ("also"), so the line
goes after the last priced line of the previous request, before what applies to the whole
(a discount, a tax, a split), and the request is read again. It is taken only when the
request so extended reads and its reading uses the new price.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tools.expression_figures import figure_value, figures_used
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals

__all__ = ["named_line_also"]

_ALSO = re.compile(
    r"^\s*(?:그럼\s*|아\s*|그리고\s*)?(?P<item>[가-힣]{1,8})\s*(?P<a>\d[\d,]*)\s*원\s*(?:짜리)?\s*도\s*"
    r"(?:같이|함께|추가로|추가|같이\s*해서)?\s*(?:하면|받으면|시키면|사면|넣으면|더하면|추가하면)?\s*"
    r"[?？]*\s*$"
)
_PRICED_LINE = re.compile(r"[가-힣]{1,8}\s*\d[\d,]*\s*원")
_WHOLE = re.compile(r"%|할인|부가세|나누|나눠|명이서|인당|한명당|n빵")


def named_line_also(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with the named, priced line added, or ``None``."""
    said = normalize_numerals(unicodedata.normalize("NFKC", text))
    turn = _ALSO.match(said)
    if turn is None or len(previous_steps) != 1:
        return None
    step = normalize_numerals(unicodedata.normalize("NFKC", previous_steps[0]))
    whole = _WHOLE.search(step)
    lines = list(_PRICED_LINE.finditer(step, 0, whole.start() if whole else len(step)))
    if len(lines) < 2:
        return None  # no list of lines to join: "커트 2만2천원인데" is one price
    at = lines[-1].end()
    price = turn["a"].replace(",", "")
    changed = f"{step[:at]} {turn['item']} {price}원{step[at:]}"
    result = match_deterministic(changed)
    if result is None or figure_value(price) not in figures_used(result.detail):
        return None
    return [changed], f"+ {turn['item']} {price}원"
