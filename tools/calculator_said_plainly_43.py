"""Chat words around a sum that name no quantity, said plainly before the calculator reads.

Set 43's first run left these sums to a model, each for words that hold no figure of the
sum (or a figure that is a label):

- "2차 호프집 피처 3개 …": "2차" numbers the round of a night out (1차, 2차), a label,
  never a quantity (also "2차 접종", "3차 중도금");
- "사과 한봉지 6개에 12,900원": the one bag is the package the count is in, not a count;
- "… 한달(4주) 얼마 벌어? 주휴수당은 빼고": the weekly holiday pay left out is nothing to add;
- "… 두개 합치면 얼마": putting the lines together is buying them, "사면 얼마".
"""

from __future__ import annotations

import re

__all__ = ["said_plainly_43"]

# "2차", "1차 회식": an ordinal round, not followed by a word it would be part of (차선, 차례).
_ROUND_LABEL = re.compile(r"(?<![\d.,])\d\s*차(?![가-힣\d])\s*")
# "한봉지 6개에", "한 박스 12개에": one package of so many things.
_ONE_PACKAGE = re.compile(r"(?:한|1)\s*(?:봉지|박스|팩|상자|묶음|판|세트|통|망|봉)\s*(?=\d+\s*개)")
_NUMERAL_PACKAGE = re.compile(
    r"한\s*(?:봉지|박스|팩|상자|묶음|판|세트|통|망|봉)\s*(?=[여일이삼사오육칠팔구십두세네다섯]+\s*개)"
)
# "주휴수당은 빼고", "주휴수당 제외하고", "주휴 없이": the holiday pay not asked for.
_NO_HOLIDAY_PAY = re.compile(
    r"[,.?!\s]*주휴(?:수당)?\s*(?:은|는|을|를)?\s*(?:빼고|제외하고|제외|없이|말고|미포함)\s*[?.!]*\s*$"
)
# "… 두개 합치면 얼마": the lines bought together.
# (Only for lines priced "짜리" with no verb of buying: "… 원씩 네 명이 내면 다 합쳐서" is read
# as said.)
_PUT_TOGETHER = re.compile(r"(?:다\s*)?(?:합치면|합하면)(?=\s*(?:총\s*)?얼마)")
_BOUGHT = re.compile(r"사면|살\s*때|내면|시키면|주문하면")


def said_plainly_43(text: str) -> str:
    """``text`` without the labels and asides above, the lines' sum asked as "사면"."""
    plain = _ROUND_LABEL.sub("", text, count=1) if _ROUND_LABEL.match(text.strip()) else text
    plain = _ONE_PACKAGE.sub("", plain)
    plain = _NUMERAL_PACKAGE.sub("", plain)
    plain = _NO_HOLIDAY_PAY.sub("", plain)
    if "짜리" not in plain or _BOUGHT.search(plain):
        return plain
    return _PUT_TOGETHER.sub("사면", plain)
