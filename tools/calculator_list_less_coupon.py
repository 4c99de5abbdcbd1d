"""Korean amounts listed for one order, less a coupon used (or VAT on top), split by heads.

Blind sets 34 and 35: "배달 떡볶이 만8천원 순대 5천원 배달팁 3천원인데 3천원 할인쿠폰 쓰고
4명이서 나누면 1인당 얼마" and "마라탕 2인분 3만2천원 꿔바로우 만8천원 시키고 5천원 쿠폰
쓰면 얼마" went to the cloud: the price reader reads a price per unit and its counts, not
a bill's lines. Here each line is an amount in 원 (a count right before it, "2인분
3만2천원", is what the amount buys, not a multiplier), one amount may be a coupon used
("5천원 쿠폰 쓰면"), and a head count may share the rest ("4명이서 나누면"). Every figure
must have one of those places; a figure left over, a percent, a price said each (씩,
개당) or words of change, leftovers or exclusions mean another question, and it declines.
"""

from __future__ import annotations

import re
import unicodedata

from tools.korean_numbers import normalize_numerals

__all__ = ["AMOUNT", "COUPON_USED", "list_less_coupon"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
AMOUNT = re.compile(r"(?P<a>\d[\d,]*)\s*원")
# "5000원 쿠폰 쓰면", "3000원 할인쿠폰 쓰고", "5천원짜리 쿠폰 적용하면": a coupon used.
COUPON_USED = re.compile(
    r"(?P<c>\d[\d,]*)\s*원\s*(?:짜리\s*)?(?:할인\s*)?쿠폰\s*(?:을|를|하나|도)?\s*"
    r"(?:쓰면|쓰고|써서|쓴다면|사용하면|사용하고|적용하면|적용하고)"
)
# "부가세 10% 별도", "부가세 별도": Korean VAT, 10% by law, on top of the lines (set 35's
# "부품값 8만5천원이고 공임 4만원 부가세 10% 별도면 총 얼마").
_VAT_APART = re.compile(
    r"(?:부가세|VAT)\s*(?:(?P<rate>10)\s*%\s*)?(?:는|은)?\s*(?:별도|따로)", re.I
)
# "2인분 32000원": the amount is what that many cost (a count right before it).
_BOUGHT = re.compile(r"(?P<q>\d+)\s*(?:인분|개|마리|판|그릇|접시|병|잔|세트|봉지)\s*$")
_SHARED = re.compile(
    r"(?P<n>\d+)\s*명\s*(?:이서|이|서)?\s*(?:나눠|나누|n빵|엔빵|더치|각자)", re.IGNORECASE
)
_ASKS = re.compile(r"얼마|총|합계|몇\s*원|결제\s*(?:금액|액)")
# "쿠폰 쓰고 배달팁 3천원 붙으면": a line said after the coupon, added to the order (set 53;
# the sum is the same whichever comes first). Off only in the test that shows it.
_ADDED_AFTER = re.compile(
    r"(?P<a>\d[\d,]*)\s*원\s*(?:이|가|도|은|는)?\s*"
    r"(?:붙으면|붙고|붙어서|더하면|더해서|추가하면|추가되면|추가하고|포함하면)"
)
USE_ADDED_AFTER_COUPON = True
# "1인당 얼마": the one person a share is asked for.
_ONE_EACH = re.compile(r"(?<!\d)1\s*(?:인|명)\s*당")
# A price per piece, a percent, change, what is left, a part excluded or taken away: the
# figures mean something else than a bill's lines.
_OTHER = re.compile(
    r"씩|개당|인분당|장당|당\s*\d|%|퍼센트|프로|거스름|잔돈|남[은았]|중에|빼고|빼면|제외|말고|취소"
    r"|환불|반반|할부|이자|월\s*\d|매달|매월|하루|시간"
)


def list_less_coupon(original: str) -> tuple[str, str] | None:
    """ "(18000 + 5000 + 3000 - 3000) / 4" and "원", or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", original))
    vat = _VAT_APART.search(s)
    if _ASKS.search(s) is None or _OTHER.search(_VAT_APART.sub(" ", s)) is not None:
        return None
    coupons = list(COUPON_USED.finditer(s))
    if len(coupons) > 1:
        return None
    coupon = coupons[0] if coupons else None
    placed = {coupon.span("c")} if coupon else set()
    if vat is not None and vat["rate"]:
        placed.add(vat.span("rate"))
    lines = []
    for amount in AMOUNT.finditer(s, 0, coupon.start() if coupon else len(s)):
        placed.add(amount.span("a"))
        bought = _BOUGHT.search(s, 0, amount.start())
        if bought is not None:
            placed.add(bought.span("q"))
        lines.append(amount["a"].replace(",", ""))
    if coupon is not None and USE_ADDED_AFTER_COUPON:
        for added in _ADDED_AFTER.finditer(s, coupon.end()):
            placed.add(added.span("a"))
            lines.append(added["a"].replace(",", ""))
    shared = list(_SHARED.finditer(s))
    if len(shared) > 1 or len(lines) < 2:
        return None
    if shared:
        placed.add(shared[0].span("n"))
    placed |= {(m.start(), m.start() + 1) for m in _ONE_EACH.finditer(s)}
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None  # a figure with no place among the lines, the coupon or the heads
    if coupon is None and not shared and vat is None:
        return None  # a plain list of amounts: the calculator's own readers sum it
    if coupon and shared and coupon.start() > shared[0].start():
        return None  # split first, then a coupon: whose coupon it is is not said
    expression = " + ".join(lines)
    if coupon is not None:
        expression += f" - {coupon['c'].replace(',', '')}"
    if vat is not None:
        if coupon is not None:
            return None  # a coupon and VAT: whether it comes off before the tax is not said
        expression = f"({expression}) * 1.1"
    if shared:
        expression = f"({expression}) / {shared[0]['n']}"
    return expression, "원"
