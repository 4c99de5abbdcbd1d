"""Korean chat forms of unseen set 53 the calculator could not read, said plainly first.

Each rewrite names the role of the words, and says them as the calculator already reads:

- A split in equal parts said by how each pays: "여섯명이 똑같이 내면", "넷이서 공평하게
  부담하면", "세명이 균등하게 나눠 내면" is "N명이 나누면" (a head count said before it).
- Half with one other person: "룸메랑 반반하면", "친구하고 반반씩 내면", "동생이랑 반띵하면"
  is a split between two (the companion and the one asking).
- Month labels before amounts: "가스비 1월 12만3천 2월 9만8천 3월 7만6천" labels each
  amount with its month; the labels are no figures (two or more labelled amounts).
- A percent the seller takes off: "카드결제하면 5% 또 빼준대" is a further 5% 할인.
- English operations said as gerunds: "adding 20% tip and splitting 3 ways" is "add 20%
  tip and split 3 ways"; a list closed by "thats" ("…, with a 20% tip thats") asks what it
  comes to ("total?").
- The pay basis said beside the asked figure: "월급 세전으로 얼마씩" asks the figure before
  tax that a pay figure already is (no rate, no after-tax word in the turn).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "USE_COMPANION_HALF",
    "USE_EQUAL_SHARES",
    "USE_GERUNDS_EN",
    "USE_MONTH_LABELS",
    "USE_PRE_TAX_BASIS",
    "USE_SELLER_TAKES_OFF",
    "USE_THATS_CLOSING",
    "said_plainly_62c",
    "with_companion_half_counted",
]

#: Switches (off only in the tests that show what each rule changes).
USE_EQUAL_SHARES = True
USE_COMPANION_HALF = True
USE_MONTH_LABELS = True
USE_SELLER_TAKES_OFF = True
USE_PRE_TAX_BASIS = True
USE_GERUNDS_EN = True
USE_THATS_CLOSING = True

# "adding a 20% tip", "splitting it 3 ways", "taking off 10%": the verb's gerund.
_GERUND = LazyPattern(
    r"\b(?P<verb>add|splitt|subtract|multiply|divid|tak)ing(?=\s+(?:an?\s+|it\s+|that\s+|the\s+)?"
    r"(?:\d|off\b|on\b|between\b|among\b|by\b|in\b))",
    re.IGNORECASE,
)
_VERB = {"add": "add", "splitt": "split", "subtract": "subtract", "multiply": "multiply"}
_VERB |= {"divid": "divide", "tak": "take"}
# "…, with a 20% tip thats", "…3.50 so thats": the sentence closes asking what it comes to.
_THATS_CLOSING = LazyPattern(
    r"(?<=[\w%])\s*,?\s*(?:so\s+)?(?:thats|that's|that\s+is|that'd\s+be|thatd\s+be)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "… so per can thats", "per bottle that'd be": the one thing is asked, not the total.
_PER_ONE_BEFORE = LazyPattern(r"\bper\s+[a-z]+\s*$", re.IGNORECASE)

_NATIVE_HEADS = r"(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|두\s*명|세\s*명|네\s*명|\d+\s*명)"
# "여섯명이 똑같이 내면", "넷이서 공평하게 부담하면", "6명이 균등하게 나눠서 내면".
_EQUAL_SHARES = LazyPattern(
    rf"(?P<heads>(?:{_NATIVE_HEADS}|[가-힣]+\s*명))\s*(?:이서|이|서|가)?\s*"
    r"(?:똑같이|똑같게|공평하게|균등하게|동일하게|같이\s*똑같이)\s*"
    r"(?:나눠\s*(?:서\s*)?)?(?:내면|내면은|부담하면|나누면|낸다면|내기로\s*하면|내면\s*얼마)"
)
# "룸메랑 반반하면", "친구하고 반반씩 내면", "동생이랑 반띵하면": me and one other.
_COMPANION_HALF = LazyPattern(
    r"(?<![가-힣])(?P<who>[가-힣]{1,5}?)(?:이랑|랑|하고|와|과)\s*"
    r"(?:반반\s*(?:씩\s*)?|반띵\s*)(?:하면|해서|내면|나누면|하면은|치면|부담하면|하기로\s*하면)"
)
# Words before 랑/하고 that are no person ("관리비랑 반반": the fees, not a companion).
_NOT_A_PERSON = LazyPattern(r"(?:비|세|값|료|금|돈|용|원|액)$")
# "1월 12만3천", "3월달 7만6천원": a month's label before its amount.
_MONTH_LABEL = LazyPattern(
    r"(?<![\d.])(?:1[0-2]|[1-9])\s*월\s*(?:달\s*)?(?:(?:은|는|에|에는)\s*)?(?=\d|[일이삼사오육칠팔구십백천만])"
    # (Never a date's month: "9월 12일에 입주하면", "9월은 30일까지".)
    r"(?!\d{1,2}\s*일|[일이삼사오육칠팔구십]{1,3}\s*일)"
)
# "5% 또 빼준대", "10% 빼준다고", "3% 빼주면": the seller takes the percent off.
_SELLER_TAKES_OFF = LazyPattern(
    r"(?P<rate>\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)\s*(?:를\s*)?(?:또\s*|더\s*)?)"
    r"빼\s*(?:준대|준다고|준다|주면|줌|줘서|준대서|준다네|준다길래)"
)
# "월급 세전으로 얼마씩", "세전 기준으로 월 얼마": the basis said of the asked figure.
_PRE_TAX_BASIS = LazyPattern(
    r"(?P<asked>(?:월급|월|한\s*달)\s*)세전\s*(?:기준\s*)?(?:으로|으론|으로는)\s*"
)
_TAX_TALK = LazyPattern(r"세후|실수령|\d\s*(?:%|퍼센트|프로)|세금|떼")


def _companion_half(text: str) -> re.Match[str] | None:
    half = _COMPANION_HALF.search(text)
    return None if half is None or _NOT_A_PERSON.search(half["who"]) else half


def with_companion_half_counted(text: str) -> str:
    """``text`` with "룸메랑 반반하면" said as "2명이 나누면": the head count a follow-up
    that changes it ("한명 더 들어와서 셋이 나누면") finds and replaces."""
    half = _companion_half(text) if USE_COMPANION_HALF else None
    if half is None:
        return text
    return f"{text[: half.start()]}2명이 나누면{text[half.end() :]}"


def said_plainly_62c(text: str) -> str:
    """``text`` with set 53's chat forms said as the calculator reads them."""
    if USE_EQUAL_SHARES:
        text = _EQUAL_SHARES.sub(lambda m: f"{m['heads']}이 나누면", text, count=1)
    text = with_companion_half_counted(text)
    if USE_MONTH_LABELS and len(_MONTH_LABEL.findall(text)) >= 2:
        text = _MONTH_LABEL.sub("", text)
    if USE_SELLER_TAKES_OFF:
        text = _SELLER_TAKES_OFF.sub(lambda m: f"{m['rate']}할인해준대", text)
    if USE_PRE_TAX_BASIS and not _TAX_TALK.search(_PRE_TAX_BASIS.sub(" ", text)):
        text = _PRE_TAX_BASIS.sub(lambda m: m["asked"], text, count=1)
    if USE_GERUNDS_EN:
        text = _GERUND.sub(lambda m: _VERB[m["verb"].lower()], text)
    closing = _THATS_CLOSING.search(text) if USE_THATS_CLOSING else None
    # ("so per can thats" asks the price of one, never a total: opens62's per-piece reading.)
    if closing and re.search(r"\d", text) and not _PER_ONE_BEFORE.search(text[: closing.start()]):
        text = f"{text[: closing.start()]}, total?"
    return re.sub(r"\s{2,}", " ", text)
