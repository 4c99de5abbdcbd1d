"""The early readers set 45 added to the calculator, each reading one whole form, and the
guard that declines a labelled list read in part.

Set 45's first run answered these wrongly, with confidence, from code:

- A holding's gain, "주당 52300원에 15주 샀는데 지금 58100원이면 얼마 번거야": read as a
  price list, 58100 + 52300 * 15 = 842,600원. Shares (or things) bought at a price each
  and now priced at another, the gain or loss asked, are the count times the difference:
  15 * (58100 - 52300) (:func:`holding_gain`, Korean and English).
- A price each, a count, and a percent off, "택배 한건에 3500원인데 14건 보내면 10% 할인해준대
  얼마야": read as one parcel at 10% off (3,150원), the count dropped. The total is the
  price times the count, less the percent (:func:`count_at_price_less_percent`).
- The part a percent takes, asked as such, "월급 320만원이면 국민연금 4.5% 얼마 떼여": read
  as what is left (3,056,000원). "얼마 떼여", "how much is taken" ask the part itself:
  3200000 * 4.5 / 100 (:func:`part_taken_asked`). "떼면 얼마", "after the 4.5%" (what is
  left) are not this form and stay with the readers that read them.
- A fraction of an amount, "whats 3/8 of 1200", "1200의 3/8": no reader read it, and the
  local model wrote a repeated line (:func:`fraction_of_amount`).
- A typed sum with ``x`` for times and a label word after a figure, "14.99x3+6.5
  shipping": left to the local model, which wrote about shipping methods
  (:func:`typed_sum_with_labels`).
- Amounts each after their own label, a month, asked for a year, "netflix 15.49 spotify
  11.99 disney 13.99 a month, what am i paying per year": read as 13.99 * 12, the two
  labelled amounts before it dropped. Their sum times 12 is read
  (:func:`labelled_monthly_list_yearly`), and any other reading that uses some of a
  labelled list's amounts but not all of them is declined (:func:`refuse_labelled_list_in_part`).
- An amount divided over days, "이번주 식비 10만원인데 7일로 나누면 하루에 얼마씩": no reader
  read the days as the divisor (set 45's run sent it to the cloud stand-in)
  (:func:`amount_over_count_ko`).
- A percent asked and read as a sum, "4190원에서 3490원으로 떨어지면 몇 퍼센트야": 7,680원
  (found writing the percent follow-up's test). A reading with no division for a percent
  asked is declined (:func:`refuse_percent_asked_as_amount`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.errors import ToolInputError
from tools.calculator_bundle_free import BUNDLE_EN
from tools.expression_figures import figure_value, figures_used
from tools.rate_charged_separately import TAX_SAID_SEPARATE

__all__ = [
    "amount_over_count_ko",
    "count_at_price_less_percent",
    "fraction_of_amount",
    "holding_gain",
    "labelled_monthly_list_yearly",
    "part_taken_asked",
    "readers_53t",
    "refuse_53t",
    "refuse_labelled_list_in_part",
    "refuse_money_for_a_headcount_asked",
    "refuse_money_for_a_percent_asked",
    "refuse_percent_asked_as_amount",
    "typed_sum_with_labels",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")


def _figures(text: str) -> list[str]:
    return _FIGURE.findall(text)


# --- a holding's gain ---------------------------------------------------------------------
# "주당 52300원에 15주 샀는데 (지금|현재) 58100원이면": the price each, the count, the price now.
_HOLDING_KO = re.compile(
    rf"(?:주당|한\s*주에|1\s*주에|개당|한\s*개에|1\s*개에)\s*(?P<buy>{_N})\s*원?\s*(?:에|씩)?\s*"
    rf"(?P<n>\d+)\s*(?P<c>주|개)\s*(?:를|을)?\s*(?:샀|사\s*놨|사\s*뒀|매수했|산\s*거|산거)[가-힣]*\s*,?\s*"
    rf"(?:지금|현재|오늘|요즘)\s*(?:은|는)?\s*(?:주가\s*(?:가|는)?\s*)?(?P<now>{_N})\s*원"
)
_GAIN_ASKED_KO = re.compile(r"얼마\s*(?:번|벌|남|잃|날|손해)|수익|이익|손익|차익|손해|평가")
_LOSS_ASKED = re.compile(r"손해|잃|날렸|\b(?:lose|lost|loss)\b", re.IGNORECASE)
_HOLDING_EN = re.compile(
    rf"\b(?:i\s+|we\s+)?(?:bought|got|own|have)\s+(?P<n>\d+)\s+(?:[a-z]+\s+){{0,2}}?(?:at|for)\s+"
    rf"\$?(?P<buy>{_N})\s*(?:each|apiece|a\s+share|per\s+share)?\s*,?\s*(?:and|but)?\s*"
    r"(?:now|today)\s+(?:they(?:'?re|\s+are)|it(?:'?s|\s+is)|its|theyre|the\s+price\s+is|"
    rf"(?:they'?re\s+)?(?:trading|worth|at))\s*(?:at|worth)?\s*\$?(?P<now>{_N})\b",
    re.IGNORECASE,
)
_GAIN_ASKED_EN = re.compile(
    r"\b(?:make|made|profit|gain|gained|earn|earned|up|down|lose|lost|loss)\b", re.IGNORECASE
)


def holding_gain(digits: str) -> str | None:
    """``"15 * (58100 - 52300)"`` for a count bought at a price each, priced now at another.

    Read only when the gain (or loss) is asked and the question states no other figure.

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "")
    for form, asked in ((_HOLDING_KO, _GAIN_ASKED_KO), (_HOLDING_EN, _GAIN_ASKED_EN)):
        m = form.search(s)
        if m is None or asked.search(s, m.end()) is None:
            continue
        if len(_figures(s)) != 3:
            return None  # a fee, a second lot: a figure this reading does not place
        if _LOSS_ASKED.search(s, m.end()):
            return f"{m['n']} * ({m['buy']} - {m['now']})"  # the loss, asked as such
        return f"{m['n']} * ({m['now']} - {m['buy']})"
    return None


# --- a price each, a count, a percent off -------------------------------------------------
_EACH_KO = r"(?:한\s*(?P<c1>[가-힣]{1,2})에|(?P<c2>[가-힣]{1,2})당|1\s*(?P<c3>[가-힣]{1,2})에)"
_PRICED_COUNT_KO = re.compile(
    rf"{_EACH_KO}\s*(?P<price>{_N})\s*원\s*(?:인데|이고|이면|짜리|씩)?\s*,?\s*"
    rf"(?P<n>\d+)\s*(?P<c>[가-힣]{{1,2}}?)\s*(?:을|를)?\s*(?:사면|시키면|보내면|주문하면|하면|맡기면|찍으면)"
)
_PERCENT_OFF_KO = re.compile(
    rf"(?P<p>{_N})\s*%\s*(?:할인|깎|빼|디씨|DC|dc|세일)",
)
_TOTAL_ASKED_KO = re.compile(r"얼마|총|전부|다\s*해서")


def count_at_price_less_percent(digits: str) -> str | None:
    """``"3500 * 14 * (1 - 10 / 100)"``: a price for one, a count of them, a percent off.

    The counter after the count must be the one the price is for ("한건에 … 14건").

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "")
    m = _PRICED_COUNT_KO.search(s)
    if m is None:
        return None
    counter = m["c1"] or m["c2"] or m["c3"]
    if counter != m["c"]:
        return None
    off = _PERCENT_OFF_KO.search(s, m.end())
    if off is None or _TOTAL_ASKED_KO.search(s, off.end()) is None or len(_figures(s)) != 3:
        return None
    return f"{m['price']} * {m['n']} * (1 - {off['p']} / 100)"


# --- the part a percent takes, asked as such ------------------------------------------------
_PART_TAKEN_KO = re.compile(
    rf"(?P<a>{_N})\s*원\s*(?:이면|인데|이고|에서|의)?\s*(?:[가-힣]+\s*){{0,3}}?(?P<p>{_N})\s*%\s*(?:면|이면|는|씩)?\s*"
    r"(?:얼마(?:나|를|가)?|몇\s*원)\s*(?:떼|떼여|떼이|떼가|뗘|나가|빠져|빠지|공제|내야|내)"
)
_PART_TAKEN_EN = re.compile(
    rf"\$?(?P<a>{_N})\b.{{0,40}}?(?P<p>{_N})\s*%.{{0,30}}?\bhow\s+much\s+(?:is|gets|will\s+be|do\s+they)\s+"
    r"(?:taken|withheld|deducted|take|withhold|deduct)\b",
    re.IGNORECASE,
)


def part_taken_asked(digits: str) -> str | None:
    """``"3200000 * 4.5 / 100"`` when the part a percent takes is what is asked.

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "")
    if TAX_SAID_SEPARATE.search(s):
        return None  # "부가세 따로 8만원, 10%면 얼마 내야돼": the tax paid on top (calc64)
    for form in (_PART_TAKEN_KO, _PART_TAKEN_EN):
        m = form.search(s)
        if m is not None and len(_figures(s)) == 2:
            return f"{m['a']} * {m['p']} / 100"
    return None


# --- a fraction of an amount ----------------------------------------------------------------
_FRACTION_OF = (
    re.compile(
        rf"^\s*(?:what(?:'?s|\s+is)?\s+|whats\s+)?(?P<a>\d+)\s*/\s*(?P<b>\d+)\s+of\s+\$?(?P<n>{_N})"
        r"\s*(?:dollars|bucks)?\s*[?.!]*\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*(?P<n>{_N})\s*(?:원)?\s*의\s*(?P<a>\d+)\s*/\s*(?P<b>\d+)\s*(?:은|는|이면|면)?\s*"
        r"(?:얼마|몇)?[가-힣]*\s*[?.!]*\s*$"
    ),
)


def fraction_of_amount(digits: str) -> str | None:
    """``"1200 * 3 / 8"`` for "3/8 of 1200" or "1200의 3/8", said alone.

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "")
    for form in _FRACTION_OF:
        m = form.match(s)
        if m is not None and int(m["b"]) != 0:
            return f"{m['n']} * {m['a']} / {m['b']}"
    return None


# --- a typed sum with x for times and label words --------------------------------------------
# A label word right after a figure ("6.5 shipping"); "x" glued between figures is times.
_LABEL_AFTER = re.compile(r"(?<=\d)\s+(?:[a-z]+)(?:\s+[a-z]+)?(?=\s*(?:[-+*/)]|$))", re.I)
_TIMES_X = re.compile(r"(?<=\d)\s*[x×]\s*(?=\d)", re.IGNORECASE)
_TYPED_SUM = re.compile(rf"^\s*\(?\s*{_N}(?:\s*[-+*/]\s*\(?\s*{_N}\s*\)?)+\s*$")


def typed_sum_with_labels(digits: str) -> str | None:
    """``"14.99 * 3 + 6.5"`` for "14.99x3+6.5 shipping": operators typed, labels beside.

    Read only when an ``x`` stands between two figures and, with the labels taken out,
    nothing but figures and operators is left (a label is a word or two after a figure).

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "").strip().rstrip("?.! ")
    if _TIMES_X.search(s) is None:
        return None
    bare = _TIMES_X.sub(" * ", _LABEL_AFTER.sub("", s))
    if not _TYPED_SUM.match(bare):
        return None
    return re.sub(r"\s+", " ", bare).strip()


# --- amounts listed each after its own label --------------------------------------------------
# Words that join or measure, never an item's name ("12 by 14", "at 18.75", "for 3").
_NOT_LABELS = frozenset(
    {"at", "for", "of", "by", "is", "are", "to", "and", "or", "plus", "each", "per", "a"}
    | {"an", "the", "x", "times", "was", "were", "with", "from", "in", "on", "off", "than"}
    | {"about", "around", "over", "under", "every"}
)
# A Korean word ending in a particle ("한달에", "월급은") says something of the figure after it.
_PARTICLE_END = re.compile(r"[가-힣](?:에|은|는|이|가|을|를|로|의)$")
_JOINED = r"(?:이랑|랑|하고|과|와|에다가?|\+|&)"
_LABELLED = re.compile(
    rf"(?P<label>[A-Za-z]{{3,}}|[가-힣]{{2,}})\s+\$?(?P<n>{_N})\s*(?:원|won|dollars|bucks)?"
    # ("넷플 17000원이랑 유튭 14900원", set 51: pairs joined by 이랑/하고/and as well as
    # by a space or a comma.)
    rf"(?=\s|,|$|{_JOINED})"
)


def _labelled_run(text: str) -> list[str]:
    """The figures of the longest run of "label figure" pairs one after another."""
    best: list[str] = []
    run: list[str] = []
    end = -1
    for m in _LABELLED.finditer(text):
        if m["label"].lower() in _NOT_LABELS or _PARTICLE_END.search(m["label"]):
            run, end = [], -1
            continue
        between = text[end : m.start()] if end >= 0 else ""
        if end >= 0 and re.fullmatch(rf"[\s,]*(?:{_JOINED}|and\b)?[\s,]*", between):
            run.append(m["n"])
        else:
            run = [m["n"]]
        end = m.end()
        if len(run) > len(best):
            best = list(run)
    return best


_MONTH_THEN_YEAR_EN = re.compile(
    r"\s*(?:a|per|each|every)\s+month\b.*?\b(?:per\s+year|a\s+year|yearly|annually|each\s+year|"
    r"for\s+(?:a|the|one)\s+(?:whole\s+)?year)\b",
    re.IGNORECASE,
)
_MONTH_THEN_YEAR_KO = re.compile(
    r"\s*(?:한\s*달에?|매달|매월|월)\s*.*?(?:1\s*년|일\s*년|연간|일년)"
)


def labelled_monthly_list_yearly(digits: str) -> str | None:
    """``"(15.49 + 11.99 + 13.99) * 12"``: labelled amounts, a month, asked for a year.

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", " ")
    run = _labelled_run(s)
    if len(run) < 2:
        return None
    last = list(_LABELLED.finditer(s))
    tail_at = max(m.end() for m in last if m["n"] == run[-1])
    tail = s[tail_at:]
    if not (_MONTH_THEN_YEAR_EN.match(tail) or _MONTH_THEN_YEAR_KO.match(tail)):
        return None
    # No figure but the list's own ("1년" asks the year; any other is one unplaced).
    if len(_figures(s[:tail_at])) != len(run) or _figures(re.sub(r"1\s*년", "", tail)):
        return None
    return f"({' + '.join(run)}) * 12"


def refuse_labelled_list_in_part(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` uses some, not all, of a labelled list.

    Amounts each after their own label ("netflix 15.49 spotify 11.99 disney 13.99",
    "전기 48200 가스 31600 수도 12400") are items of one sum: a reading that keeps one
    and drops another answers a question about fewer things than were listed.

    Args:
        question: The question with its numerals as digits.
        expression: The expression a reader read from it.
    """
    # A deal's own figures ("buy 2 get 1 free, 7.50 each") are no list's items (set 49).
    run = _labelled_run(BUNDLE_EN.sub(" ", question.replace(",", " ")))
    if len(run) < 3:
        return
    used = figures_used(expression)
    values = [v for f in run if (v := figure_value(f)) is not None]
    kept = [v for v in values if v in used]
    if kept and len(kept) < len(values):
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} uses only "
            f"some of the amounts listed ({', '.join(run)}); write it with operators"
        )


# --- an amount divided over so many days (months, payments) ---------------------------------
_OVER_COUNT_KO = re.compile(
    rf"(?P<a>{_N})\s*원\s*(?:을|를|인데|이면|이고|짜리)?\s*(?:[가-힣]+\s*){{0,2}}?"
    rf"(?P<n>\d+)\s*(?:일|개월|달|주|번|회|등분)\s*(?:으로|로|에)\s*(?:똑같이\s*|나눠서\s*)?"
    r"(?:나누|나눠|쪼개|분할)"
)


def amount_over_count_ko(digits: str) -> str | None:
    """``"100000 / 7"`` for "식비 10만원인데 7일로 나누면 하루에 얼마씩": an amount over days.

    Read only when the two figures are all the question states.

    Args:
        digits: The question with its numerals as digits.
    """
    s = digits.replace(",", "")
    m = _OVER_COUNT_KO.search(s)
    if m is None or len(_figures(s)) != 2 or float(m["n"]) == 0:
        return None
    return f"{m['a']} / {m['n']}"


# A percent asked for: "몇 퍼센트야", "몇프로", "what percent", "percentage".
_PERCENT_ASKED = re.compile(
    r"몇\s*(?:퍼센트|퍼|프로|%)|what\s+percent|\bpercentage\b|by\s+what\s+percent|"
    r"how\s+many\s+percent",
    re.IGNORECASE,
)


def refuse_percent_asked_as_amount(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when a percent is asked and the reading divides nothing.

    "4190원에서 3490원으로 떨어지면 몇 퍼센트야" was read "4190 + 3490" and answered
    7,680원: a percent is a ratio, so a reading with no division answers another question.

    Args:
        question: The question with its numerals as digits.
        expression: The expression a reader read from it.
    """
    if _PERCENT_ASKED.search(question) and "/" not in expression:
        raise ToolInputError(
            f"could not read {question!r}: a percent is asked and the reading {expression!r} "
            "is no ratio; write it with operators, e.g. '(3490 - 4190) / 4190 * 100'"
        )


# An amount asked beside the percent ("몇 % 할인이고 얼마야"): the money is asked too.
_AMOUNT_ASKED = re.compile(r"얼마|몇\s*원|\bhow\s+much\b", re.IGNORECASE)
_MONEY_UNITS = frozenset({"원", "$", "€", "£", "¥"})


def refuse_money_for_a_percent_asked(question: str, unit: str | None) -> None:
    """Raise ``ToolInputError`` when a percent is asked and the reading gives money.

    "월세 65만 관리비 8만 둘이 나누면 한명당 몇 퍼센트야" was answered 365,000원: the split
    reader's reading divides (so :func:`refuse_percent_asked_as_amount` let it through), but
    what it gives is an amount, not the percentage asked (slot58k, round 58).

    Args:
        question: The question with its numerals as digits.
        unit: The unit of the reading's result.
    """
    if unit not in _MONEY_UNITS or not _PERCENT_ASKED.search(question):
        return
    if _AMOUNT_ASKED.search(question):
        return
    raise ToolInputError(
        f"could not read {question!r}: a percentage is asked and the reading gives an amount "
        "of money; say the part and the whole, e.g. '365000 is what percent of 730000'"
    )


# A count of people asked: "how many friends came", "몇 명 왔어", "몇 사람이야".
_HEADCOUNT_ASKED = re.compile(
    r"몇\s*(?:명|사람)|\bhow\s+many\s+(?:of\s+us|of\s+them|people|persons|friends|"
    r"guests|kids|children|adults|students|coworkers|colleagues|members|diners|players)\b",
    re.IGNORECASE,
)
# A count of people stated ("직원 300명", "12 guests"): a reading of it may give a count.
_HEADCOUNT_SAID = re.compile(
    r"\d\s*(?:명|사람|people|persons|friends|guests|kids|children|adults|students|"
    r"employees|staff|members|players|of\s+us)\b",
    re.IGNORECASE,
)
# A percent in a reading: "120 * 20 / 100", "84 * (1 + 20 / 100)".
_PERCENT_TERM = re.compile(r"/\s*100(?![\d.])")


def refuse_money_for_a_headcount_asked(question: str, source: str, unit: str | None) -> None:
    """Raise ``ToolInputError`` when a count of people is asked and the reading gives money.

    "dinner was 120, we tip 20%, how many friends came" was answered 24 (the tip): nothing
    said gives the count of people, and a percent of an amount (or any amount of money) is
    never one, nor is a reading with no division in it, unless the question states a count
    of people to read from ("직원 300명 중에 35%가 … 몇명이야", "5명 왔고 3명 더 오면"). A
    count read from an amount over a price each ("예산 50만원 … 1인당 2만8천원이면 몇명까지")
    has no money unit and no percent term, so it stays (coordinator, 62).

    Args:
        question: The question with its numerals as digits.
        source: The expression a reader read from it.
        unit: The unit of the reading's result.
    """
    if not _HEADCOUNT_ASKED.search(question) or _AMOUNT_ASKED.search(question):
        return
    if unit in _MONEY_UNITS or (
        not _HEADCOUNT_SAID.search(question) and (_PERCENT_TERM.search(source) or "/" not in source)
    ):
        raise ToolInputError(
            f"could not read {question!r}: a count of people is asked and the reading "
            f"{source!r} gives an amount; say the total and the price each, e.g. "
            "'144 at 24 each, how many people'"
        )


def refuse_53t(question: str, expression: str) -> None:
    """The checks set 45 added on a reading (see the two ``refuse_`` functions)."""
    refuse_labelled_list_in_part(question, expression)
    refuse_percent_asked_as_amount(question, expression)


def readers_53t(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    won = "원" if "원" in digits else None
    dollars = "$" if "$" in digits else None
    return (
        (holding_gain, won or dollars),
        (count_at_price_less_percent, "원"),
        (part_taken_asked, won or dollars),
        (fraction_of_amount, won or dollars),
        (amount_over_count_ko, "원"),
        (typed_sum_with_labels, None),
        (labelled_monthly_list_yearly, won or dollars),
    )
