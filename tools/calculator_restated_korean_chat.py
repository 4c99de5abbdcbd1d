"""Korean chat ways of joining a price to its count, said again as the calculator reads them.

The twenty-sixth unseen set (turns26) typed price-times-count questions the forms read
when joined by "인데" but not as people chat:

- a price heard from someone: "한 장에 2,500원이래 여덟 장 맡기면" (이래, 이라던데,
  이라는데, 이라네) is "한 장에 2,500원인데 여덟 장 맡기면";
- a price paid: "부가세 포함 61,600원에 샀는데 공급가는" is "부가세 포함 61,600원인데 공급가는";
- games counted as 게임 ("한게임 4500원인데 세게임"): 판, the counter the forms know;
- "하나" for one of a thing before its price ("도시락 하나 8,500원 25개면"): "1개".

Like every rule of ``tools.calculator_restated_forms`` it is tried only after the request
as typed was not read, so no reading that works today changes.
"""

from __future__ import annotations

import re

__all__ = ["restated_korean_chat"]

_PRICE = r"\d[\d,]*(?:\.\d+)?\s*(?:만\s*)?(?:천\s*)?원"
# "2,500원이래 ", "1,800원이라던데 ", "3만 원이라는데 ": a price heard, then the rest.
_HEARD_PRICE = re.compile(
    rf"(?P<price>{_PRICE})\s*(?:이래요?|이라던데|이라는데|이라네|이라고\s*하던데|이라더라|이라서)"
    r"(?=[\s,])"
)
# "61,600원에 샀는데", "5만 원 주고 샀는데": the price paid, then the question.
_PAID_PRICE = re.compile(
    rf"(?P<price>{_PRICE})\s*(?:에|주고)\s*(?:샀는데|샀어|샀고|결제했는데|산\s*건데)(?=[\s,])"
)
_NATIVE = r"한|두|세|네|다섯|여섯|일곱|여덟|아홉|열"
_GAMES = re.compile(rf"(?<![가-힣])(?P<n>{_NATIVE}|\d+)\s*게임")
_ONE_BEFORE_PRICE = re.compile(r"(?<![가-힣])하나(?:에)?\s+(?=\d)")


def restated_korean_chat(text: str) -> str | None:
    """``text`` said with 인데, 판 and 1개, or ``None`` when no rule changed it.

    Args:
        text: A request as typed ("볼링 한게임 4500원인데 세게임 치면 얼마임").

    Returns:
        The request said again ("볼링 한판 4500원인데 세판 치면 얼마임"), or ``None``.
    """
    restated = _HEARD_PRICE.sub(r"\g<price>인데", text)
    restated = _PAID_PRICE.sub(r"\g<price>인데", restated)
    restated = _GAMES.sub(r"\g<n>판", restated)
    restated = _ONE_BEFORE_PRICE.sub("1개 ", restated)
    return restated if restated != text else None
