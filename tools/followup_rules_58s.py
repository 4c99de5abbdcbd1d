"""Follow-up rules of the paraphrase probe's Korean turns (helper cal58k3).

- "1년 채우면?", "12개월 다니면", "10개월이면 총 얼마" after a monthly total over a span of
  months ("헬스장 첫달 9만원 그다음부터 월 6만원이면 6개월 다니면 총 얼마"): the one span of
  months said anew, "1년"/"일년" as 12 months, the rest of the step kept. Only when the step
  prices a month and counts exactly one span of months (a date offset, "6개월 뒤", is
  :func:`tools.followup_spans.replace_span_count`'s; two spans: which one is not said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_packs_for_count_ko_58s import needed_count_anew
from tools.calculator_raise_then_add_ko_58s import add_on_dropped_ko
from tools.calculator_tip_on_rest_ko_58s import total_with_rest_tip_ko
from tools.followup_fee_kind_58s import flat_fee_now_percent, percent_fee_now_flat
from tools.followup_item_dropped_58s import monthly_item_dropped
from tools.followup_recipe_other_counted_58s import other_ingredient_counted
from tools.korean_numbers import normalize_numerals

__all__ = ["CHANGES_58S", "months_span_anew"]

Resolved = tuple[list[str], str] | None

# The new span: "1년 채우면?", "일년 꽉 채우면", "12개월 다니면 총 얼마", "10개월이면".
_SPAN_ANEW = LazyPattern(
    # ("반년만 쓰면", "6개월만 하면": half a year is 6 months, 만 says only that long, opens62.)
    r"^\s*(?:그럼\s*|그러면\s*|아\s*|만약\s*)?"
    r"(?:(?P<y>\d+|일)\s*년|(?P<m>\d+)\s*(?:개월|달)|(?P<h>반)\s*년)\s*"
    r"(?:동안\s*)?(?:만\s*)?(?:을|를|이|은|는)?\s*(?:꽉\s*|다\s*|쭉\s*)?"
    r"(?:채우면|다니면|하면|쓰면|구독하면|내면|이면|면|동안이면|등록하면|유지하면|끊으면)\s*"
    r"(?:총\s*|전체\s*|다\s*합(?:치|하)면\s*)?(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$"
)
# The step's one span of months, used (not a date offset "6개월 뒤/후/전", not "첫달").
# (Or one span of years, "일년 합계", "1년 구독하면": that many twelve months, opens62.)
_MONTHS_IN_STEP = re.compile(
    r"(?P<n>\d+)\s*개월(?!\s*(?:뒤|후|전|만에))"
    r"|(?<![\d가-힣])(?P<yn>[1-9]|일|한)\s*(?:년|해)(?!\s*(?:뒤|후|전|만에|\d))"
)
# The step prices a month: "월 6만원", "매달", "한달에", "달마다", "월회비".
_MONTHLY = re.compile(r"월\s*\d|매달|매월|한\s*달에?|달마다|월\s*(?:회비|요금|구독료)|씩")


def months_span_anew(text: str, steps: Sequence[str]) -> Resolved:
    """The step with its one span of months said anew, or ``None``."""
    said = _SPAN_ANEW.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    if _MONTHLY.search(step) is None:
        return None
    spans = list(_MONTHS_IN_STEP.finditer(step))
    if len(spans) != 1:
        return None  # no span of months, or two: which one is said anew is not said
    years = 1 if said["y"] == "일" else int(said["y"] or 0)
    months = 6 if said["h"] else years * 12 if said["y"] else int(said["m"])
    if months < 1 or months > 600:
        return None
    old = spans[0]
    if old["yn"] is not None:
        changed = f"{step[: old.start()]}{months}개월{step[old.end() :]}"
        return [changed], f"{old.group()} → {months}개월"
    changed = f"{step[: old.start('n')]}{months}{step[old.end('n') :]}"
    return [changed], f"{old['n']}개월 → {months}개월"


CHANGES_58S = (
    # "1년 채우면?" after "첫달 9만원 그다음부터 월 6만원이면 6개월 다니면 총 얼마".
    months_span_anew,
    # "관리비 없으면?" after "월세 75만원인데 3%올리고 관리비 5만원 추가래 …".
    add_on_dropped_ko,
    # "그럼 다 합치면" after "12만원 … 술값 3만원 빼고 나머지에만 팁 10% 주면 팁 얼마".
    total_with_rest_tip_ko,
    # "13캔이면?" after "6캔묶음에 5,400원인데 20캔 필요하면 몇묶음 사야되고 얼마야".
    needed_count_anew,
    # "수수료가 1%면?" after "… 1달러당 1,380원에 수수료는 건당 2천원 별도면 총액".
    flat_fee_now_percent,
    # "what if the fee was a flat 5000 won instead" after "… 100 yen = 890 won … a 2% fee" (62o).
    percent_fee_now_flat,
    # "두부는 2인분에 반모 들어가면 5인분엔 몇모?" after a one-ingredient recipe scaled.
    other_ingredient_counted,
    # "넷플 끊으면?" after "넷플 월 13,500 유튭프리미엄 14,900 둘다 일년 구독하면 총얼마".
    monthly_item_dropped,
)
