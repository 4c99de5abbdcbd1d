""" "부품 12만원 더" after a bill's lines: one more line on the same bill.

After "브레이크 패드 부품값 8만5천원이고 공임 4만원 부가세 10% 별도면 총 얼마" (137,500원),
"디스크도 갈아야 된대 부품 12만원 더" adds a line of 120,000원 before the VAT (269,500원);
set 35 sent it to the cloud. Read only after a step read as a bill's lines
(:mod:`tools.calculator_list_less_coupon`) and for a turn whose one figure is an amount
said to come more (더, 추가, 붙): the new line goes after the last one, so a coupon, the
VAT or a split still applies to the whole.

The same family for set 46 (opens55k), each only after a step the calculator reads and only
when the re-run moves the result the way the turn says: one more labelled cost taken off
("식비 50도 빼봐"), one named line's price swapped ("탕수육 대자 25000원으로 바꾸면?") and the
monthly rent cut ("집주인이 월 5만원 깎아준대 그럼?").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.errors import ToolInputError
from tools.calculator_list_less_coupon import AMOUNT, COUPON_USED, list_less_coupon
from tools.calculator_won_by_words_51x import pay_in_man_said
from tools.korean_numbers import normalize_numerals

__all__ = ["cost_also_taken_off", "line_added", "line_price_changed", "monthly_rent_cut"]

_ONE_MORE = re.compile(r"(?P<a>\d[\d,]*)\s*원\s*(?:이|가)?\s*(?:더|추가|붙)")
_FIGURE = re.compile(r"\d[\d,]*")


def line_added(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous bill with one more line, or ``None``.

    Args:
        text: The follow-up ("디스크도 갈아야 된대 부품 12만원 더").
        previous_steps: The previous turn's steps; one step read as a bill's lines.
    """
    said = normalize_numerals(unicodedata.normalize("NFKC", text))
    more = _ONE_MORE.search(said)
    if more is None or len(_FIGURE.findall(said)) != 1 or len(previous_steps) != 1:
        return None
    if list_less_coupon(previous_steps[0]) is None:
        return None
    step = normalize_numerals(unicodedata.normalize("NFKC", previous_steps[0]))
    coupon = COUPON_USED.search(step)
    lines = list(AMOUNT.finditer(step, 0, coupon.start() if coupon else len(step)))
    if not lines:
        return None
    at = lines[-1].end()
    changed = f"{step[:at]} {more['a']}원{step[at:]}"
    if list_less_coupon(changed) is None:
        return None
    return [changed], f"+ {more['a']}원"


# "식비 50도 빼봐", "보험 15만원도 빠지면?" (set 46): one more labelled cost taken off an
# amount the previous turn took costs off ("월급 280에서 월세60 통신비8 보험15 빠지면").
_ALSO_OFF = re.compile(
    r"^\s*(?:그럼\s*|아\s*|거기서\s*|여기서\s*)?(?P<label>[가-힣]{1,6}?)\s*(?:도\s*)?"
    r"(?P<a>\d[\d,]*)\s*(?P<u>만\s*원|만|원)?\s*(?:도|까지)\s*"
    r"(?:빼\s*(?:봐|줘|보면|면|면은|고)|빠지면|나가면)\s*(?:얼마\S*|남\S*)?\s*[?？.!]*\s*$"
)
_TAKEN_OFF = re.compile(r"\d\s*(?:만\s*)?원?\s*에서\s.*?(?P<verb>빼면|빠지면|나가면|빼고)")
_MAN_COST = re.compile(r"[가-힣]\s*\d[\d,]*\s*만\s*원?")


def cost_also_taken_off(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous costs taken off with one more labelled cost, or ``None``.

    The cost goes in before the verb of taking off, in 만 when the costs before were said
    in 만 and this one bare; the result must come out lower than before, so the cost was
    read as taken off, not added.
    """
    said = _ALSO_OFF.match(normalize_numerals(unicodedata.normalize("NFKC", text)))
    if said is None or len(previous_steps) != 1:
        return None
    step = previous_steps[0]
    off = _TAKEN_OFF.search(step)
    if off is None:
        return None
    unit = (said["u"] or "").replace(" ", "")
    if not unit and _MAN_COST.search(step[: off.start("verb")]):
        unit = "만원"  # "식비 50도" after "월세 60만원 …": in 만 as the others are
    elif unit.startswith("만") and pay_in_man_said(step) != step:
        unit = ""  # "교통비 10만원도" after "월급 250에서 관리비 12": bare, as they are
    at = off.start("verb")
    changed = f"{step[:at].rstrip()} {said['label']}{said['a']}{unit} {step[at:]}"
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import calculate

    try:
        before, after = calculate(step).value, calculate(changed).value
    except ToolInputError:
        return None
    if not after < before:
        return None  # not read as taken off: never guessed
    return [changed], f"- {said['label']} {said['a']}{unit}"


# "탕수육 대자 25000원으로 바꾸면?", "짬뽕 9000원이면?" (set 46): one named line's price
# changed, a size word between (the bigger dish replaces the line, it is not added).
_LINE_PRICE_CHANGED = re.compile(
    r"^\s*(?:그럼\s*|아\s*)?(?P<item>[가-힣]{1,6}?)\s*(?:을|를|은|는)?\s*"
    r"(?P<size>(?:대자|중자|소자|대|중|소|라지|레귤러|큰\s*거|작은\s*거|곱빼기)\s*(?:로|으로)?\s*)?"
    # ("N원짜리로 바꾸면" is the Korean slot rules' form, tools.followup_slots_korean.)
    r"(?P<a>\d[\d,]*)\s*원?\s*(?:으로|로)?\s*"
    r"(?P<verb>바꾸면|바꿔서|바꿔|시키면|하면|이면|면)\s*(?:얼마\S*)?\s*[?？.!]*\s*$"
)
# A bare "N이면" with no size word is another rule's (a named figure told anew).
_SWAP_VERB = ("바꾸면", "바꿔서", "바꿔", "시키면")


def line_price_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous lines re-run with the named line's price changed, or ``None``.

    The item must be named once in the step, its price the figure right after it; the
    result must change (a misread figure would leave it or fail).
    """
    said = _LINE_PRICE_CHANGED.match(normalize_numerals(unicodedata.normalize("NFKC", text)))
    if said is None or len(previous_steps) != 1:
        return None
    if said["size"] is None and said["verb"] not in _SWAP_VERB:
        return None
    step = normalize_numerals(unicodedata.normalize("NFKC", previous_steps[0]))
    if len(re.findall(re.escape(said["item"]), step)) != 1:
        return None
    price = re.search(
        rf"{re.escape(said['item'])}\s*(?P<p>\d[\d,]*)(?!\s*[가-힣]{{1,2}}\s*\d)", step
    )
    if price is None or re.match(r"\s*(?:원\s*)?씩", step[price.end() :]):
        return None
    new = said["a"].replace(",", "")
    changed = f"{step[: price.start('p')]}{new}{step[price.end('p') :]}"
    from tools.calculator import calculate

    try:
        before, after = calculate(step).value, calculate(changed).value
    except ToolInputError:
        return None
    if before == after:
        return None
    return [changed], f"{said['item']} {price['p']} → {new}"


# "집주인이 월 5만원 깎아준대 그럼?" (set 46): the monthly rent lowered by an amount.
_MONTHLY_CUT = re.compile(
    r"^\s*(?:그럼\s*|아\s*)?(?:[가-힣]{1,5}(?:이|가)\s*)?(?:월세\s*(?:를|을|에서)?|월|한\s*달에|매달)\s*"
    r"(?P<a>\d[\d,]*)\s*원?\s*(?:씩\s*)?(?:깎아\s*준대|깎아\s*주면|깎아\s*준다면|깎아\s*준다|"
    r"할인해\s*준대|할인해\s*주면|내려\s*준대|내려\s*주면|빼\s*준대|빼\s*주면|"
    # "월세 5만원 내려가면": down by it (the slot reader set the rent to 5만원: 1,200,000원).
    r"내려가면|내리면|싸지면|줄면|떨어지면)(?:요)?\s*[,.]?\s*"
    r"(?:그럼|그러면|그럼\s*얼마|총\s*얼마|얼마)?\s*[?？.!]*\s*$"
)
_RENT = re.compile(r"월세\s*(?:는|가|이|를)?\s*(?P<r>\d+)\s*원")


def monthly_rent_cut(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous sum re-run with the monthly rent less the amount cut, or ``None``."""
    said = _MONTHLY_CUT.match(normalize_numerals(text))
    if said is None or len(previous_steps) != 1:
        return None
    step = normalize_numerals(previous_steps[0])
    rents = list(_RENT.finditer(step))
    cut = int(said["a"].replace(",", ""))
    if len(rents) != 1 or not 0 < cut < int(rents[0]["r"]):
        return None
    rent = rents[0]
    changed = f"{step[: rent.start('r')]}{int(rent['r']) - cut}{step[rent.end('r') :]}"
    from tools.calculator import calculate

    try:
        before, after = calculate(step).value, calculate(changed).value
    except ToolInputError:
        return None
    if not after < before:
        return None
    return [changed], f"월세 {rent['r']} - {cut}"
