"""The sentence forms the calculator reads as arithmetic ("A를 B명이 나누면", "연봉 A이면 월급은").

Each form matches a whole, already normalised request (numerals as digits, currency
markers removed) and gives a template over its operands ``a`` and ``b``.
``tools.calculator`` tries :data:`VERB_FORMS` after stripping a leading label ("연봉");
the forms read before that, where the label is the point, live in
``tools.calculator_period_forms``.
"""

from __future__ import annotations

import re

__all__ = [
    "NUMBER",
    "OPERAND_A",
    "OPERAND_B",
    "PERCENT_CHANGE",
    "SPLIT_WAYS_FORM",
    "SPLIT_WAYS_VERB_FIRST",
    "VERB_FORMS",
]

#: A plain number as the calculator writes it after normalising ("3.5", "120000").
NUMBER = r"\d+(?:\.\d+)?"
_NUM = NUMBER
# Korean sentence forms: "A를 B로 나누면", "A에 B를 곱하면", ... (A, B plain numbers).
#: The first and second operand of a form's template, as named groups.
OPERAND_A = rf"(?P<a>-?{_NUM})"
OPERAND_B = rf"(?P<b>-?{_NUM})"
_A = OPERAND_A
_B = OPERAND_B
# A verb of going, riding or paying after a count of days ("22일 다니면"): the count is
# of that, never of something taken away ("22일 빼면").
_GOING = (
    r"(?:다니|타|가|출근하|통근하|일하|쓰|사|먹|마시|내|결제하|이용하)(?=면|시면|으면)(?:시|으)?"
)
# How a count is bought, before its verb: "단체주문하면", "단체로 사면", "한꺼번에 구매하면".
BOUGHT_HOW = r"(?:단체|한꺼번에|한번에|한\s*번에|같이|대량|묶음|온라인)\s*(?:로|으로)?"
# "89000짜리 코트를 30% 할인하면": what the price is of, between the price and its rate.
_ITEM = r"(?:\s*짜리\s*[가-힣A-Za-z]+)?"
# A first operand already worked out in words ("(15000 * 2)에서 1000 빼면").
_A_OR_GROUP = rf"(?P<a>-?{_NUM}|(?:sqrt)?\([^()]*\))"
# "거기서 또 5% 오르면": "again" adds nothing to the arithmetic.
_AGAIN = r"(?:또|다시|한\s*번\s*더)?\s*"
# "4명이서 나눠 내면": who pays after the split adds nothing to the arithmetic.
_PAY = r"(?:\s*(?:내면|낸다면|계산하면|부담하면|내야\s*하면))?"
# "434000원 나왔는데 7명이서 n빵하면": what the bill came to, then the split ("n빵",
# "엔빵": split n ways, chat for 나눠 내다).
_CAME_TO = r"(?:\s*(?:이|가)?\s*(?:나왔는데|나왔어|나왔고|인데))?"
# "6세대가 똑같이 나누면", "4가구로": households share a building's bill as people do (set 37).
_HOUSEHOLDS = r"(?:세대|가구|집)(?:가|이|로|끼리)?"
#: The template whose result is a percentage, not an amount in the request's currency.
PERCENT_CHANGE = "({b} - {a}) / {a} * 100"
# "120 dollars split 4 ways" (set 39: only "dinner was 120 split 4 ways" was read).
SPLIT_WAYS_FORM = (
    re.compile(rf"^{_A}\s+(?:split|divided|shared)\s+{_B}\s+ways$", re.I),
    "{a} / {b}",
)
# The verb first, "split the 180 four ways, how much each", maybe after dropping an add-on
# ("forget the tip, just split …"): set 49's went to a model.
SPLIT_WAYS_VERB_FIRST = (
    re.compile(
        # "the" (or a currency sign) before the amount, or an add-on dropped before the verb:
        # a figure put in for "that" by a follow-up ("split that four ways" after a share,
        # 20 / 4 for 60 / 4) is no amount named here.
        r"^(?:(?:(?:forget|skip|drop|never\s*mind)\s+(?:about\s+)?(?:the\s+)?(?:tip|tax|fee)\s*[,.;]?\s*)"
        r"(?:just\s+|let'?s\s+|we\s+)?split\s+(?:the\s+)?"
        r"|(?:just\s+|let'?s\s+|we\s+)?split\s+(?:the\s+\$?\s*|\$\s*))"
        rf"{_A}\s+{_B}\s+ways"
        r"\s*[,.]?\s*(?:how\s+much\s+(?:is\s+that\s+)?each|each|per\s+person)?\s*[?.]?$",
        re.I,
    ),
    "{a} / {b}",
)
VERB_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"^{_A}{_CAME_TO}\s*(?:을|를)?\s*{_B}\s*(?:명이서|명이|명으로|명에게|명|사람이|{_HOUSEHOLDS}|개로|등분|개월로|개월에|달로|번으로|으로|로)"
            r"\s*(?:똑같이|균등하게|나눠서|각각)?\s*(?:나누|나눠|나눈|나눌|분할|n분|n빵|N빵|엔빵)\S*"
            + _PAY
            # "12달로 나누면 1달에": the share asked per month, after a split into months.
            + r"(?:\s*(?:1|한)\s*달에)?"
            + "$"
        ),
        "{a} / {b}",
    ),
    # "165에 2 곱하면": the object particle is often dropped in speech.
    (re.compile(rf"^{_A_OR_GROUP}\s*에\s*{_B}\s*(?:을|를)?\s*곱\S*$"), "{a} * {b}"),
    # "3000원짜리 커피 5잔이면": a unit price times a count of things.
    (
        re.compile(
            # "750 와인 4병" (the measure already taken off): so much in each of a count.
            rf"^{_A}\s*(?:짜리\s*(?:[가-힣A-Za-z]+\s*)?|[가-힣]+\s+){_B}\s*"
            r"(?:잔|개|장|병|권|인분|벌|통|세트|명|대|마리|판|그릇|봉지|상자|켤레|캔|팩|박스"
            r"|자루|송이|그루|알|포기|켤레|쌍|줄|곡|편|부|채)"
            # How they are bought, said before the verb (set 56: "열두개 단체주문하면").
            rf"\s*(?:이면|면|을|를|(?:(?:을|를)\s*)?(?:{BOUGHT_HOW}\s*)?(?:사면|시키면|주문하면|구매하면))?$"
        ),
        "{a} * {b}",
    ),
    # "98000원에서 20% 할인하면", "3만 5천 원에 부가세 10% 붙이면": a price changed by a rate.
    (
        re.compile(
            # "월급 280만원에서 세금 9.4% 떼면": what the rate is named (세금, 4대보험) before it;
            # "실수령" after the verb names the remainder asked.
            rf"^{_A}{_ITEM}(?:\s*(?:에서|을|를|인데|이면)\s*,?\s*(?:[가-힣A-Za-z0-9]{{1,6}}\s+){{0,2}}|\s+)"
            rf"{_B}\s*%\s*(?:를|을)?\s*"
            r"(?:할인|세일|깎|떼|제하|공제|빼|off|discount)\S*"
            r"(?:\s+(?:실수령액?|남는\s*돈|남은\s*돈))?$",
            re.I,
        ),
        "{a} * (1 - {b} / 100)",
    ),
    # "월 관리비 180,000원이 5% 오르면": a price that rises or falls by a rate.
    (
        re.compile(
            rf"^{_A}\s*(?:이|가|은|는|에서)?\s*{_AGAIN}{_B}\s*%\s*(?:씩\s*)?"
            r"(?:오르|올라|올리|인상|늘|증가)\S*$"
        ),
        "{a} * (1 + {b} / 100)",
    ),
    (
        re.compile(
            rf"^{_A}\s*(?:이|가|은|는|에서)?\s*{_AGAIN}{_B}\s*%\s*(?:씩\s*)?"
            r"(?:내리|내려|인하|줄|감소|떨어)\S*$"
        ),
        "{a} * (1 - {b} / 100)",
    ),
    # "Our bill is $86. What is it with a 15% tip?": an amount with a tip or tax on top.
    (
        re.compile(
            rf"^(?:.*?\b(?:is|was|of|comes\s+to|costs?)\s+)?{_A}\s*[.,]?\s*"
            r"(?:what(?:'s|\s+is)\s+(?:it|that|the\s+total)\s+)?(?:with|plus|including|after)"
            rf"\s+(?:an?\s+)?{_B}\s*%\s*(?:tip|tax|vat|service\s+charge|gratuity)$",
            re.I,
        ),
        "{a} * (1 + {b} / 100)",
    ),
    (
        re.compile(
            rf"^{_A}\s*(?:에|에다)\s*(?:부가세|부가가치세|세금|봉사료|팁|vat)?\s*{_B}\s*%"
            r"\s*(?:를|을)?\s*(?:붙이|붙으|더하|추가|포함)\S*$",
            re.I,
        ),
        "{a} * (1 + {b} / 100)",
    ),
    (re.compile(rf"^{_A_OR_GROUP}\s*에서\s*{_B}\s*(?:을|를)?\s*빼\S*$"), "{a} - {b}"),
    (re.compile(rf"^{_A_OR_GROUP}\s*에\s*{_B}\s*(?:을|를)?\s*더\S*$"), "{a} + {b}"),
    (
        re.compile(
            rf"^{_A}\s*(?:와|과|하고|이랑|랑)\s*{_B}\s*(?:을|를)\s*(?:더하|합하|합치)\S*"
            r"(?:\s*(?:총|모두|전부)?\s*몇\s*[가-힣]{1,3})?$"
        ),
        "{a} + {b}",
    ),
    (re.compile(rf"^{_A}\s*(?:와|과|하고)\s*{_B}\s*(?:을|를)\s*곱\S*$"), "{a} * {b}"),
    (re.compile(rf"^{_A}\s*의\s*{_B}\s*배$"), "{a} * {b}"),
    (re.compile(rf"^{_A}\s*(?:을|를)?\s*{_B}\s*배\s*(?:하|한|로)\S*$"), "{a} * {b}"),
    # "18000에 3000짜리 노트 2권 추가하면": a unit price times a count, added to an amount.
    (
        re.compile(
            rf"^{_A}\s*(?:에|에다)\s*{_B}\s*짜리\s*(?:[가-힣A-Za-z]+\s*)?(?P<c>{_NUM})\s*[가-힣]{{1,2}}"
            r"\s*(?:을|를)?\s*(?:더\s*)?(?:추가|더하|사|넣)\S*$"
        ),
        "{a} + {b} * {c}",
    ),
    # "630000 나왔어. 9명이 나누면": an amount stated in a sentence of its own, then shared.
    (
        re.compile(
            rf"^{_A}\s*(?:이|가)?\s*(?:나왔어요?|나왔는데|들었어요?|이야|이에요|예요|인데)\s*[.,]?\s*"
            rf"{_B}\s*(?:명이서|명이|명으로|명에게|사람이|{_HOUSEHOLDS})\s*(?:똑같이|균등하게|각각)?\s*"
            r"(?:나누|나눠|나눈|나눌)\S*" + _PAY + "$"
        ),
        "{a} / {b}",
    ),
    # "650000에 관리비 85000이면": an amount and a named second amount on top of it.
    (
        re.compile(
            rf"^{_A}\s*(?:에|에다|하고|이랑|랑)\s*[가-힣]{{1,6}}\s*(?:이|가)?\s*{_B}\s*(?:이면|면)"
            r"\s*(?:한\s*달에|총|모두|합쳐서|전부)?$"
        ),
        "{a} + {b}",
    ),
    # "1박스에 24개씩 15박스면 몇 개": so many to each, times how many.
    (
        re.compile(
            # ("2900씩 한달에 22일 다니면 교통비", set 51: the period the count is of, and a
            # verb of going, riding or paying, never one of taking away: "22일 빼면".)
            rf"^(?:1\s*[가-힣]{{1,3}}(?:에|당)\s*)?{_A}\s*[가-힣]{{0,2}}\s*씩\s*"
            r"(?:(?:한\s*달|1\s*달|매달|한\s*주|1\s*주|일주일|매주|주)\s*(?:에|동안)?\s*)?"
            rf"{_B}\s*[가-힣]{{1,3}}?(?:\s*{_GOING})?"
            r"(?:이면|면|이면은)\s*(?:(?:교통비|차비|식비|비용|총|합계|전부|모두)\s*)?"
            r"(?:몇\s*[가-힣]{1,2})?$"
        ),
        "{a} * {b}",
    ),
    # "80로 2시간 30분 가면": a speed (시속 was a label) for a time, the distance.
    (
        re.compile(
            rf"^{_A}\s*(?:km)?\s*(?:로|으로)\s*{_B}\s*시간\s*(?:(?P<c>{_NUM})\s*분\s*)?(?:동안\s*)?"
            r"(?:가면|달리면|운전하면|이동하면|걸으면)\s*(?:몇\s*(?:km|킬로미터|킬로))?$"
        ),
        "{a} * ({b} + {c} / 60)",
    ),
    # "42.195를 4시간에 뛰면 시속 몇": a distance over a time, the speed.
    (
        re.compile(
            rf"^{_A}\s*(?:를|을)?\s*{_B}\s*시간\s*(?:에|만에|동안)\s*(?:뛰면|달리면|가면|걸으면)"
            r"\s*시속\s*(?:몇\s*(?:km|킬로미터|킬로)?)?$"
        ),
        "{a} / {b}",
    ),
    # "10을 55분에 뛰면 시속 몇", "1시간 20분에": the time in minutes, the speed per hour.
    (
        re.compile(
            rf"^{_A}\s*(?:를|을)?\s*(?:{_B}\s*시간\s*)?(?P<c>{_NUM})\s*분\s*(?:에|만에|동안)\s*"
            r"(?:뛰면|달리면|가면|걸으면)\s*시속\s*(?:몇\s*(?:km|킬로미터|킬로)?)?$"
        ),
        "{a} / ({b} + {c} / 60)",
    ),
    # "2000000을 연 4% 단리로 3년 맡기면 이자": simple interest over whole years.
    (
        re.compile(
            rf"^{_A}\s*(?:을|를)?\s*(?:연|연이율|1년에)\s*{_B}\s*%\s*(?:단리로|단리|로)?\s*"
            rf"(?P<c>{_NUM})\s*년\s*(?:동안\s*)?(?:맡기면|예금하면|저축하면|넣으면|넣어두면)"
            r"\s*(?:이자|이자는)?$"
        ),
        "{a} * {b} / 100 * {c}",
    ),
    # "17333.33을 1000 단위로 반올림": rounded to a place ("천 원 단위로").
    (re.compile(rf"^{_A}\s*(?:을|를)?\s*{_B}\s*단위로\s*반올림\S*$"), "round({a} / {b}) * {b}"),
    (re.compile(rf"^{_A}\s*(?:을|를)?\s*{_B}\s*단위로\s*올림\S*$"), "ceil({a} / {b}) * {b}"),
    (
        re.compile(rf"^{_A}\s*(?:을|를)?\s*{_B}\s*단위로\s*(?:내림|버림)\S*$"),
        "floor({a} / {b}) * {b}",
    ),
    # "1096500에 카드 할인 50000 더 빼면": an amount taken off, named on the way.
    (
        re.compile(
            rf"^{_A_OR_GROUP}\s*(?:에서|에|서)\s*(?:[가-힣]{{1,4}}\s+){{1,2}}{_B}\s*(?:을|를)?\s*"
            r"(?:더\s*)?(?:빼|깎|할인)\S*$"
        ),
        "{a} - {b}",
    ),
    # "180000의 3분의 1": a fraction of an amount.
    (re.compile(rf"^{_A}\s*(?:의)\s*{_B}\s*분의\s*(?P<c>{_NUM})$"), "{a} * {c} / {b}"),
    (re.compile(rf"^divide\s+{_A}\s+by\s+{_B}$", re.I), "{a} / {b}"),
    (re.compile(rf"^multiply\s+{_A}\s+by\s+{_B}$", re.I), "{a} * {b}"),
    (re.compile(rf"^add\s+{_B}\s+to\s+{_A}$", re.I), "{a} + {b}"),
    (re.compile(rf"^subtract\s+{_B}\s+from\s+{_A}$", re.I), "{a} - {b}"),
    (
        re.compile(
            rf"^(?:split|divide|share)\s+{_A}\s+(?:among|between|by|for)\s+{_B}"
            r"(?:\s+of\s+us|\s+\w+)?$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "Dinner came to 184. Add an 18% tip — what's the total": a tip or tax on top.
    (
        re.compile(
            rf"^(?:.*?\b(?:is|was|came\s+to|comes\s+to|costs?|totals?)\s+)?{_A}\s*[.,]?\s*"
            rf"(?:add|plus|with)\s+(?:an?\s+)?{_B}\s*%\s*(?:tip|tax|vat|service\s+charge|gratuity)"
            r"\s*(?:[-—–,.;]\s*)?(?:what(?:'s|\s+is)\s+the\s+total|how\s+much\s+in\s+total)?$",
            re.I,
        ),
        "{a} * (1 + {b} / 100)",
    ),
    # "A cabin costs 900 for the weekend, shared by 6 friends. How much": a share each.
    (
        re.compile(
            rf"^.*?\b(?:costs?|is|was|came\s+to|comes\s+to)\s+{_A}\b[^.?]*?\b(?:shared|split|divided)"
            rf"\s+(?:by|among|between)\s+{_B}\s*(?:people|persons|friends|of\s+us|ways)?\s*[.,]?"
            r"\s*(?:how\s+much(?:\s+(?:is\s+it|does\s+each\s+(?:person|one)\s+pay))?)?$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "If dinner costs 240,000 won, how much is it per person for 4 people?"
    (
        re.compile(
            rf"^(?:if|when)\s+[^,]*?\b(?:costs?|is|are|comes?\s+to|totals?)\s+{_A}\s*,?\s*"
            r"(?:how\s+much\s+(?:is\s+(?:it|that)|do(?:es)?\s+(?:each(?:\s+person)?|we|they)"
            r"\s+pay)\s*)?(?:per\s+person|each|a\s+head)?\s*"
            rf"(?:for|among|between|with)\s+{_B}(?:\s+(?:people|persons|of\s+us|friends))?$",
            re.I,
        ),
        "{a} / {b}",
    ),
    (
        re.compile(
            rf"^{_A}\s+(?:split|divided|shared)\s+(?:among|between|by)\s+{_B}(?:\s+\w+)?$", re.I
        ),
        "{a} / {b}",
    ),
    SPLIT_WAYS_FORM,
    SPLIT_WAYS_VERB_FIRST,
    # "The taxi was 38000 and there are 4 of us. How much": a share each.
    (
        re.compile(
            rf"^.*?\b(?:is|was|came\s+to|comes\s+to|costs?)\s+{_A}\b[^.?\d]*?\bthere\s+(?:are|were)"
            rf"\s+{_B}\s+(?:of\s+us|people|persons|friends)\s*[.,]?\s*(?:how\s+much)?$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "I bought 3 bags of rice at 18.5 each. What's the total": a count at a price each.
    (
        re.compile(
            rf"^(?:[^\d]*?\b(?:bought|buy|get|got|order(?:ed)?|need)\s+)?{_B}\s+[A-Za-z ]{{1,30}}?"
            rf"\s+(?:at|for)\s+{_A}\s*(?:each|apiece|a\s+piece|per\s+[a-z]+)\s*[.,]?\s*"
            r"(?:what(?:'s|\s+is)\s+the\s+total|how\s+much(?:\s+in\s+total|\s+altogether)?)?$",
            re.I,
        ),
        "{a} * {b}",
    ),
    # "시급 10030으로 하루 8시간 일하면 얼마 받아": an hourly rate times the hours.
    (
        re.compile(
            rf"^(?:(?:시급|시간당)\s*)?{_A}\s*(?:으로|로|에|이면|인데)?\s*"
            rf"(?:(?:하루|주|일주일|(?:1|한)\s*주)(?:에)?\s*)?{_B}\s*시간"
            r"\s*(?:동안\s*)?(?:일하면|근무하면|알바하면)\s*(?:(?:하루|일주일|(?:1|한)\s*주)\s*에?\s*)?"
            r"(?:얼마\s*(?:받아|벌어)?)?$"
        ),
        "{a} * {b}",
    ),
    # "I put 5000 in a savings account at 3% simple interest a year. How much interest
    # after 4 years": simple interest over whole years (the Korean 단리 form's twin).
    (
        re.compile(
            rf"^.*?\b(?:put|invest(?:ed)?|deposit(?:ed)?|save[d]?|lend|lent)\s+{_A}\b[^%\d]*?"
            rf"\bat\s+{_B}\s*%\s*(?:simple\s+)?interest\b[^\d]*?\b(?:after|in|over|for)\s+"
            rf"(?P<c>{_NUM})\s+years?$",
            re.I,
        ),
        "{a} * {b} / 100 * {c}",
    ),
    # "My rent went from 1200 to 1350. What percent increase is that": the change in %.
    (
        re.compile(
            # "what's the percentage increase": the article and verb add nothing.
            # "from 1200 to 1380 a month": the period both amounts are for changes nothing.
            rf"^.*?\bfrom\s+{_A}\s+to\s+{_B}(?:\s+(?:a|per|each)\s+(?:month|year|week|day))?"
            # "whats the % increase": chat drops the apostrophe.
            r"\s*[.,]?\s*(?:(?:what|how\s+much)(?:'?s|\s+is)?"
            r"\s+(?:the\s+)?(?:percent|%)"
            r"(?:age)?\s+(?:increase|rise|decrease|drop|change)\b|by\s+(?:what|how\s+many)\s+"
            r"(?:percent|%)(?:age)?\b).*$",
            re.I,
        ),
        PERCENT_CHANGE,
    ),
    # Read by slots (set 51: "went from eighty to ninety two dollars, by what percent did it
    # go up"): two amounts "from A to B", then no other figure, a percent asked and a change
    # word anywhere after ("% raise?", "percent change?", "by what pct did it drop").
    (
        re.compile(
            rf"^[^\d]*?\bfrom\s+{_A}\s+to\s+{_B}(?!\s*(?:%|percent|pct|[\d.]))"
            r"(?=[^\d]*(?:\bper\s*cent(?:age)?\b|\bpct\b|%))"
            r"(?=[^\d]*\b(?:increase|rise|rose|raise|decrease|drop|dropped|change|up|down|jump"
            r"|jumped|grow|grew|fell|fall|cut|by\s+what|by\s+how))[^\d]*$",
            re.I,
        ),
        PERCENT_CHANGE,
    ),
    # "52000에서 44200 됐으면 몇퍼 떨어진거야": the change from one amount to another, in %
    # ("몇퍼" is chat for 몇 퍼센트).
    (
        re.compile(
            rf"^{_A}\s*에서\s*{_B}\s*(?:으로|로|까지)?\s*(?:됐으면|되면|됐는데|됐어|됐을\s*때|떨어지면"
            r"|떨어졌으면|떨어졌는데|오르면|올랐으면|올랐는데|내려가면|올라가면)?\s*,?\s*"
            r"몇\s*(?:%|퍼센트|퍼|프로)\s*(?:나|가|이)?\s*"
            r"(?:떨어|하락|상승|올라|오른|올랐|내린|내려|증가|감소|변)\S*$"
        ),
        PERCENT_CHANGE,
    ),
    # "I drove 150 miles in 2.5 hours. What was my average speed": distance over hours
    # (the caller names the speed unit from the distance's).
    (
        re.compile(
            rf"^.*?\b(?:drove|ran|walked|cycled|rode|biked|went|travel+ed|covered|flew)\s+{_A}"
            rf"\s+(?:in|over)\s+{_B}\s+hours?\b[^\d]*?\b(?:speed|how\s+fast)\b[^\d]*$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "A recipe needs 250 of flour for 4 servings. How much for 10 servings": an amount
    # for so many of something, scaled to another count of it.
    (
        re.compile(
            rf"^.*?\b{_A}\s+(?:[a-z]+\s+){{0,3}}?(?:for|per|serves|makes)\s+{_B}\s+(?P<u>[a-z]+?)s?\b"
            rf"[^\d?]*?\bhow\s+much(?:\s+[a-z]+)?\s+for\s+(?P<c>{_NUM})\s+(?P=u)s?$",
            re.I,
        ),
        "{a} / {b} * {c}",
    ),
    # "3200000인데 그중 30% 저축하면": a part of the amount by a rate.
    (
        re.compile(
            rf"^{_A}\s*(?:인데|이고|이면|에서)?\s*,?\s*(?:그중|그\s*중에?|이\s*중)\s*(?:에서\s*)?{_B}\s*%"
            r"\s*(?:를|을)?\s*(?:저축|저금|모으|쓰|내|떼)\S*$"
        ),
        "{a} * {b} / 100",
    ),
)
