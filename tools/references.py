"""The one list of words that point at the previous step's result.

``그걸 3으로 나누면?``, ``그 돈을 3명이 나누면?``, ``divide it by 2``: the planner
(``tools.planner``) keeps such a step whole and splits before it, and the
deterministic handlers (``tools.handlers``) put the previous result in its place.
Both read this module, so a form recognised by one is recognised by the other
(they had drifted: ``그 돈을`` and ``이것을`` were substituted but never flagged).
Ellipsis (``그럼 4명이면?``, ``반올림하면?``, ``and in dollars?``) is the other
half of a follow-up: a turn that leaves out what it modifies. ``tools.followups``
resolves both kinds against the conversation's earlier turns.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.korean_numbers import english_counts_as_digits, normalize_numerals
from tools.references_clock_it_53b import without_clock_it

__all__ = [
    "CHOICE_AMONG_RE",
    "DATE_SHIFT",
    "DECIMAL_PLACES",
    "ELLIPSIS_RE",
    "KOREAN_REFERENCE_PATTERN",
    "NO_DECIMALS",
    "OPERATION_RES",
    "REFERENCE_RE",
    "SPEED_TARGET",
    "has_reference",
    "is_ellipsis",
    "is_follow_up",
    "substitute_reference",
]

# Not inside a longer word: "차이 값" holds "이 값", "그림" starts with "그".
_KO_START = r"(?<![가-힣A-Za-z0-9])"
# Particles a reference may carry; the longer alternatives first.
_KO_PARTICLES = r"에서|으로|에게|이랑|하고|을|를|에|의|은|는|이|가|로|과|와|도|만|랑"
_KO_NOUNS = r"금액|액수|총액|합계|값|결과값|결과|숫자|수치|돈|답"
# Determiners before those nouns: "그 금액", "이 값", "방금 결과", "앞의 결과".
_KO_DETERMINERS = r"그|이|저|방금|앞의|위의|위|이전|직전"

_KOREAN_FORMS = (
    # Contracted with a particle: 그걸 = 그것을, 그걸로 = 그것으로, 그게 = 그것이.
    rf"{_KO_START}(?P<instr>[그이저]걸로)"
    rf"|{_KO_START}(?P<obj>[그이저]걸|[그이저]것을|[그이저]거를)"
    rf"|{_KO_START}(?P<subj>[그이저]게)(?![가-힣])"
    # A determiner and a noun, with the particle it carries (kept on the value).
    rf"|{_KO_START}(?:{_KO_DETERMINERS})\s*(?:{_KO_NOUNS})\s*(?P<p>{_KO_PARTICLES})?"
    # "결과를 3으로 나누면": the bare noun only where a step starts.
    rf"|^\s*(?:결과값|결과)\s*(?P<p0>{_KO_PARTICLES})?"
    # 그것/그거/이것/이거 alone or before a particle left in the text ("그것에").
    rf"|{_KO_START}(?P<bare>[그이저]것|[그이저]거)(?=$|[^가-힣]|{_KO_PARTICLES})"
    # "거기에 5,000원 더하면", "여기서 3,000원 빼면": "there" only before an amount.
    # "거기에 카드 할인 5만 원 더 빼면": up to two words naming the amount may come first.
    rf"|{_KO_START}(?P<there>거기|여기)(?P<p1>에서|에|서)"
    r"(?=\s*(?:[가-힣]{1,4}\s+){0,2}(?:또|다시|한\s*번\s*더)?\s*\d)"
)
_ENGLISH_FORMS = (
    r"\b(?:the\s+(?:result|answer|total|sum|amount|number|value)"
    r"|(?:that|this)\s+(?:result|answer|total|sum|amount|number|value)"
    r"|it|that)\b"
    # "thats" typed without its apostrophe, opening the turn, is "that's" (blind56m: "thats
    # how much in km/h"); closing a sum ("4 coffees at 3.75 so thats") it refers to nothing.
    r"|^\s*(?:(?:so|and|ok)\s+)?thats\b"
)
# "the result", "that total": always about an earlier result.
_ENGLISH_EXPLICIT_RE = LazyPattern(
    r"\b(?:the|that|this)\s+(?:result|answer|total|sum|amount|number|value)\b", re.IGNORECASE
)
_NUMBER_RE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
# A bare "it"/"that" in a longer request that states its own operands ("If dinner costs
# 240,000 won, how much is it per person for 4 people?") is about that request's subject.
_SELF_CONTAINED_WORDS = 8
# A figure with its unit, then "how many <unit> is that": "that" is the figure just stated.
_ASKS_ITS_OWN_MEASURE = LazyPattern(
    r"\d[\d,]*(?:\.\d+)?\s*[A-Za-z]+\b[^?]*?,?\s+how\s+many\s+[A-Za-z]+\s+(?:is|are)\s+"
    r"(?:that|those|it)\b",
    re.IGNORECASE,
)
# "meeting 9:40am-11:05am how long is that": the span the sentence states itself (set 48).
_ASKS_ITS_OWN_SPAN = LazyPattern(
    r"(?<![\d:])\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|till|until)\s*"
    r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?![a-z])[^?]*?\bhow\s+long\s+(?:is|was|'s)\s+(?:that|it|this)\b",
    re.IGNORECASE,
)

#: The Korean forms alone, for splitting "...얼마고 그걸 ..." before the reference.
#: Without group names: ``re.split`` would return captured groups as pieces.
KOREAN_REFERENCE_PATTERN = re.sub(r"\(\?P<\w+>", "(?:", _KOREAN_FORMS)
#: Every reference form, Korean and English.
REFERENCE_RE = LazyPattern(f"{_KOREAN_FORMS}|{_ENGLISH_FORMS}", re.IGNORECASE)


def has_reference(text: str) -> bool:
    """Whether ``text`` refers to the previous step's result.

    Args:
        text: One step of a request.

    Returns:
        True for "그걸 3명이 나누면?", "그 돈을 ...", "이것을 ...", "divide it by 2";
        False for a bare "it" in a longer request that states its own numbers.
    """
    if _KOREAN_REFERENCE_RE.search(text) or _ENGLISH_EXPLICIT_RE.search(text):
        return True
    # "if its 9am in singapore what time is it in seoul": the time of day's "it".
    if REFERENCE_RE.search(without_clock_it(text)) is None:
        return False
    if _ASKS_ITS_OWN_MEASURE.search(text) or _ASKS_ITS_OWN_SPAN.search(text):
        return False  # "13.1 miles, how many km is that": the sentence's own figure
    self_contained = (
        len(text.split()) > _SELF_CONTAINED_WORDS and len(_NUMBER_RE.findall(text)) >= 2
    )
    return not self_contained


def substitute_reference(text: str, value: str) -> str:
    """Put ``value`` in place of the first reference in ``text``.

    The particle the reference carried stays with the value, so the handlers'
    parsers read an ordinary request: "그 돈을 3으로 나누면?" becomes
    "337500원을 3으로 나누면?".

    Args:
        text: One step that :func:`has_reference` accepted.
        value: The previous result as text ("337500원", "62.1371 mi").

    Returns:
        ``text`` with its first reference replaced (unchanged when it has none).
    """

    def replace(m: re.Match[str]) -> str:
        if m["instr"]:
            return f"{value}로"
        if m["obj"]:
            return f"{value}를"
        if m["subj"]:
            return f"{value}가"
        if m["there"]:
            return f"{value}{'에서' if m['p1'] in ('에서', '서') else '에'}"
        return f"{value}{m['p'] or m['p0'] or ''}"

    return REFERENCE_RE.sub(replace, text, count=1)


# Operations on the previous result that name no operand ("두 배면?", "반으로 나누면?",
# "세금 10% 붙이면?", "1인당은?", "double it", "and per person?"). Each names its
# parameter in a group (``n``, ``pct``); ``tools.followups`` turns the operation into a
# step the deterministic handlers read. The cores are unanchored; the ellipsis list
# below accepts them only as a whole short turn.
_REF = r"(?:그걸|그거|그것을|그거를|그\s*(?:금액|값|돈|결과)(?:을|를|의|에|에서)?|그(?=\s))?\s*"
_OPERATION_FORMS = {
    # "반값이면?": half the price, as 반으로.
    # "룸메이트랑 반반 내면?": shared half and half.
    "half": r"(?:"
    + _REF
    + r"(?:[가-힣]{1,6}(?:랑|이랑|하고|와|과)\s*)?반반\s*(?:씩\s*)?(?:내면|나누면|하면)|"
    + _REF
    + r"(?:반값|절반|반)(?:으로\s*나누면|으로\s*나눠|으로|은|이면|이라면|하면)"
    r"|\b(?:what'?s\s+|what\s+is\s+)?(?:half\s+(?:of\s+)?(?:it|that|this)"
    r"|halve\s+(?:it|that)|(?:split|divide)\s+(?:it|that)\s+in\s+half|halved)\b)",
    "times": r"(?:" + _REF + r"(?P<n>\d+(?:\.\d+)?|두|세|네|다섯|열)\s*배(?:로|면|는|이면|하면"
    r"|로\s*하면|가\s*되면)"
    r"|\b(?P<en_word>double|triple|quadruple)[ds]?(?:\s+(?:it|that))?\b"
    r"|\b(?P<en_n>\d+|two|three|four|five|ten)\s+times\s+(?:it|that|as\s+much)\b"
    r"|\btwice\s+(?:that|as\s+much)\b)",
    "add_percent": r"(?:(?:세금|부가세|부가가치세|팁|봉사료|수수료)\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
    r"\s*(?:를|을|가|이)?\s*(?:붙이면|붙으면|더하면|추가\s*하면|포함\s*하면|포함이면|추가되면)"
    r"|\b(?:plus|add(?:s|ed|ing)?)\s+(?:a\s+)?(?P<en_pct>\d+(?:\.\d+)?)\s*%"
    r"(?:\s*(?:sales\s+)?(?:tax|vat|tip|service\s+charge|fee))?(?:\s+(?:to|on)\s+(?:it|that))?"
    r"|\bwith\s+(?:a\s+)?(?P<with_pct>\d+(?:\.\d+)?)\s*%\s*(?:sales\s+)?(?:tax|vat|tip|service\s+charge|fee))",
    # "5% 더 깎아주면": a further discount on the result.
    "discount": r"(?:(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:를|을)?\s*(?:더\s*)?"
    r"(?:할인\s*(?:하면|이면|받으면|되면|해\s*주면)|깎(?:아\s*주면|으면))"
    r"|(?P<en_pct>\d+(?:\.\d+)?)\s*%\s*(?:off|discount)\b"
    # "and minus 15% from that?", "less 10%": a rate taken off the result.
    r"|\b(?:minus|less|take\s+off|subtract)\s+(?P<minus_pct>\d+(?:\.\d+)?)\s*%"
    r"(?:\s+(?:from|off|of)\s+(?:it|that|this))?)",
    # "and minus 100?", "times 3", "divided by 4": arithmetic on the result, English.
    # "then minus another 120", "times 60 again?": "another"/"again" add nothing.
    "arithmetic": r"^\s*(?:(?:and|then|so)\s+)?"
    r"(?P<op>plus|minus|times|multiplied\s+by|divided\s+by)\s+(?:another\s+|a\s+further\s+)?(?P<operand>\d[\d,]*(?:\.\d+)?)(?:\s+(?:again|more))?"
    r"\s*[?.]?\s*$",
    # "split between the three of us?": the result shared out.
    "split": r"\b(?:split|shared?|divided)\s+(?:between|among|by)\s+(?:the\s+|all\s+)?"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:of\s+us|people|persons|friends|ways))?",
    # "거기서 10% 적립되면 적립금은?": a share of the result paid back or kept.
    "percent_of": r"(?:거기서|거기에서|그\s*중)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:가|이|를|을)?\s*"
    r"(?:적립|캐시백|페이백|환급|포인트로?\s*(?:쌓|받))\S*(?:\s*[가-힣]{1,4}(?:은|는))?",
    # "now take the square root", "제곱근은?": the root of the result.
    "square_root": r"(?:\b(?:now\s+)?(?:take\s+)?(?:the\s+)?square\s+root(?:\s+of\s+(?:it|that))?\b"
    r"|(?:그\s*(?:값|수|결과)의\s*)?제곱근(?:은|이면|을\s*구하면|하면)?)",
    "per_person": r"(?:(?:1|한)\s*(?:인|명|사람)\s*당|인당)(?:은|으로는|으로|이면)?(?:\s*얼마)?"
    r"|\b(?:per\s+(?:person|head)|each|apiece|for\s+each(?:\s+person)?)\b",
}
#: Each operation's pattern, by name (unanchored: ``search`` a turn that is an ellipsis).
OPERATION_RES = {name: LazyPattern(form, re.IGNORECASE) for name, form in _OPERATION_FORMS.items()}
# A short turn that is nothing but one operation: "그럼 두 배면?", "and per person?".
_OPERATION_TURN = (
    r"^\s*(?:그럼|그러면|그렇다면|and|so|then|ok|what\s+if\s+(?:it\s+(?:was|were|is)\s+)?)?"
    r"[\s,]*(?:"
    + re.sub(r"\(\?P<\w+>", "(?:", "|".join(_OPERATION_FORMS.values()))
    # "그 두 배는 몇 kg?": the unit the result is asked in may follow.
    + r")\s*(?:얼마|얼마야|얼마예요|는|은|몇\s*[가-힣A-Za-z]{1,4}(?:야|예요|이야)?)?\s*(?:요)?"
    r"\s*[?？.]?\s*$"
)

# "그중에 제일 쉬운 건?", "which of them is cheapest?": a choice among what the last
# answer listed, meaningless without it.
_CHOICE_AMONG = (
    r"^\s*(?:그\s*중|그것들\s*중|which\s+(?:one\s+)?of\s+(?:them|those|these)"
    r"|among\s+(?:them|those|these))[^.!。]{0,40}$"
)
# "제일 작은 수는?", "and the smallest one?": a superlative with no subject of its own
# (수, 것, one), so it picks among what the last answer gave (found by the ninth unseen
# set, where it was searched in the documents). "가장 가까운 병원은?" names a subject.
_SUPERLATIVE_OF_THEM = (
    r"^\s*(?:그럼|그러면|그리고)?\s*(?:제일|가장)\s*(?:작은|큰|많은|적은|싼|비싼|빠른|느린|긴|짧은|높은|낮은)"
    r"\s*(?:수|숫자|값|것|거|건|게|쪽)(?:은|는|이|가|는요|은요)?\s*(?:뭐(?:야|예요|에요)?|몇(?:이야)?)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|so\s+|then\s+)?(?:what(?:'s|\s+is|\s+about)\s+)?the\s+"
    r"(?:smallest|largest|biggest|lowest|highest|cheapest|fastest|slowest|shortest|longest)"
    r"(?:\s+(?:one|number|value))?\s*\??\s*$"
)
#: A choice among the previous answer's items.
CHOICE_AMONG_RE = LazyPattern(f"{_CHOICE_AMONG}|{_SUPERLATIVE_OF_THEM}", re.IGNORECASE)

# Any character but a sentence end; a decimal point ("26.2 miles") is not one.
_NO_SENTENCE_END = r"(?:[^.!]|(?<=\d)\.(?=\d))"

#: "소수 첫째 자리까지", "소수점 둘째 자리까지": how many decimals a rounding keeps.
DECIMAL_PLACES = (
    r"소수\s*(?:점\s*)?(?:이하\s*)?(?P<place>첫째|둘째|셋째|한|두|세|[1-3])"
    r"\s*(?:번째|째)?\s*자리\s*까지"
)
#: "소수점 없이", "정수로", "without decimals": the result as a whole number.
NO_DECIMALS = (
    r"^\s*(?:그럼|그러면|and)?\s*(?:소수점?\s*(?:이하\s*)?(?:없이|빼고|떼고|버리고)|정수로(?:는)?"
    r"|(?:without|no)\s+(?:the\s+)?decimals|as\s+a\s+whole\s+number)\s*(?:요)?\s*[?？.]?\s*$"
)
#: "then add 3 more days", "and two weeks later?": a date answer moved by a span.
DATE_SHIFT = (
    r"^\s*(?:(?:and|then|so)\s+)?(?:(?:add|plus)\s+(?P<add_n>\w+)\s+(?:more\s+)?(?P<add_u>day|week|month|year)s?"
    r"|(?P<later_n>\w+)\s+(?P<later_u>day|week|month|year)s?\s+(?:later|after\s+that|on))\s*[?.]?\s*$"
)

#: "분당 몇 미터야?", "초속 몇 미터?", "시속 몇 마일?": a speed result in another unit.
SPEED_TARGET = (
    r"^\s*(?:그럼\s*)?(?P<speed>분당|분속|초속|시속)\s*(?:몇\s*)?(?P<unit>미터|m|마일|km|킬로)?"
    r"\s*(?:로는|으로는)?\s*(?:야|예요|이야|인가요)?\s*[?？]?\s*$"
)

# Ellipsis: a turn that only makes sense as a change to, or an operation on, the
# previous turn. Each form is anchored to the whole (short) turn, so an ordinary
# question that merely starts with "그럼" or "and" is not taken for one.
_ELLIPSIS_FORMS = (
    # "그럼 4명이면?", "그러면 환율이 1400원이라면?", "그렇다면 5개는?"
    rf"^\s*(?:그럼|그러면|그렇다면|만약|만일)(?![가-힣])\s*[^\s.!。](?:[^.!。]|(?<=\d)\.(?=\d)){{0,30}}$"
    # "4명이면?", "5명이라면?", "1400원이면요?": a quantity and a conditional ending.
    r"|^\s*[^\s.!?]{0,8}\s*\d[\d,.]*\s*[가-힣A-Za-z%$]{0,4}\s*(?:이면|면|이라면|라면)요?\s*[?？]?\s*$"
    # "이번엔 3만 엔으로", "this time 300": the same question with a new quantity.
    rf"|^\s*(?:이번엔|이번에는|이번에|this\s+time)(?![가-힣])\s*,?\s*[^\s.!。]{_NO_SENTENCE_END}{{0,30}}$"
    # "38.2도는?", "5개는요?": a new quantity asked about on its own; "화씨 0도는?": with the
    # word that qualifies its unit.
    r"|^\s*(?:[가-힣]{1,3}\s+)?\d[\d,.]*\s*[가-힣A-Za-z%$°]{0,4}\s*(?:은|는)요?\s*[?？]?\s*$"
    # "2년 계약이면?", "24개월로 하면?", "4주 치면?": a new quantity, one word naming it.
    r"|^\s*\d[\d,.]*\s*[가-힣A-Za-z%$]{0,4}\s*(?:[가-힣]{1,3}\s*)?"
    r"(?:이면|면|이라면|라면|(?:으로|로)\s*하면|치면)요?\s*[?？]?\s*$"
    # "쿠폰이 20%짜리였으면?", "이자가 5%였다면?": a quantity supposed instead, said in the past.
    r"|^\s*(?:[가-힣]{1,6}\s+)?(?:[가-힣]{1,6}(?:이|가|은|는)\s*)?\d[\d,.]*\s*[가-힣A-Za-z%$]{0,4}?\s*(?:짜리)?"
    r"(?:였으면|이었으면|였다면|이었다면|였더라면)요?\s*[?？]?\s*$"
    # "시속 100km로 밟으면?", "5%로 빌리면?": a quantity, what it is used as, and a verb.
    # ("이것을 2로 나누면?" is an operation on the result, the reference edits' case.)
    r"|^\s*(?:[가-힣]{1,3}(?<![을를])\s*)?\d[\d,.]*\s*[가-힣A-Za-z%$/]{0,4}\s*(?:으로|로)\s*[가-힣]{1,3}(?:으면|면)"
    r"요?\s*[?？]?\s*$"
    # "rather 9.5%?", "40% instead?": the same question with another quantity.
    r"|^\s*(?:or\s+)?(?:rather|instead)\s+\d[\d,.]*\s*[A-Za-z%$]{0,8}\s*\??\s*$"
    r"|^\s*(?:or\s+)?\d[\d,.]*\s*[A-Za-z%$]{0,8}\s+instead\s*\??\s*$"
    # "200달러도 알려줘", "5명도요?": the same question for one more quantity.
    r"|^\s*\d[\d,.]*\s*[가-힣A-Za-z%$°]{0,4}\s*도\s*(?:알려\s*줘|알려\s*주세요|계산해\s*줘|해\s*줘|요)?"
    r"\s*[?？.]?\s*$"
    # "그 다음 주 금요일은?", "그 전날은?", "그날은?": a date counted from the last answer.
    r"|^\s*(?:그\s*(?:다음|전|이전|뒤|후)|그\s*날)(?![가-힣]{2})[^.!。]{0,30}$"
    # "그중에 제일 쉬운 건?", "which of them is cheapest?": a choice among the last answer.
    rf"|{_CHOICE_AMONG}|{_SUPERLATIVE_OF_THEM}"
    # "1인당 달러로는?": per person, then a new unit.
    r"|^\s*(?:(?:1|한)\s*(?:인|명|사람)\s*당|인당)\s*[가-힣A-Za-z$]{1,6}(?:으로|로)는요?\s*[?？]?\s*$"
    # "반올림하면?", "올림해 줘", "절반은?": an operation with no operand.
    r"|^\s*(?:반올림|올림|내림|버림|절반|반)"
    r"(?:은|는|하면|해|해줘|해 줘|하면요|하면\s*얼마)?\s*[?？.]?\s*$"
    # "반올림해서 정수로 알려줘", "올림해서 알려줘": the same, asked to be told.
    r"|^\s*(?:반올림|올림|내림|버림)(?:해서|하여|한\s*거|한\s*값)\s*(?:정수로\s*)?"
    r"(?:알려\s*줘|알려\s*주세요|알려\s*줄래|말해\s*줘|보여\s*줘|계산해\s*줘|얼마)요?\s*[?？.]?\s*$"
    # "반올림해서 소수 첫째 자리까지", "소수점 없이", "정수로": the result rounded.
    rf"|^\s*(?:반올림|올림|내림|버림)(?:해서|하여|해)?\s*{DECIMAL_PLACES}\s*[?？.]?\s*$"
    rf"|{NO_DECIMALS}"
    # "달러로는?", "마일로는요?": a new unit for the same quantity.
    r"|^\s*[가-힣A-Za-z$]{1,6}(?:으로|로)(?:는|\s*치면|\s*하면|\s*따지면)요?\s*[?？]?\s*$"
    # "What about 4 people?", "how about 500 dollars", "what if it were 5?"
    rf"|^\s*(?:and\s+)?(?:what|how)\s+about\b{_NO_SENTENCE_END}{{0,40}}$"
    rf"|^\s*(?:and\s+)?what\s+if\b{_NO_SENTENCE_END}{{0,40}}$"
    # "and if it were 500?", "if the rate were 1,400?": a supposition about the last answer.
    r"|^\s*(?:and\s+|so\s+)?if\s+(?:it|that|there|the\s+\w+)\s+(?:was|were|is|are|cost|costs)\b"
    rf"{_NO_SENTENCE_END}{{0,30}}$"
    # "and in dollars?", "and for 4 people?", "and at 3:30?", "in km?" (two words at most
    # without "and")
    rf"|^\s*and\s+(?:in|for|with|at|on|by)\s+{_NO_SENTENCE_END}{{1,30}}\?\s*$"
    # "and 20%?", "and 5 people?", "and the full 26.2?": a new quantity for the same
    # question (a determiner and a word or two may name what it is).
    r"|^\s*and\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z]+\s+){0,2}\d[\d,.]*\s*[A-Za-z%$]{0,8}\s*\?\s*$"
    # "1명 더 오면?", "두 명 더 늘면 1인당?", "친구 한 명 더 오면?": more people sharing it.
    r"|^\s*(?:그럼\s*)?(?:[가-힣]{1,4}\s+)?\d+\s*(?:명|사람)\s*(?:이\s*)?더\s*(?:오면|늘면|추가되면|있으면|합류하면)"
    r"\s*(?:1인당|인당)?\s*(?:은|는)?\s*[?？]?\s*$"
    # "in euros instead, at 1,500 won per euro?": the result in another unit.
    r"|^\s*(?:and\s+)?in\s+[A-Za-z]+\s+instead\b[^.!]{0,40}$"
    # "크리스마스 대신 12월 31일까지면?", "4월 1일부터라면?": a span with one end moved.
    # "1995년 12월 25일생이면?": a birth date replaced the same way.
    r"|^[^.!?]{0,12}?\d{1,2}월\s*\d{1,2}일\s*(?:까지|부터|생)(?:라면|이라면|이면|면|는|은)\s*(?:요)?"
    r"\s*[?？]?\s*$"
    # "분당 몇 미터야?", "초속으로는?": a speed asked in another unit.
    rf"|{SPEED_TARGET}"
    # "6 feet?", "80 kg?": a new quantity alone, asked as a question.
    r"|^\s*\d[\d,.]*\s*[A-Za-z%$°]{1,12}\s*\?\s*$"
    # "actually make it 4 ways", "make it five people": the same question, a new count.
    r"|^\s*(?:actually|no|ok(?:ay)?|then)?\s*,?\s*make\s+it\s+\d+\s*[A-Za-z]{0,8}\s*[?.!]?\s*$"
    # "what weekday is that?", "which day of the week was it?": about the last date answer.
    r"|^\s*(?:and\s+)?(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+"
    r"(?:is|was|will\s+be|would\s+be)\s+(?:that|it)\s*\??\s*$"
    # "then add 3 more days", "and two weeks later?": a date moved on from the last answer.
    rf"|{DATE_SHIFT}"
    r"|^\s*(?:in|for)\s+\S+(?:\s+\S+)?\s*\?\s*$"
    # "rounded?", "round it", "and rounded?"
    r"|^\s*(?:and\s+)?(?:rounded|round\s+(?:it|that|up|down))\s*[?.]?\s*$"
    # "두 배면?", "세금 10% 붙이면?", "and per person?": an operation on the result.
    rf"|{_OPERATION_TURN}"
    # "and over a 30 day month?", "and over a year": the same figure over another span (set
    # 38: read alone, it was answered from a policy's "within 30 days" sentence).
    r"|^\s*and\s+over\s+(?:a|an|the|\d)[^.!?]{0,28}\??\s*$"
)
#: Every ellipsis form, Korean and English.
ELLIPSIS_RE = LazyPattern(_ELLIPSIS_FORMS, re.IGNORECASE)
# Korean references are unambiguous; the English "it"/"that" only count in a short
# turn ("divide it by 3"), since a long question may use "it" about its own subject.
_KOREAN_REFERENCE_RE = LazyPattern(_KOREAN_FORMS)
_SHORT_TURN_WORDS = 6


def is_ellipsis(text: str) -> bool:
    """Whether ``text`` leaves out what it modifies ("그럼 4명이면?", "and in dollars?").

    Args:
        text: One turn of a conversation.

    Returns:
        True when the turn only makes sense against the previous turn.
    """
    # "다섯 명이면?" is "5명이면?" to the patterns, "make it four ways" "make it 4 ways".
    plain = english_counts_as_digits(normalize_numerals(text)).strip()
    return ELLIPSIS_RE.search(plain) is not None


def is_follow_up(text: str) -> bool:
    """Whether a turn refers to or modifies the previous turn of the conversation.

    Args:
        text: One turn of a conversation (not the first).

    Returns:
        True for an ellipsis, a Korean reference ("그 금액의 10%는?") or a short English
        turn with a reference and a number ("divide it by 3"); False for a question
        that stands alone.
    """
    if is_ellipsis(text) or _KOREAN_REFERENCE_RE.search(text):
        return True
    # "divide it by 3" is arithmetic on the last answer; "when was it founded?" may
    # be about a document's subject and keeps its search.
    return (
        has_reference(text)
        and len(text.split()) <= _SHORT_TURN_WORDS
        and any(ch.isdigit() for ch in text)
    )
