"""An add-on priced "추가하면 P원" and counted later in times: "애견호텔 1박 3만5천원이고 목욕
추가하면 만오천원인데 2박하고 목욕 한번 하면 얼마야".

Set 33: the sentence went to the cloud, though "… 목욕 1회 만오천원인데 2박하고 목욕 한번 하면"
is read by the price reader (35,000 x 2 + 15,000 x 1 = 85,000원). "목욕 추가하면 만오천원" is
the price of one bath, and the count of baths is said after it in times (한번, 두 번, 3회).

The clause is read as "<noun> 1회 <price>" only when that noun is counted later in 번 or 회,
and only when its price is below every other price of the sentence: "1박 3만5천원이고 목욕
추가하면 5만원" may as well say the night with a bath costs 50,000원 in all, so such a
sentence declines. The rewritten sentence is the price reader's to read, or nobody's.
"""

from __future__ import annotations

import re

from tools.price_total import price_total

__all__ = ["add_on_counted_in_times"]

_NUM = r"\d+(?:\.\d+)?"
_ADD_ON = re.compile(
    rf"(?P<noun>[가-힣]{{1,8}}?)\s*(?:을|를|도)?\s*추가\s*(?:하면|할\s*때|시|는|은)?\s*"
    rf"(?P<price>{_NUM})\s*원"
)
_PRICE = re.compile(rf"({_NUM})\s*원")
_TIMES = r"(?:\d+|한|두|세|네|다섯)\s*(?:번|회)"


def add_on_counted_in_times(digits: str) -> str | None:
    """The price reader's expression of the sentence with the add-on priced per time, or None.

    Args:
        digits: The question with its numerals as digits.
    """
    found = list(_ADD_ON.finditer(digits))
    if len(found) != 1:
        return None
    add_on = found[0]
    noun = add_on["noun"]
    later = digits[add_on.end() :]
    if re.search(rf"{re.escape(noun)}\s*(?:은|는|도|을|를)?\s*{_TIMES}", later) is None:
        return None
    price = float(add_on["price"])
    others = [
        float(m.group(1))
        for m in _PRICE.finditer(digits)
        if not add_on.start() <= m.start() < add_on.end()
    ]
    if not others or any(price >= other for other in others):
        return None  # the price may be the whole with the add-on: not said which
    rewritten = f"{digits[: add_on.start()]}{noun} 1회 {add_on['price']}원{later}"
    read = price_total(rewritten)
    return None if read is None else read[0]
