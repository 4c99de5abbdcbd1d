"""Chat forms of unseen set 54 the calculator could not read, said plainly first (opens63).

Each rewrite names the role of its words and says them as the calculator already reads:

- A sum to collect said with its verb: "회비 42만원 걷어야되는데 7명이면 한명당 얼마씩" is
  the sum, then the split ("걷어야되는데", "모아야 하는데" dropped), only when a head count and
  a share each are asked after it.
- People who live or use a thing together: "월세 95만원 셋이 사는데 내몫은 얼마", "넷이 같이
  쓰면 인당 얼마" is "N이 나누면", only when one person's share is asked after it.
- The share's period said after the head: "4명이서 나눠쓰면 한명 한달에 얼마" is "한명당 한달에
  얼마" (after a split).
- Amounts in 만 beside amounts in 만원: "월급 320만원에서 적금 80만 월세 55만 빼면" is each
  in 만원 (the 원 dropped by habit, as the first amount says it).
- Change asked as what one gets: "거스름돈 얼마 받아" is "거스름돈 얼마".
- European figures: "€1.450,00", "1.299,99 €" are 1450.00 and 1299.99 EUR (a dot between
  thousands, a comma before two cents, the euro said).
- A split said by who shares: "theres 6 of us on it, per person" is "split 6 ways, per
  person"; "split it between the 4 of us" is "split it between 4 of us".
- Pay asked by its name: "…an hour and work 37.5 hrs a week, weekly gross?" is "how much a
  week?"; "40 hour weeks" is "40 hours a week".
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "USE_CHANGE_RECEIVED",
    "USE_COLLECT_VERB",
    "USE_EURO_FIGURES",
    "USE_HOUR_WEEKS",
    "USE_LIVING_TOGETHER",
    "USE_MAN_BESIDE_MANWON",
    "USE_PAY_NAMED",
    "USE_PER_HEAD_PERIOD",
    "USE_SHARERS_SAID",
    "said_plainly_63o",
]

#: Switches (off only in the tests that show what each rule changes).
USE_COLLECT_VERB = True
USE_LIVING_TOGETHER = True
USE_PER_HEAD_PERIOD = True
USE_MAN_BESIDE_MANWON = True
USE_CHANGE_RECEIVED = True
USE_EURO_FIGURES = True
USE_SHARERS_SAID = True
USE_PAY_NAMED = True
USE_HOUR_WEEKS = True

_HEADS = (
    r"(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|두\s*명|세\s*명|네\s*명|\d+\s*명"
    r"|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*명|[일이삼사오육칠팔구십]+\s*명)"
)
_ONE_SHARE_ASKED = LazyPattern(
    r"내\s*몫|내\s*꺼|내\s*거|내가\s*낼|한\s*(?:명|사람)\s*당|1\s*인당|(?<![가-힣])인당|각자\s*얼마|얼마\s*씩"
)
# "42만원 걷어야되는데", "30만원을 모아야 하는데": the sum to collect, then the split.
_COLLECT_VERB = LazyPattern(
    r"(?<=원)\s*(?:을|를)?\s*(?:걷어야|모아야|거둬야|걷어야만)\s*(?:되는데|하는데|돼서|해서|되는\s*데|하는\s*데)"
)
_HEADS_THEN = LazyPattern(rf"{_HEADS}\s*(?:이서|이|가)?\s*(?:이면|면|나누면|내면|나눠\s*내면)")
# "셋이 사는데", "넷이 같이 쓰면", "4명이서 함께 살아서": who share the thing.
_LIVING_TOGETHER = LazyPattern(
    rf"(?P<heads>{_HEADS})\s*(?:이서|이|서|가)?\s*(?:같이\s*|함께\s*)?"
    r"(?:사는데|살면|살아서|사니까|쓰는데|쓰면|써서|쓰니까)"
)
_SPLIT_SAID = LazyPattern(r"나누|나눠|명이서|n\s*빵|엔빵|더치")
# "한명 한달에 얼마", "한사람 1년에 얼마": the share's period said after the head.
_PER_HEAD_PERIOD = LazyPattern(
    r"(?P<head>한\s*(?:명|사람)|1\s*인)\s+(?=(?:한\s*달|매달|월|1\s*년|일\s*년|하루|한\s*해)\s*(?:에|에는)?\s*얼마)"
)
# "80만 월세", "55만 빼면": a bare 만 amount before a word, not before more of the figure.
_BARE_MAN = LazyPattern(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*만(?=\s+(?![일이삼사오육칠팔구]?\s*[천백십]|\d|원)[가-힣])"
)
_MANWON = LazyPattern(r"[\d일이삼사오육칠팔구십백천]\s*만\s*원")
# "거스름돈 얼마 받아", "잔돈 얼마 받지": change, asked as what one gets back.
_CHANGE_RECEIVED = LazyPattern(
    r"(?P<ask>(?:거스름돈|잔돈)\s*(?:은|는)?\s*얼마)\s*(?:받아|받지|받음|받나|받는거야|받는\s*거야)(?=\s*[?？]?\s*$)"
)
# "€1.450,00", "1.299,99 €", "EUR 2.100,50": thousands by dots, cents after a comma.
_EURO_FIGURE = LazyPattern(
    r"(?:€\s*|\bEUR\s*)?(?<![\d.,])(?P<int>\d{1,3}(?:\.\d{3})+|\d{1,3}),(?P<cents>\d{2})(?![\d,.])(?:\s*€|\s*EUR\b)?",
    re.IGNORECASE,
)
_EURO_SAID = LazyPattern(r"€|\beur\b|\beuros?\b", re.IGNORECASE)
_WORD_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}
_WORD_NUMBERS |= {"eight": "8"}
_N = r"(?P<n>\d+|two|three|four|five|six|seven|eight)"
# "theres 6 of us on it", "there are 4 of us sharing it".
_THERE_ARE_US = LazyPattern(
    rf"\b(?:and\s+)?(?:there'?s|there\s+are|theres)\s+{_N}\s+of\s+us\s+(?:on\s+it|on\s+the\s+plan"
    r"|sharing(?:\s+it)?|in\s+it|on\s+the\s+account)\b",
    re.IGNORECASE,
)
_SHARE_ASKED_EN = LazyPattern(
    r"\bper\s+(?:person|head)\b|\beach\b|\bmy\s+(?:half|share|part|cut)\b", re.IGNORECASE
)
# "split it between the 4 of us": the head count with its article.
_BETWEEN_THE = LazyPattern(r"\b(?P<lead>between|among)\s+the\s+(?=\d+\s+of\s+us\b)", re.I)
# ", weekly gross?", "whats my weekly pay": pay for the period the hours are said for.
_PAY_NAMED = LazyPattern(
    r",?\s*(?:(?:what'?s|whats|what\s+is)\s+(?:my\s+|the\s+)?)?(?P<period>weekly)\s+"
    r"(?:gross|pay|earnings|income|wage)\s*(?:pay\s*)?(?P<q>[?？])?\s*$",
    re.IGNORECASE,
)
_HOURLY_SAID = LazyPattern(r"\ban\s+hour\b|\bper\s+hour\b|/\s*h(?:ou)?r\b|\bhourly\b", re.I)
_HOURS_FOR = {"weekly": r"\bweek\b"}
_PERIOD_WORD = {"weekly": "a week"}
# "40 hour weeks", "37.5-hour weeks": hours a week.
_HOUR_WEEKS = LazyPattern(
    r"(?<![\d.])(?P<h>\d+(?:\.\d+)?)[\s-]*(?:hour|hr)\s+(?:work\s*)?weeks\b", re.I
)


def _n(word: str) -> str:
    return _WORD_NUMBERS.get(word.lower(), word)


def _euro(match: re.Match[str]) -> str:
    whole = match["int"].replace(".", "")
    return f"{whole}.{match['cents']} EUR"


def said_plainly_63o(text: str) -> str:
    """``text`` with set 54's chat forms said as the calculator reads them."""
    asks_one_share = _ONE_SHARE_ASKED.search(text) is not None
    collect = _COLLECT_VERB.search(text) if USE_COLLECT_VERB else None
    if collect and asks_one_share and _HEADS_THEN.search(text, collect.end()):
        text = f"{text[: collect.start()]}{text[collect.end() :]}"
    living = _LIVING_TOGETHER.search(text) if USE_LIVING_TOGETHER else None
    if living and _ONE_SHARE_ASKED.search(text, living.end()) and re.search(r"\d|원", text):
        text = f"{text[: living.start()]}{living['heads']}이 나누면{text[living.end() :]}"
    if USE_PER_HEAD_PERIOD and _SPLIT_SAID.search(text):
        text = _PER_HEAD_PERIOD.sub(lambda m: f"{m['head']}당 ", text, count=1)
    if USE_MAN_BESIDE_MANWON and _MANWON.search(text):
        text = _BARE_MAN.sub(lambda m: f"{m['n']}만원", text)
    if USE_CHANGE_RECEIVED:
        text = _CHANGE_RECEIVED.sub(lambda m: m["ask"], text)
    if USE_EURO_FIGURES and _EURO_SAID.search(text):
        text = _EURO_FIGURE.sub(_euro, text)
    if USE_SHARERS_SAID and _SHARE_ASKED_EN.search(text):
        text = _THERE_ARE_US.sub(lambda m: f"split {_n(m['n'])} ways", text, count=1)
    if USE_SHARERS_SAID:
        text = _BETWEEN_THE.sub(lambda m: f"{m['lead']} ", text)
    pay = _PAY_NAMED.search(text) if USE_PAY_NAMED else None
    if (
        pay is not None
        # (The wage and the hours alone: "… for 4 weeks, what's my weekly pay" asks unclearly.)
        and len(re.findall(r"\d+(?:[.,]\d+)*", text)) == 2
        and _HOURLY_SAID.search(text[: pay.start()])
        and re.search(
            rf"(?:hours?|hrs?)\s+(?:a|per)\s+{_HOURS_FOR[pay['period'].lower()]}", text, re.I
        )
    ):
        text = f"{text[: pay.start()]}, how much {_PERIOD_WORD[pay['period'].lower()]}?"
    if USE_HOUR_WEEKS:
        text = _HOUR_WEEKS.sub(lambda m: f"{m['h']} hours a week", text)
    return re.sub(r"\s{2,}", " ", text)
