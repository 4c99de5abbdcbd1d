"""Deterministic splitting of a multi-step request into ordered steps.

Only explicit connectors split ("그리고", "그 다음", "~고, 그걸 ...", "and then",
numbered lists). Anything else stays one step: a wrong split costs more than a
missed one, because a later model step can still do both halves.
References such as "그걸" or "it" are kept so the executor can substitute the
previous step's result.
"""

from __future__ import annotations

import re
import unicodedata

from core.lazy_regex import LazyPattern
from tools.calculator_coupon_slots_en_58u import coupon_order_en_slots
from tools.calculator_discount_then_coupon import AMOUNT_OFF_BY_CODE_EN
from tools.calculator_raise_then_add_58e import raise_then_add_en
from tools.facing_turns_54e import is_turns_puzzle
from tools.korean_numbers import normalize_numerals
from tools.references import KOREAN_REFERENCE_PATTERN, has_reference

__all__ = ["has_reference", "split_steps"]

# "then 75p every 15 min after that, how much for 2.5 hours": after a span's unit, "after
# that" is the time after the first block, part of the rate, never a step's connector (set
# 35: split there, neither half was read).
_SPAN_UNITS = "min mins minutes hour hours hr hrs day days night nights week weeks month months"
_AFTER_THAT = "".join(f"(?<!{u}\\s)" for u in _SPAN_UNITS.split()) + r"(?<!\d\s)\bafter\s+that"
# "0.18 after that" and "그 다음 400까지는 215원": a tier of a rate after a figure or before
# its bound, never a step's connector (set 31: split, neither tier was read).
# Split points, tried in order of strength. Each keeps the text on both sides. "그 다음 주
# 금요일" is the following week, not "and then"; "그 다음엔" is cut whole (not "엔 ...").
_CONNECTORS = LazyPattern(
    r"\s*(?:[,;.]\s*)?(?:그리고\s*나서|그러고\s*나서|그\s*다음(?!\s*(?:주|날|달|해|번|부터))(?!\s*\d[\d,.]*\s*[A-Za-z㎥]*\s*까지)(?:에는|엔|에|은|는)?|그\s*후(?:에는|엔|에|는)?|그리고|다음으로|이어서)\s*,?\s*"
    # Only with a step after it: "and a month after that?" is one question.
    r"|\s*(?:[,;]\s*)?(?:\b(?:and\s+then|afterwards|and\s+finally|finally)|" + _AFTER_THAT + r")\b"
    r"(?=[\s,]*[A-Za-z가-힣0-9])\s*,?\s*"
    r"|\s*[,;.]\s*then\b\s*,?\s*"
    r"|(?<=[.!?])\s+(?:then|next)\b\s*,?\s*",
    re.IGNORECASE,
)
# "...얼마고, 그걸 ..." / "...하고, 그 다음" : a clause ending in 고 followed by a comma,
# or followed directly by a reference to its result. Not when the sentence after the comma
# states a fact ("A는 B보다 크고, C는 A보다 크다."): the two are premises of one problem,
# and a question after them needs both.
_GO_COMMA = LazyPattern(
    r"(?<=[가-힣]고)\s*,\s*(?![^.?!\n]*다[.!])|(?<=[가-힣]고)\s+나서\s*,?\s*"
    r"|(?<=[가-힣]고)\s+(?=" + KOREAN_REFERENCE_PATTERN + ")"
    # "계산한 다음 ...", "받은 후에, ...": a finished action, then the next one.
    r"|(?<=[가-힣][한은된난운쓴본])\s+(?:다음|후|뒤)에?\s*,?\s+"
)
# "그 다음엔 얼마예요?", "after that, how much?": a turn opening with "after that" has no
# step of its own before it; the words say what it asks of (after the previous answer's
# span), so they stay with the step they open instead of being cut as a connector (which
# left "엔 얼마예요?").
_OPENING_AFTER_THAT = LazyPattern(
    r"^\s*(?:그\s*(?:다음|후|뒤|이후)|이후|after\s+that|afterwards)"
    r"(?:에는|엔|에|은|는|부터는|부터)?(?![가-힣A-Za-z])\s*,?(?=\s*[A-Za-z가-힣0-9])",
    re.IGNORECASE,
)
# "10% off and then another 5% off the sale price": the second discount is taken from the
# first one's result, one sum of one price (split, the second step had no price). So is a
# coupon used after it ("25% off, then i use a 10 dollar coupon", set 48).
_THEN_ANOTHER_DISCOUNT = LazyPattern(
    r"(?<=%)(?P<off>\s*off\s*,?(?:\s*and)?)\s+then\s+(?=(?:another|an\s+extra|a\s+further"
    r"|an\s+additional)\s+\d[\d.]*\s*%\s*off\b|(?:i|we)\s+(?:use|apply|redeem)\s+(?:an?\s+|my\s+)?"
    r"\$?\d[\d.]*\s*(?:dollars?\s+|bucks\s+)?(?:off\s+)?(?:coupon|voucher)\b"
    # "... and then another 15 off with a promo code" (set 49): an amount off by a code.
    r"|" + AMOUNT_OFF_BY_CODE_EN.replace("{c}", r"\d[\d.]*") + ")",
    re.IGNORECASE,
)
# "i use a 15 dollar coupon first and then get 10% off": the percent off what the coupon left.
_COUPON_THEN_DISCOUNT = LazyPattern(
    r"(?:(?<=coupon)|(?<=voucher))(?P<off>(?:\s+first)?\s*,?(?:\s*and)?)\s+then\s+"
    r"(?=(?:(?:i|we)\s+)?(?:get|take|apply|use)?\s*(?:an?\s+)?\d[\d.]*\s*%\s*off\b)",
    re.IGNORECASE,
)
# "a base charge of 70 and then 1.50 a minute": a rate after a fee, one bill (set 30: split,
# the second step had no fee and a model took the first).
_THEN_A_RATE = LazyPattern(
    r"(?<=\d)(?P<and>\s*,?\s*and)\s+then\s+(?=\$?\d[\d,.]*\s+(?:an?|per)\s+[a-z]+)", re.I
)
_NUMBERED = LazyPattern(r"^\s*(?:\d+[.)]|[-*•]|[①-⑳])\s+")
# "how long does the X take and how long is the Y": two questions of the same kind joined
# by "and", the second repeating the first one's question words. Only the same words:
# "Who wrote Hamlet, and what is it about?" asks one thing about one subject.
_PARALLEL_QUESTIONS = LazyPattern(
    r"^(?P<first>(?P<ask>how\s+(?:long|much|many|far|often)|what\s+time|what|where|when|which"
    r"|who)\b.+?)\s*,?\s+and\s+(?P<second>(?P=ask)\b.+)$",
    re.IGNORECASE,
)

# "평일 몇시까지 해요? 토요일은요?": a question about one day, then another day asked the
# same way ("X은요?"). The second is the first with the day swapped: "토요일 몇시까지
# 해요?". Only a day for a day: "주차 돼요? 토요일은요?" asks about parking on Saturday,
# which swapping a word would lose.
_DAY = r"(?:평일|주말|공휴일|[월화수목금토일]요일|토욜|일욜|오늘|내일|모레)"
_SAME_QUESTION_OF = LazyPattern(
    r"^(?P<first>[^?？]*?(?P<day>" + _DAY + r")[^?？]*[?？])\s*(?:그럼\s*|그리고\s*)?"
    r"(?P<other>" + _DAY + r")(?:은|는)요?\s*[?？]\s*$"
)
# "17 곱하기 23이랑 1000 빼기 387 각각 얼마야", "12 times 8 and 90 minus 35, each?": two
# sums joined by "and", each asked for ("각각", "둘 다", "each"). Without that word the
# two may be parts of one sum, which stays one step.
_SUM = (
    r"\d[\d,.]*\s*(?:곱하기|나누기|더하기|빼기|times|divided\s+by|plus|minus|[+*/x×÷-])"
    r"\s*\d[\d,.]*"
)
_TWO_SUMS_EACH = LazyPattern(
    rf"^(?:what(?:'s|\s+is|\s+are)\s+)?(?P<first>{_SUM})\s*(?:이랑|랑|하고|와|과|,|\band\b)\s*"
    rf"(?P<second>{_SUM})\s*(?:은|는|이|가)?\s*,?\s*(?:각각|둘\s*다|\beach\b|\brespectively\b)"
    r"[^\d]*$",
    re.IGNORECASE,
)

# "10 percent off first and then a 50000 won coupon. how much do i end up paying": the step
# after "then" opens with a figure named by a money noun and no verb of its own, a part of the
# first sum, not a request. Split there, it was answered alone by a document sentence that
# names 50,000 won (probes58_para); kept whole, the calculator reads it or routes it on.
_BARE_FIGURE_PART = LazyPattern(
    r"^(?:an?|another|one\s+more)\s+[$€£₩]?\d[\d,.]*\s*(?:[a-z%]+\s+){0,2}?"
    r"(?:coupon|voucher|discount|rebate|promo|fee|charge|surcharge|tip|tax|deposit|credit)s?\b",
    re.IGNORECASE,
)


def _same_question_of_another_day(text: str) -> list[str] | None:
    match = _SAME_QUESTION_OF.match(text)
    if match is None:
        return None
    first = match["first"].strip()
    at = match.start("day") - match.start("first")
    second = first[:at] + match["other"] + first[at + len(match["day"]) :]
    return [first, second.strip()]


def _clean(step: str) -> str:
    step = step.strip().strip(",;").strip()
    # "...얼마고" loses its connective ending when it becomes a step of its own.
    step = re.sub(r"얼마고$", "얼마", step)
    # "A를 계산한 다음 ..." leaves "A를 계산한"; make it a request of its own.
    return re.sub(r"(?<=[가-힣])한$", "하기", step)


def split_steps(text: str) -> list[str]:
    """Split a request into ordered steps; a single request returns one step.

    Args:
        text: The user's request.

    Returns:
        Non-empty step texts in order, with reference words ("그걸") kept.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return []
    lines = [ln for ln in s.splitlines() if ln.strip()]
    if len(lines) >= 2 and sum(bool(_NUMBERED.match(ln)) for ln in lines) >= 2:
        return [_clean(_NUMBERED.sub("", ln)) for ln in lines if _clean(_NUMBERED.sub("", ln))]
    if is_turns_puzzle(s):
        return [s]  # "facing north, turn right and then turn around": one question (set 45)
    two_sums = _TWO_SUMS_EACH.match(s)
    if two_sums is not None:
        return [two_sums["first"].strip(), two_sums["second"].strip()]
    borrowed = _same_question_of_another_day(s)
    if borrowed is not None:
        return borrowed
    parallel = _PARALLEL_QUESTIONS.match(s)
    if parallel is not None:
        return [_clean(parallel["first"]), _clean(parallel["second"])]
    if raise_then_add_en(s) is not None:
        return [s]  # "raising it 4% and then adding 35 for parking": one sum, read whole
    if coupon_order_en_slots(normalize_numerals(s)) is not None:
        return [s]  # "40% off, then i use a $10 gift coupon": one sum (cal58e3)
    s = _THEN_ANOTHER_DISCOUNT.sub(lambda m: f"{m['off']} ", s)
    s = _COUPON_THEN_DISCOUNT.sub(lambda m: f"{m['off']} ", s)
    s = _THEN_A_RATE.sub(lambda m: f"{m['and']} ", s)
    opening = _OPENING_AFTER_THAT.match(s)
    head, body = (s[: opening.end()].strip(), s[opening.end() :]) if opening else ("", s)
    parts: list[str] = []
    for piece in _CONNECTORS.split(body):
        for sub in _GO_COMMA.split(piece):
            # Keep the 고 so a generative clause reads naturally; _clean fixes "얼마고".
            cleaned = _clean(sub)
            if cleaned:
                parts.append(cleaned)
    if head and parts:
        parts[0] = f"{head} {parts[0]}"
    if any(_BARE_FIGURE_PART.match(p) and not has_reference(p) for p in parts[1:]):
        return [s]
    return parts or [s]
