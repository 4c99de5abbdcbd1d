"""Korean shopping sums the other forms did not read: a charge on top, counts, VAT inside.

Found by the twenty-second unseen set, each a whole request in everyday words:

- an amount and a second amount put on it: "케이크 35000원에 배송비 3000원 붙으면 총
  얼마" -> ``35000 + 3000``;
- two items priced and bought one each: "셔츠 39000원이랑 바지 59000원 하나씩 사면"
  -> ``39000 + 59000``;
- an amount each paid by so many people: "35000원씩 4명이 내면 다 합쳐서" ->
  ``35000 * 4``;
- a count of a thing at a price for one of it, a discount off: "운동화 3켤레 1켤레
  42000원인데 10% 할인받으면 총" -> ``42000 * 3 * (1 - 10 / 100)``;
- the VAT inside a price that includes it: "부가세 포함 176000원이면 부가세만" ->
  ``176000 * 10 / 110`` (Korea's 10% unless another rate is said), or the price before
  it ("…공급가액은" -> ``176000 * 100 / 110``).

The text is the request with its numerals as digits and its thousands commas gone, the
``원`` kept (every form here is about won). Anything else: ``None``.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_korean_counted import korean_counted_expression
from tools.korean_numbers import normalize_numerals

__all__ = ["korean_shop_expression"]

_NUM = r"\d+(?:\.\d+)?"
# Up to two words naming what is priced ("케이크", "배송비"), no figure in them.
_LABEL = r"(?:[가-힣A-Za-z]{1,8}\s+){0,2}"
_ONE_LABEL = r"(?:[가-힣A-Za-z]{1,8}\s*)?"
_ASK = (
    r"\s*(?:총|전부|모두|다\s*해서|다\s*합쳐서|합쳐서|합계)?"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$"
)

_CHARGE_ON = LazyPattern(
    rf"^\s*{_LABEL}(?P<a>{_NUM})\s*원\s*(?:에|에다|이고|인데|,)\s*{_ONE_LABEL}(?P<b>{_NUM})\s*원"
    r"\s*(?:이|가|을|를)?\s*(?:붙으면|붙이면|추가되면|추가하면|더해지면|더하면|얹으면)" + _ASK
)
_ONE_EACH = LazyPattern(
    rf"^\s*{_ONE_LABEL}(?P<a>{_NUM})\s*원\s*(?:이랑|랑|하고|과|와|,)?\s*{_ONE_LABEL}(?P<b>{_NUM})\s*원"
    r"\s*(?:짜리\s*)?(?:을|를)?\s*(?:하나씩|1\s*개씩|한\s*개씩|각각\s*하나씩?|1\s*벌씩)\s*"
    r"(?:사면|시키면|주문하면|구매하면|하면)" + _ASK
)
_PAID_BY_EACH = LazyPattern(
    rf"^\s*{_LABEL}(?:(?P<a>{_NUM})\s*원\s*씩\s*(?P<n>\d+)\s*명(?:이|이서)?"
    rf"|(?P<n2>\d+)\s*명(?:이|이서)?\s*(?P<a2>{_NUM})\s*원\s*씩)"
    r"\s*(?:내면|모으면|걷으면|냈으면)\s*(?:(?:다\s*합쳐서|합치면|합쳐서|모두|총|전부|다\s*해서)"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?|얼마[가-힣]*|몇\s*원[가-힣]*)\s*[?？.]*\s*$"
)
_COUNTER = r"[가-힣]{1,2}"
_DISCOUNT = (
    rf"(?P<p>{_NUM})\s*%\s*"
    r"(?:할인\s*)?(?:쿠폰(?:을|를)?\s*(?:쓰면|적용하면|받으면)"
    r"|할인(?:받으면|하면|되면|해주면|이면|해서)?|(?:깎아주면|깎으면|빼주면))"
)
_COUNT_THEN_PRICE = LazyPattern(
    rf"^\s*{_ONE_LABEL}(?P<n>\d+)\s*(?P<u>{_COUNTER})\s*,?\s*(?:1\s*(?P=u)\s*(?:에|당)?|(?P=u)당)\s*"
    rf"(?P<a>{_NUM})\s*원\s*(?:인데|이고|이면|씩이고|씩인데|,)?\s*,?\s*(?:사고\s*|사서\s*)?{_DISCOUNT}"
    + _ASK
)
_PRICE_THEN_COUNT = LazyPattern(
    rf"^\s*{_ONE_LABEL}(?:1\s*(?P<u>{_COUNTER})\s*(?:에|당)?|(?P<u2>{_COUNTER})당)\s*(?P<a>{_NUM})\s*원"
    rf"\s*(?:인데|이고|짜리\s*(?:[가-힣A-Za-z]{{1,8}}\s+)?|,)?\s*,?\s*(?P<n>\d+)\s*(?P=u)?(?P=u2)?"
    r"\s*(?:사면|사고|사는데|시키면|시키고|을|를)?\s*,?\s*" + _DISCOUNT + _ASK
)
_VAT = r"(?:부가세|부가가치세|VAT)"
_VAT_INSIDE = LazyPattern(
    rf"^\s*{_LABEL}(?:{_VAT}\s*(?:(?P<r>{_NUM})\s*%\s*)?포함(?:해서|된|한)?\s*(?:(?:가격|가)\s*(?:이|은|는|가)?\s*)?"
    rf"(?P<a>{_NUM})\s*원|(?P<a2>{_NUM})\s*원\s*(?:이|은)?\s*{_VAT}\s*(?:(?P<r2>{_NUM})\s*%\s*)?포함"
    # "부가세 포함가인데": the price with VAT in it, said as one word ("부가세 포함가가
    # 55만원이면", set 50, said before the price).
    r"(?:가격|가)?)"
    # ("부가세 얼마": the VAT asked with no particle, opens62.)
    rf"\s*(?:이면|인데|이고|가격이면|짜리면|,)?\s*,?\s*(?:그중\s*|여기서\s*|거기서\s*)?"
    rf"(?:{_VAT}\s*(?:만|는|은|가|(?=\s*얼마))"
    rf"|(?P<supply>공급가액|공급가|세전\s*(?:가격|금액))\s*(?:은|는|이)?)"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$",
    re.IGNORECASE,
)


# "만 원 내고 6,800원짜리 샀으면 거스름돈", "5만 원짜리 상품권으로 37,500원 쓰면 얼마 남아":
# what was handed over or held, less what was spent.
_CHANGE_DUE = LazyPattern(
    rf"^\s*(?P<a>{_NUM})\s*원\s*(?:을|를)?\s*(?:내고|냈는데|내면|주고|줬는데)\s*,?\s*{_ONE_LABEL}"
    rf"(?P<b>{_NUM})\s*원\s*(?:짜리\s*)?(?:{_ONE_LABEL})?(?:을|를)?\s*(?:샀으면|사면|샀는데|계산하면)"
    r"\s*(?:거스름돈|잔돈|거스름)(?:은|는|이)?\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$"
)
_LEFT_AFTER_SPENDING = LazyPattern(
    rf"^\s*{_LABEL}(?P<a>{_NUM})\s*원\s*(?:짜리\s*)?(?:[가-힣]{{1,6}}\s*)?(?:으로|로|에서|중에|중)\s*"
    # ("월세 70만원 내고 남는거", "3만원 쓰고 남은 건": paid or spent, then what is left; the
    # generic reader had added the two amounts: 3,700,000원 for 2,300,000원.)
    rf"{_ONE_LABEL}(?P<b>{_NUM})\s*원\s*(?:을|를)?\s*(?:쓰면|썼으면|쓰고|결제하면|내면|내고|냈으면)"
    r"\s*(?:(?:얼마|몇\s*원)\s*(?:남아|남지|남았|남나|남아요|남음)[가-힣]*"
    r"|(?:잔액|(?:남는|남은)\s*(?:돈|금액|거|건|게))(?:은|는|이)?"
    r"(?:\s*얼마[가-힣]*)?)\s*[?？.]*\s*$"
)
# "전기요금 45,000원 가스요금 32,000원 합치면 얼마야": amounts by name, added up.
_NAMED_AMOUNT = re.compile(
    rf"\s*(?:[가-힣A-Za-z]{{1,8}}\s+)?[가-힣A-Za-z]{{1,8}}\s*(?P<a>{_NUM})\s*원\s*(?:이랑|랑|하고|과|와|,|에)?"
)
_ADDED_UP = LazyPattern(
    r"^(?P<amounts>.+?원)\s*(?:을|를|이랑|을\s*다|다|모두|전부)?\s*"
    r"(?:합치면|더하면|합하면|합해서|합산하면|다\s*합치면)\s*(?:총|모두|전부)?"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)\s*[?？.]*\s*$"
)


# "김밥 1줄 3500원 라면 4500원인데 김밥 2줄이랑 라면 3개면": prices by name, then counts by
# name. Every name counted must be priced once; every word must be one of the items.
_PRICED_ITEM = re.compile(
    rf"\s*(?P<name>[가-힣A-Za-z]{{1,8}})\s*(?:1\s*[가-힣]{{1,2}}\s*(?:에|당)?\s*)?(?P<price>{_NUM})\s*원"
    r"\s*(?:이랑|랑|하고|이고|,)?"
)
_COUNTED_ITEM = re.compile(
    r"\s*(?P<name>[가-힣A-Za-z]{1,8})\s*(?P<n>\d+)\s*[가-힣]{1,2}?\s*(?:이랑|랑|하고|과|와|,)?"
)
_PRICES_THEN_COUNTS = LazyPattern(
    r"^(?P<prices>.+?원)\s*(?:인데|이고|일\s*때)\s*,?(?P<counts>.+?)\s*"
    r"(?:이면|면|사면|시키면|주문하면|먹으면)" + _ASK
)


def _items(part: str, item: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The items of ``part``, one after another to its end, or None if a word is left over."""
    found, at = [], 0
    while at < len(part):
        m = item.match(part, at)
        if m is None or m.end() == at:
            return None
        found.append(m)
        at = m.end()
    return found


def _priced_list_expression(s: str) -> str | None:
    said = _PRICES_THEN_COUNTS.match(s)
    if said is None:
        return None
    priced = _items(said["prices"], _PRICED_ITEM)
    counted = _items(said["counts"], _COUNTED_ITEM)
    if not priced or not counted or len(priced) < 2:
        return None
    prices = {m["name"]: m["price"] for m in priced}
    names = [m["name"] for m in counted]
    if len(prices) != len(priced) or len(set(names)) != len(names):
        return None
    if any(name not in prices for name in names):
        return None
    return " + ".join(f"{prices[m['name']]} * {m['n']}" for m in counted)


def korean_shop_expression(text: str) -> str | None:
    """The expression of one of the forms above, read from the request as written.

    Args:
        text: The request as the user wrote it ("부가세 포함 176,000원이면 부가세만 얼마야").

    Returns:
        The expression, or None when the request is none of these forms.
    """
    s = normalize_numerals(re.sub(r"(?<=\d),(?=\d{3})", "", text))
    charge = _CHARGE_ON.match(s) or _ONE_EACH.match(s)
    if charge is not None:
        return f"{charge['a']} + {charge['b']}"
    paid = _PAID_BY_EACH.match(s)
    if paid is not None:
        return f"{paid['a'] or paid['a2']} * {paid['n'] or paid['n2']}"
    counted = _COUNT_THEN_PRICE.match(s) or _PRICE_THEN_COUNT.match(s)
    if counted is not None:
        return f"{counted['a']} * {counted['n']} * (1 - {counted['p']} / 100)"
    due = _CHANGE_DUE.match(s) or _LEFT_AFTER_SPENDING.match(s)
    if due is not None:
        return f"{due['a']} - {due['b']}"
    added = _ADDED_UP.match(s)
    amounts = _items(added["amounts"], _NAMED_AMOUNT) if added else None
    if amounts is not None and len(amounts) >= 2:
        return " + ".join(m["a"] for m in amounts)
    listed = _priced_list_expression(s)
    if listed is not None:
        return listed
    vat = _VAT_INSIDE.match(s)
    if vat is not None:
        rate = vat["r"] or vat["r2"] or "10"
        part = "100" if vat["supply"] else rate  # the price before VAT, or the VAT alone
        return f"{vat['a'] or vat['a2']} * {part} / (100 + {rate})"
    # Then the figures read by what is attached to them (a counter, 씩, a weight).
    return korean_counted_expression(text)
