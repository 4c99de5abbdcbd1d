"""Open markers of set 46's Korean turns closed in code (opens55k), pinned with inputs of
their own (none is a case file's ask).

Readers: litres from a 연비 and a distance (tools.calculator_fuel_cost.fuel_litres_ko), one
ingredient scaled by another (tools.calculator_scaled_by_count_54k), a percent change
between two weights with their unit (tools.calculator_percent_change_ko), a pay and its
costs in 만 left unsaid (tools.calculator_won_by_words_51x.pay_in_man_said), '한달 세전
월급' of a yearly pay (tools.calculator_everyday_readers), a list typed line after line
(tools.calculator_forms_ko_52a.spaced_priced_lines_ko), packs of several bottles per
litre (tools.unit_price_cheaper), the N-th day from a birth date (tools.dates_spoken).
Spellings (tools.calculator_said_plainly_54t): costs that 빠지면/나가면, weekday letters
with hours each, '한자루 1200원' before a count, a deposit set aside by '월세로만'.
Follow-ups: the Korean fuel price, the ingredient named, '까지' an amount reached, '5%
오르면', a span 'filled', points spent, one more cost taken off, one more group given, a
line's price changed with a size word, the monthly rent cut; money added after amounts
each goes on the sum (tools.followup_changes.change_by_amount); groups counted in words
with an amount not read decline (tools.calculator_readers_54t). Every case is answered with
its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

from typing import Any

import tools.calculator as calculator
import tools.calculator_everyday_readers as everyday
import tools.calculator_expression as calculator_expression
import tools.calculator_percent_change_ko as percent_change_ko
import tools.calculator_readers_52a as readers_52a
import tools.calculator_readers_54t as readers_54t
import tools.calculator_said_plainly_54t as said_54t
import tools.calculator_scaled_by_count_54k as scaled
import tools.dates_spoken as dates_spoken
import tools.followup_changes as followup_changes
import tools.followup_item_left_out as item_left_out
import tools.followup_items as followup_items
import tools.followup_korean_tails_49a as tails
import tools.followup_percent_change_end_51b as change_end
import tools.followup_percent_on_top as on_top
import tools.unit_price_cheaper as unit_price_cheaper
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    answers_stay,
    narrowed,
    never,
    off,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_fuel_cost import fuel_litres_ko
from tools.followup_counts_54k import count_of_scaled_thing, one_more_group_given
from tools.followup_line_added import cost_also_taken_off, line_price_changed, monthly_rent_cut


def _unchanged(text: str) -> str:
    return text


def _none(*_args: Any) -> None:
    return None


# The N-th day's pattern as it was: 부터/에서 only, one word between.
_BIRTH_SAID = r"|생|에\s*태어난\s*(?:아기|애|아이)?)\s*(?:[가-힣]+\s+){0,2}"
_ONE_WORD = r")\s*(?:[가-힣]+\s+)?"
_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Litres from a 연비 and a distance: 420 / 15; 240 / 16.
    (
        ["연비 리터당 15km인 차로 부산까지 420km면 기름 몇 리터 들어"],
        "28 L",
        off(calculator_expression, "fuel_litres_ko", never),
    ),
    (
        ["연비 16키로짜리로 240키로 가면 몇리터"],
        "15 L",
        off(calculator_expression, "fuel_litres_ko", never),
    ),
    # ... then its price per litre, in Korean: 28 x 1,650; 25 x 1,500.
    (
        [
            "연비 리터당 15km인 차로 부산까지 420km면 기름 몇 리터 들어",
            "휘발유 리터당 1,650원이면?",
        ],
        "46,200원",
        off(followup_items, "_FUEL_PRICE_KO", NEVER),
    ),
    (
        ["연비 리터당 12km 차로 300km 가면 몇 리터", "경유 리터당 1500원이면 기름값은?"],
        "37,500원",
        off(followup_items, "_FUEL_PRICE_KO", NEVER),
    ),
    # One ingredient scaled by another: 480 x 3 / 2 ml; 80 x 250 / 100 g.
    (
        ["쌀 2컵에 물 480ml 넣는데 쌀 3컵이면 물은 몇ml"],
        "720 ml",
        off(scaled, "_BY_INGREDIENT", NEVER),
    ),
    (
        ["설탕 100g에 버터 80g인데 설탕 250g 쓰면 버터 몇g 필요해"],
        "200 g",
        off(scaled, "_BY_INGREDIENT", NEVER),
    ),
    # ... then the first ingredient named anew: 80 x 150 / 100 g; 480 x 5 / 2 ml.
    (
        ["설탕 100g에 버터 80g인데 설탕 250g 쓰면 버터 몇g 필요해", "그럼 설탕 150g은?"],
        "120 g",
        without_change(count_of_scaled_thing),
    ),
    (
        ["쌀 2컵에 물 480ml 넣는데 쌀 3컵이면 물은 몇ml", "5컵은?"],
        "1,200 ml",
        without_change(count_of_scaled_thing),
    ),
    # A percent change between two weights with their unit: +6 / 60; -7 / 95.
    (
        ["60kg에서 66kg 됐으면 몇 퍼센트 찐거야"],
        "10%",
        narrowed(percent_change_ko, "_EARLIER_FIRST", "|키로|킬로|kg|g|그램|cm|센치"),
    ),
    (
        ["체중 95킬로에서 88킬로로 몇프로 빠졌어"],
        "-7.3684%",
        narrowed(percent_change_ko, "_EARLIER_FIRST", "|키로|킬로|kg|g|그램|cm|센치"),
    ),
    # ... then the amount reached with 까지: (72 - 90) / 90; (3억 - 2억) / 2억.
    (
        ["체중 90키로에서 81키로 됐으면 몇프로 뺀거야", "72키로까지 빼면?"],
        "-20%",
        off(change_end, "_REACHED", NEVER),
    ),
    (
        ["작년 매출 2억이었는데 올해 2억3천이면 몇프로 늘은거야", "3억까지 늘면?"],
        "50%",
        off(change_end, "_REACHED", NEVER),
    ),
    # A pay in 만 left unsaid: 3,600만 / 12; 250만 - 12만.
    (
        ["연봉 3600이면 한달 월급 얼마"],
        "3,000,000원",
        off(calculator, "pay_in_man_said", _unchanged),
    ),
    (
        ["월급 250에서 관리비 12 나가면 얼마 남아"],
        "2,380,000원",
        off(calculator, "pay_in_man_said", _unchanged),
    ),
    # Costs that come out (나가면) are taken off, never added: 300만 - 50만.
    (
        ["월급 300만원에서 월세 50만원 나가면 얼마 남아"],
        "2,500,000원",
        off(said_54t, "_COMES_OUT", NEVER),
    ),
    # '한달 세전 월급' asks a month of a yearly pay: 4,800만 / 12.
    (
        ["연봉 4800만원이면 한달 세전 월급 얼마"],
        "4,000,000원",
        narrowed(everyday, "_ASKS_MONTHLY", r"|한\s*달\s*(?:세전\s*)?(?:월급|급여)"),
    ),
    # '3% 올려주면' is a raise of the result: 3,000,000 x 1.03.
    (
        ["연봉 3600이면 한달 월급 얼마", "3% 올려주면?"],
        "3,090,000원",
        narrowed(on_top, "_RAISED", r"|오르(?:면|는|고)|올라|오른대|올리(?:면|고)|올려"),
    ),
    # One more cost taken off: 238만 - 10만; 243만 - 40만.
    (
        ["월급 250에서 관리비 12 나가면 얼마 남아", "교통비 10도 빼봐"],
        "2,280,000원",
        without_change(cost_also_taken_off),
    ),
    (
        ["월급 300만원에서 월세 50만원 통신비 7만원 빼면 얼마 남아", "식비 40도 빼줘"],
        "2,030,000원",
        without_change(cost_also_taken_off),
    ),
    # Weekday letters with hours each: 10,030 x 4 x 3; 12,000 x 5 x 2.
    (
        ["시급 10030원 월수금 4시간씩 하면 일주일에 얼마"],
        "120,360원",
        off(said_54t, "_DAYS_HOURS", NEVER),
    ),
    (
        ["시급 12000원 화목 5시간씩 일하면 한주 얼마"],
        "120,000원",
        off(said_54t, "_DAYS_HOURS", NEVER),
    ),
    # A span 'filled': 150,000 x 4.
    (
        ["시급 10000원 하루 5시간씩 주3일 하면 한주에 얼마", "4주 꽉 채우면"],
        "600,000원",
        off(tails, "_SPAN_FILLED", NEVER),
    ),
    # A list typed line after line: 1,500 x 3 + 2,000; 2,500 x 4 + 1,500 x 3.
    (
        ["두부 3모 한모에 1500원 콩나물 한봉지 2000원 합쳐서 얼마"],
        "6,500원",
        off(readers_52a, "spaced_priced_lines_ko", never),
    ),
    (
        ["맥주 4캔 2500원씩 과자 3봉지 봉지당 1500 전부 얼마야"],
        "14,500원",
        off(readers_52a, "spaced_priced_lines_ko", never),
    ),
    # ... and one of its lines left out: 4,500 + 1,600.
    (
        [
            "두부 3모 한모에 1500원 콩나물 한봉지 2000원 당근 2개 개당 800 합쳐서 얼마",
            "콩나물 빼면?",
        ],
        "6,100원",
        off(item_left_out, "_line_without", _none),
    ),
    # One thing's price without 에 before a count: 1,500 x 20 x 0.9; 900 x 5 x 0.9.
    (["공책한권1500원20권사면10%할인이면얼마"], "27,000원", off(said_54t, "_ONE_PRICED", NEVER)),
    (["라면한봉지900원5봉지사면10%할인이면얼마"], "4,050원", off(said_54t, "_ONE_PRICED", NEVER)),
    # Points spent off the result: 53,100 - 2,000; 36,000 - 2,000.
    (
        ["59000원짜리 가방에 10% 쿠폰 쓰면 얼마", "적립금 2천원 사용하면?"],
        "51,100원",
        off(tails, "_POINTS_USED", NEVER),
    ),
    (
        ["45000원짜리 신발에 20%쿠폰 먹이면 얼마야", "포인트 2000점 쓰면?"],
        "34,000원",
        off(tails, "_POINTS_USED", NEVER),
    ),
    # One more group given: 500,000 + 30,000; 210,000 + 2 x 20,000.
    (
        ["추석에 손주 넷한테 10만원씩 둘한테 5만원씩 주면 총 얼마", "외손주 한명 더 3만원 주면?"],
        "530,000원",
        without_change(one_more_group_given),
    ),
    (
        ["설날에 조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마 나가", "조카 둘 더 2만원씩 주면?"],
        "250,000원",
        without_change(one_more_group_given),
    ),
    # Money added after amounts each goes on the sum, never on the last amount each (it gave
    # 310,000 and 620,000): 210,000 + 10,000; 500,000 + 20,000.
    (
        ["조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마", "거기서 1만원 더하면?"],
        "220,000원",
        off(followup_changes, "_EACH_AFTER", NEVER),
    ),
    (
        ["추석에 손주 넷한테 10만원씩 둘한테 5만원씩 주면 총 얼마", "그럼 2만원 더하면?"],
        "520,000원",
        off(followup_changes, "_EACH_AFTER", NEVER),
    ),
    # Groups counted in words, one amount without 씩: declined, never the amounts summed
    # with the counts dropped (130,000원; 80,000원).
    (
        ["설날에 조카 셋한테 5만원씩 둘한테 3만원씩 하나한테 5만원 주면 총 얼마 나가"],
        None,
        off(readers_54t, "_GIVEN_IN_WORDS", NEVER),
    ),
    (
        ["조카 셋한테 5만원씩 둘한테 3만원 주면 총 얼마"],
        None,
        off(readers_54t, "_GIVEN_IN_WORDS", NEVER),
    ),
    # A line's price changed with a size word: (20,000 + 30,000 + 3,000) / 4; 34,500 / 3.
    (
        [
            "치킨 20000원 피자 25000원 콜라 3000원 넷이 나누면 얼마씩",
            "피자 라지 30000원으로 바꾸면?",
        ],
        "13,250원",
        without_change(line_price_changed),
    ),
    (
        [
            "짜장 7000 짬뽕 8500 탕수육 18000 시켰는데 셋이 나누면 얼마씩",
            "짬뽕 곱빼기 9500원으로 바꾸면?",
        ],
        "11,500",
        without_change(line_price_changed),
    ),
    # A deposit set aside by 월세만: 450,000 x 12.
    (
        ["보증금 500에 월세 45만원 1년이면 월세만 얼마"],
        "5,400,000원",
        off(said_54t, "_rent_only", _unchanged),
    ),
    # The monthly rent cut: 520,000 x 12; 400,000 x 12.
    (
        ["월세 55만원인데 1년이면 총 얼마", "매달 3만원 깎아주면?"],
        "6,240,000원",
        without_change(monthly_rent_cut),
    ),
    (
        ["보증금 500에 월세 45만원 1년이면 월세만 얼마", "월세 5만원 내려주면?"],
        "4,800,000원",
        without_change(monthly_rent_cut),
    ),
    # ... down by an amount, never set to it (it gave 360,000원): 520,000 x 12.
    (
        ["월세 55만원인데 1년이면 총 얼마", "월세 3만원 내려가면?"],
        "6,240,000원",
        without_change(monthly_rent_cut),
    ),
    # The N-th day from a birth date, day one the birth: 2028-05-01 + 99; 2026-01-02 + 199.
    (
        ["2028년 5월 1일생 우리 딸 100일째 되는 날 언제야"],
        "2028년 8월 8일 (화)",
        narrowed(
            dates_spoken,
            "_NTH_DAY",
            _BIRTH_SAID,
            _ONE_WORD,
        ),
    ),
    (
        ["2026년 1월 2일에 태어난 아기 200일째는 언제야"],
        "2026년 7월 20일 (월)",
        narrowed(
            dates_spoken,
            "_NTH_DAY",
            _BIRTH_SAID,
            _ONE_WORD,
        ),
    ),
    # Packs of several bottles per litre: 9,900 / 9 L against 15,900 / 8.52 L.
    (
        ["콜라 1.5L 6병 9900원이랑 355ml 24캔 15900원 중에 리터당 뭐가 더 싸"],
        "1.5L x 6: 1,100원/L, 355ml x 24: 1,866원/L → 1.5L 6병이 더 쌉니다",
        # (The count's group kept, matching nothing: a pack is one bottle again.)
        narrowed(unit_price_cheaper, "_PACK", r"(?:\s*(?P<k>", r"(?:(?!x)x(?P<k>"),
    ),
]

test_each_turn_read_only_by_its_rule = _read_only(_CASES)

# Around the rules: what they must not read (a guess would be a wrong figure).
test_neighbours_still_declined = answers_stay(
    [
        # A cost with its unit beside bare ones: 만 is not guessed for the bare.
        (["월급 280에서 월세60 통신비 8만원 빠지면 얼마 남아"], None),
        # 세후 (after tax) is no twelfth of a yearly pay.
        (["연봉 4200이면 한달 세후 월급 얼마"], None),
        # A count with a bare price and no 씩/당: one's price or all's? Not read.
        (["사과 5개 7000 배 2개 3000 다해서 얼마"], None),
        # Two more given 10만원: each, or the pair's? Not read.
        (
            ["설날에 조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마 나가", "두명 더 10만원 주면?"],
            None,
        ),
        # A unit other than the weights': not the amount reached.
        (["82키로에서 74키로 됐으면 몇프로 뺀거야", "70원까지 빼면 몇프로임"], None),
        # Weekday letters out of order are no days of a week.
        (["시급 10030원 일월 4시간씩 하면 일주일에 얼마"], None),
        # Another ingredient named than the one that sets the proportion.
        (
            [
                "팬케이크 반죽이 밀가루 300g에 우유 240ml인데 밀가루 450g 쓰면 우유 몇ml 넣어",
                "우유 200ml이면?",
            ],
            None,
        ),
    ]
)


def test_fuel_litres_want_a_litre_ask() -> None:
    """'기름 얼마' asks the cost (a price is wanted), never the litres."""
    assert fuel_litres_ko("연비 13키로짜리 차로 390키로 가면 기름 얼마") is None
    assert answer_to(["연비 13키로짜리 차로 편도 390키로 왕복이면 몇리터"]) is None
