"""Chat spellings set 46 met, said the way the calculator's readers read them (turns46).

Each is a spelling, not a new form: the sentence said plainly is already read.

- "5명이서 엔분의일 하면", "1/n 하면": the split chat calls 엔빵 (n분의 1 each).
- "3 boxes of screws @ 12.49": "@" is "at" before a price.
- "seven and a half percent of 64,000", "7 and a half %": the percent with its half, 7.5.
- "for 3 yrs", "1 yr": years.
- "11.99/mo", "45/month", "9.99 /mth": a price a month (set 50, slot58e: "spotify is
  11.99/mo, how much is that over 2 years" was declined while "11.99 a month" is read).
- "토일 7시간씩", "월수금 4시간씩": days named by their first letters with hours each, as
  "하루 7시간씩 주2일" (opens55k).
- "볼펜한자루 1200원 15자루": the price of one said without 에 ("한자루에 1200원").
- "보증금 천만원에 월세 70만원인데 2년 계약이면 월세로만 총 얼마": the deposit set aside by
  "월세로만" (rent only) is no part of the sum; said without it.
- "월급 280만원에서 월세 60만원 빠지면 얼마 남냐": costs that "come out" of an amount (빠지면,
  나가면) are taken off it, as "빼면" is (they were added: 3,400,000원, opens55k).
"""

from __future__ import annotations

import re

__all__ = ["said_plainly_54t"]

_N_SPLIT = re.compile(r"(?:(?:엔|n|N)\s*분의\s*(?:일|1)|\b1\s*/\s*[nN]\b)\s*(?=[하해씩로으])")
_AT_SIGN = re.compile(r"\s*@\s*(?=\$?\d)")
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_HALF_PERCENT = re.compile(
    rf"\b(?P<n>\d+|{'|'.join(_WORDS)})\s+and\s+a\s+half\s*(?P<sign>percent\b|%)", re.IGNORECASE
)
# An amount 에서 ... costs 빠지면/나가면 ... what is left (남) asked.
_COMES_OUT = re.compile(
    r"(?P<head>\d\s*(?:만\s*)?원?\s*에서\s[^?？]*?)(?:빠져\s*나가면|빠지면|나가면|떼이면|까이면|제하면)"
    r"(?=\s*(?:한달에\s*|매달\s*)?(?:얼마|몇)\S*\s*남)"
)
# Two to seven weekday letters, in the week's order, each once, then hours each.
_DAY_LETTERS = "월화수목금토일"
_DAYS_HOURS = re.compile(
    rf"(?<![가-힣])(?P<days>[{_DAY_LETTERS}]{{2,7}})\s*(?:에\s*|요일\s*)?(?:각\s*)?"
    r"(?P<h>\d+(?:\.\d+)?)\s*시간\s*씩"
)


def _days_as_week(found: re.Match[str]) -> str:
    days = found.group("days")
    order = [_DAY_LETTERS.index(d) for d in days]
    if order != sorted(set(order)):
        return found.group(0)  # not days in the week's order ("일월"? "월월"): left as typed
    return f"하루 {found.group('h')}시간씩 주{len(days)}일"


# "한자루 1200원 15자루": one counted thing, its price, then a count of the same counter.
_ONE_PRICED = re.compile(
    r"한\s*(?P<c>자루|개|병|캔|권|장|벌|켤레|봉지|팩|박스|상자|잔|마리|송이)\s+(?P<p>\d[\d,]*\s*원)"
    r"(?=\s*\d+\s*(?P=c))"
)
# "월세로만", "월세만 따지면": the rent alone asked, a deposit beside it set aside.
_RENT_ONLY = re.compile(r"월세\s*(?:로만|만으로|만)\s*(?:따지면|치면|계산하면)?\s*")
_DEPOSIT = re.compile(
    r"보증금\s*(?:은|이|는)?\s*[\d,.일이삼사오육칠팔구십백천만억\s]+원?\s*(?:에|이고|인데|이구|,)\s*"
    r"(?=월세)"
)


def _rent_only(text: str) -> str:
    if not _RENT_ONLY.search(text) or len(_DEPOSIT.findall(text)) != 1:
        return text
    return _RENT_ONLY.sub("", _DEPOSIT.sub("", text))


_YEARS = re.compile(r"(?<=\d)\s*(?P<y>yrs|yr)\b", re.IGNORECASE)

# A slash after a figure before a month's short form is "a month" (set 50); "/yr" and "/hr"
# stay, as readers read them already ("/ year" would break "/yr" readers).
_PER_MONTH = re.compile(r"(?<=\d)\s*/\s*(?:mo|mos|mth|mnth|month)\b\.?", re.IGNORECASE)


def _half_percent(found: re.Match[str]) -> str:
    n = found.group("n")
    whole = int(n) if n.isdigit() else _WORDS[n.casefold()]
    return f"{whole}.5 {found.group('sign')}"


def said_plainly_54t(text: str) -> str:
    """``text`` with set 46's chat spellings said as the readers read them."""
    text = _N_SPLIT.sub("엔빵", text)
    text = _AT_SIGN.sub(" at ", text)
    text = _HALF_PERCENT.sub(_half_percent, text)
    text = _ONE_PRICED.sub(lambda m: f"한{m['c']}에 {m['p']}", text)
    text = _rent_only(text)
    text = _DAYS_HOURS.sub(_days_as_week, text)
    text = _COMES_OUT.sub(lambda m: f"{m['head']}빼면", text)
    text = _PER_MONTH.sub(" a month", text)
    return _YEARS.sub(lambda m: " years" if m.group("y").casefold() == "yrs" else " year", text)
