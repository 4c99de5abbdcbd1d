"""Follow-ups of first turns older readers already read, said in words no change rule read
(sets 26 to 32, opens51a). Each takes the previous request's own reading (its steps run
again), changes the one thing the turn names, and is kept only when code reads the result.

- "we'll be back at midnight instead" after "… from 6 pm to 11:30 pm": the end moved, as
  "and if we get back at midnight" (:func:`tools.followup_clock_end_en.clock_end_moved_en`).
- "아 코트 두 벌이었음" after "… 코트 한 벌 12,000원 맡기면": that item's count said.
- "make it a dozen" after "3.25 a stem plus 12 for wrapping, I want 24 roses": the count
  wanted (never the 12 of the wrapping).
- "what if I put 1,800 down first" after "13,500 … in 9 monthly installments": the down
  payment off the whole before it is split.
- "인원 추가는 1명당 1박에 만 원이래 우리 두 명 추가야" after "1박 55,000원인데 3박": the extra
  people a night for every night.
- "정기권 한달 189,000원이면 얼마 아껴" after a month's use priced by the hour: the
  difference.
- "여섯개 사면 배송비 무료래" after "하나 칠천오백원 네개 사고 배송비 삼천원": the new count
  and no shipping.
- "oh wait one of the kids just turned 12" after "119 for adults and 79 for kids under 12,
  we're two adults and three kids": one kid at the adult price.
- "나는 커트만 할래" after "커트 만오천원 염색 육만원인데 엄마랑 나 둘다 커트랑 염색하면":
  one of the two without the other service.
- "목살도 600g 살건데 목살은 100g당 2,480원" after "삼겹살 100g에 2,680원인데 1.5kg": the
  other cut added at its own price.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_clock_end_en import clock_end_moved_en
from tools.followup_rerun import kept_if_read
from tools.handler_result import HandlerResult
from tools.korean_numbers import normalize_numerals
from tools.thousands_commas import without_thousands_commas

__all__ = ["SAID_CHANGES_51A"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
Change = tuple[list[str], str]


def _plain(text: str) -> str:
    digits = normalize_numerals(unicodedata.normalize("NFKC", text))
    return without_thousands_commas(digits)


def _previous(steps: Sequence[str]) -> HandlerResult | None:
    """The previous request's result when it was one step the calculator read."""
    if len(steps) != 1:
        return None
    result = run_chain(list(steps))
    return result if result is not None and result.handler == "calculator" else None


_BACK_AT_EN = LazyPattern(
    r"^\s*(?:ok(?:ay)?\s*,?\s+|oh\s+|actually\s*,?\s+)?(?:we'?ll|we\s+will|we'?re\s+going\s+to|"
    r"we\s+might|i'?ll|i\s+will)\s+(?:be\s+back|get\s+back|come\s+back|be\s+home|get\s+home)\s+"
    r"(?:at|by)\s+(?P<t>[\w: ]+?)\s*(?:instead|now|then)?\s*[?.!]?\s*$",
    re.I,
)


def back_at_instead_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "we'll be back at midnight instead": as "and if we get back at midnight"."""
    said = _BACK_AT_EN.match(text)
    return None if said is None else clock_end_moved_en(f"and if we get back at {said['t']}", steps)


_COUNTERS = "벌|개|마리|병|권|장|켤레|판|잔|그릇|박스|봉지"
# The native counts normalize_numerals leaves before some counters ("두 벌이었음").
_NATIVE_COUNTS = {
    "두": "2",
    "세": "3",
    "네": "4",
    "다섯": "5",
    "여섯": "6",
    "일곱": "7",
    "여덟": "8",
    "아홉": "9",
    "열": "10",
}
_NATIVE = "|".join(_NATIVE_COUNTS)
_COUNT_WAS_KO = LazyPattern(
    rf"^\s*(?:아|앗|아참|참)?\s*(?P<name>[가-힣]+?)\s*(?:는|은|가|이)?\s*(?P<n>\d+|{_NATIVE})\s*(?P<c>{_COUNTERS})"
    r"\s*(?:이었음|였음|이었어|였어|이었네|였네|이야|임|이었다|였다|이었어요|였어요|이에요|예요)\s*[.!]?\s*$"
)


def item_count_was_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "아 코트 두 벌이었음" after "… 코트 한 벌 12,000원 맡기면": 2 of that item."""
    said = _COUNT_WAS_KO.match(_plain(text))
    if said is None or _previous(steps) is None:
        return None
    step = steps[0]
    name, counter = re.escape(said["name"]), said["c"]
    priced = list(
        re.finditer(
            rf"{name}\s*(?:한|1)\s*{counter}(?:에|당)?\s*[\d,]+\s*원(?!\s*(?:\d|[한두세네]\s*{counter}))",
            step,
        )
    )
    if len(priced) != 1:
        return None
    at = priced[0].end()
    n = _NATIVE_COUNTS.get(said["n"], said["n"])
    changed = f"{step[:at]} {n}{counter}{step[at:]}"
    return kept_if_read(changed, f"{n} {said['name']}")


_DOZEN_EN = LazyPattern(
    r"^\s*(?:ok(?:ay)?\s*,?\s+|actually\s*,?\s+)?make\s+it\s+(?:(?P<dozen>a\s+dozen|half\s+a\s+dozen)"
    r"(?:\s+(?P<noun>[a-z]+))?|(?P<n>\d+)(?:\s+(?P<named>[a-z]+))?)\s*[?.!]?\s*$",
    re.I,
)
# The thing counted: a plural noun, never a word joining the next clause ("we want 4 and").
_WANTED_EN = LazyPattern(
    r"\b(?:want|need|buy|get|order|ordering|getting|buying)\s+(?P<n>\d+)\s+"
    r"(?!(?:and|or|but|plus|with|for|of|at|each|total)\b)(?P<noun>[a-z]+s)\b",
    re.I,
)


def count_wanted_made_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "make it a dozen", "make it 12 roses" after "… I want 24 roses": the count wanted.

    "a dozen" reaches the rules as "make it 12" (follow_up_counts_plainly). Only a count
    said with its plural noun after a verb of wanting is changed: "we want 4 and delivery is
    3.99" names no noun after the count, so "make it 5" is left alone (test_followup_edits).
    """
    said = _DOZEN_EN.match(text)
    if said is None or _previous(steps) is None:
        return None
    wanted = list(_WANTED_EN.finditer(steps[0]))
    if len(wanted) != 1:
        return None
    noun = wanted[0]["noun"].lower()
    named = said["noun"] or said["named"]
    if named and not noun.startswith(named.lower().rstrip("s")):
        return None
    dozen = " ".join((said["dozen"] or "").lower().split())
    n = {"a dozen": "12", "half a dozen": "6"}.get(dozen, said["n"])
    step = steps[0]
    changed = f"{step[: wanted[0].start('n')]}{n}{step[wanted[0].end('n') :]}"
    return kept_if_read(changed, f"{n} {noun}")


_DOWN_EN = LazyPattern(
    rf"\b(?:put|pay|paying|putting)\s+\$?(?P<d>{_N})\s+(?:down|up\s*front)\b"
    rf"|\$?(?P<d2>{_N})\s+(?:down\s+payment|deposit\s+up\s*front)\b",
    re.I,
)
_IN_PARTS = LazyPattern(r"install?ments?|monthly\s+payments|\bpay\s+it\s+(?:off\s+)?over\b", re.I)


def down_payment_first_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if I put 1,800 down first" after a whole split into monthly installments."""
    said = _DOWN_EN.search(_plain(text))
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or not _IN_PARTS.search(steps[0]):
        return None
    split = re.fullmatch(rf"(?P<t>{_N}) / (?P<n>\d+)", previous.detail)
    down = said["d"] or said["d2"]
    if split is None or float(down) >= float(split["t"]):
        return None
    return kept_if_read(f"({split['t']} - {down}) / {split['n']}", f"{down} down first")


_EXTRA_A_NIGHT_KO = LazyPattern(
    rf"(?:1\s*명|1\s*인|인)\s*당\s*(?:1\s*박(?:에|당)?)?\s*(?P<e>{_N})\s*원"
)
_PEOPLE_ADDED_KO = LazyPattern(r"(?<![\d.])(?P<k>\d+)\s*명\s*(?:추가|더)")


def extra_people_a_night_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "인원 추가는 1명당 1박에 만 원이래 우리 두 명 추가야" after "1박 55,000원인데 3박"."""
    turn = _plain(text)
    price, added = _EXTRA_A_NIGHT_KO.search(turn), _PEOPLE_ADDED_KO.search(turn)
    previous = None if price is None or added is None else _previous(steps)
    if price is None or added is None or previous is None or "1박" not in _plain(steps[0]):
        return None
    stay = re.fullmatch(rf"(?P<p>{_N}) \* (?P<d>\d+)", previous.detail)
    if stay is None or not re.search(rf"(?<![\d.]){stay['d']}\s*박", _plain(steps[0])):
        return None
    p, d = stay["p"], stay["d"]
    return kept_if_read(
        f"{p}원 * {d} + {price['e']}원 * {added['k']} * {d}", f"{added['k']} more a night"
    )


_FLAT_SAVING_KO = LazyPattern(
    rf"(?:정기권|월정액|무제한|자유이용권|이용권|패스|멤버십)\s*(?:이|은|는)?\s*(?:한\s*달|1\s*달|월)\s*(?:에)?\s*"
    rf"(?P<p>{_N})\s*원\s*(?:이면|인데|이래|짜리면|짜리)?\s*(?:얼마|몇\s*원)\s*(?:아껴|아끼|아낌|절약|이득|덜)"
)


def flat_month_saving_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "정기권 한달 189,000원이면 얼마 아껴" after a month's use priced by the hour or day."""
    said = _FLAT_SAVING_KO.search(_plain(text))
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or previous.unit != "원":
        return None
    before = _plain(steps[0])
    month_of_days = re.search(r"(?<![\d.])(?P<d>\d+)\s*일", before)
    if re.search(r"년|연간|개월|주\s*\d|\d\s*주", before) or month_of_days is None:
        return None
    if not isinstance(previous.value, float) or not 20 <= int(month_of_days["d"]) <= 31:
        return None
    if float(said["p"]) >= previous.value:
        return None  # the pass costs more: nothing saved
    return kept_if_read(
        f"{previous.detail} - {said['p']}원", f"saved against {said['p']}원 a month"
    )


_FREE_SHIPPING_KO = LazyPattern(
    r"(?<![\d.])(?P<n>\d+)\s*개\s*(?:이상\s*)?(?:사면|살\s*때|주문하면|시키면)\s*(?:배송비|택배비)\s*"
    r"(?:는|가|도)?\s*(?:무료|공짜|없|안\s*받)"
)


def free_shipping_at_count_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "여섯개 사면 배송비 무료래" after "하나 칠천오백원 네개 사고 배송비 삼천원": 6 at 7,500."""
    said = _FREE_SHIPPING_KO.search(_plain(text))
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or not re.search(r"배송비|택배비", steps[0]):
        return None
    order = re.fullmatch(
        rf"(?P<s>{_N}) \+ (?P<p>{_N}) \* (?P<c>\d+)|(?P<p2>{_N}) \* (?P<c2>\d+) \+ (?P<s2>{_N})",
        previous.detail,
    )
    if order is None:
        return None
    shipping = order["s"] or order["s2"]
    if not re.search(rf"(?:배송비|택배비)\s*{shipping}\s*원", _plain(steps[0])):
        return None
    return kept_if_read(
        f"{order['p'] or order['p2']}원 * {said['n']}", f"{said['n']}, shipping free"
    )


_TURNED_EN = LazyPattern(
    r"\bone\s+of\s+the\s+(?:kids|children)\s+(?:just\s+)?turned\s+(?P<age>\d+)\b", re.I
)
_AGE_PRICES_EN = LazyPattern(
    rf"\$?(?P<a>{_N})\s+for\s+adults\s+and\s+\$?(?P<k>{_N})\s+for\s+(?:kids|children)\s+under\s+(?P<lim>\d+)",
    re.I,
)


def kid_turned_adult_age_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "one of the kids just turned 12" after "… 79 for kids under 12, two adults and three
    kids": one kid at the adult price (under 12 no longer)."""
    said = _TURNED_EN.search(text)
    previous = None if said is None else _previous(steps)
    prices = _AGE_PRICES_EN.search(steps[0]) if steps else None
    if said is None or previous is None or prices is None or int(said["age"]) < int(prices["lim"]):
        return None
    a, k = prices["a"], prices["k"]
    counts = re.fullmatch(
        rf"(?P<na>\d+) \* {re.escape(a)} \+ (?P<nk>\d+) \* {re.escape(k)}", previous.detail
    )
    if counts is None or int(counts["nk"]) < 1:
        return None
    return kept_if_read(
        f"({counts['na']} + 1) * {a} + ({counts['nk']} - 1) * {k}", "one kid at the adult price"
    )


_ONLY_ONE_SERVICE_KO = LazyPattern(
    r"^\s*(?:나|저|난|전|엄마|아빠|남편|아내)\s*(?:는|은)?\s*(?P<svc>[가-힣]+?)만\s*(?:할래|할게|하면|해|받을래|받을게|할거야)"
)


def one_keeps_one_service_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "나는 커트만 할래" after "커트 만오천원 염색 육만원인데 … 둘다 커트랑 염색하면"."""
    said = _ONLY_ONE_SERVICE_KO.match(text)
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or not re.search(r"둘\s*다|두\s*명\s*다|같이", steps[0]):
        return None
    both = re.fullmatch(rf"\((?P<a>{_N}) \+ (?P<b>{_N})\) \* 2", previous.detail)
    before = _plain(steps[0])
    kept = re.search(rf"{re.escape(said['svc'])}\s*(?P<p>{_N})\s*원", before)
    if both is None or kept is None or kept["p"] not in (both["a"], both["b"]):
        return None
    other = both["b"] if kept["p"] == both["a"] else both["a"]
    return kept_if_read(f"{previous.detail} - {other}원", f"one with {said['svc']} only")


_OTHER_CUT_KO = LazyPattern(
    rf"(?P<name>[가-힣]+)도\s*(?P<w>{_N})\s*(?P<u>g|kg|그램|키로)\b.*?(?P=name)\s*(?:은|는)?\s*"
    rf"100\s*g\s*(?:당|에)\s*(?P<p>{_N})\s*원"
)


def other_cut_per_100g_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "목살도 600g 살건데 목살은 100g당 2,480원" after "삼겹살 100g에 2,680원인데 1.5kg"."""
    said = _OTHER_CUT_KO.search(_plain(text))
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or previous.unit != "원":
        return None
    if not re.search(r"100\s*g\s*(?:당|에)", _plain(steps[0])):
        return None
    grams = said["w"] if said["u"] in ("g", "그램") else f"{said['w']} * 1000"
    return kept_if_read(
        f"{previous.detail} + {said['p']} * {grams} / 100원", f"{said['name']} added"
    )


_LESS_EACH_KO = LazyPattern(
    rf"(?P<per>마리|명|개|인)\s*당\s*(?P<d>{_N})\s*원\s*씩?\s*(?:빠진|빠져|빼|할인|깎|싸|덜)"
)


def less_for_each_counted_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "목욕만 하면 마리당 2만원씩 빠진대" after "소형견 4만원 중형견 6만원인데 한 마리씩":
    that much off for every one counted."""
    turn = _plain(text)
    said = _LESS_EACH_KO.search(turn)
    previous = None if said is None else _previous(steps)
    if said is None or previous is None or len(_FIGURE.findall(turn)) != 1:
        return None
    if not re.search(rf"{said['per']}(?:씩|이|을|를|\s|$)", steps[0]) or previous.unit != "원":
        return None
    terms = re.fullmatch(rf"(\d+) \* {_N}(?: \+ (\d+) \* {_N})+", previous.detail)
    if terms is None:
        return None
    counts = re.findall(rf"(?:^|\+ )(\d+) \* {_N}", previous.detail)
    each = min(float(p) for p in re.findall(rf"\d+ \* ({_N})", previous.detail))
    if float(said["d"]) >= each:
        return None
    return kept_if_read(
        f"{previous.detail} - {said['d']}원 * ({' + '.join(counts)})", f"{said['d']}원 off each"
    )


SAID_CHANGES_51A = (
    less_for_each_counted_ko,
    back_at_instead_en,
    item_count_was_ko,
    count_wanted_made_en,
    down_payment_first_en,
    extra_people_a_night_ko,
    flat_month_saving_ko,
    free_shipping_at_count_ko,
    kid_turned_adult_age_en,
    one_keeps_one_service_ko,
    other_cut_per_100g_ko,
)
