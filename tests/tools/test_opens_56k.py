"""Open markers of set 47's Korean turns closed in code (opens56k), pinned with inputs of
their own (none is a case file's ask).

Readers, each in its family: lines priced by the pack with what the pack holds
(tools.calculator_forms_ko_52a.PACK_KO; the listed-amounts check masks it) and one pack more
(tools.followup_counts_54k.line_item_more_ko); an amount scaled by 인분
(tools.calculator_scaled_by_count_54k); 월세 and a charge side by side over '1년 살면'
(tools.calculator_monthly_pair_yearly_51a, bare figures under 1,000 declined); '엔빵' after
a labelled list (tools.calculator_tallies); the speed said before the distance without its km
(tools.calculator_restated_forms); glasses of a volume (tools.calculator_quantities); whole
deposits to a target (tools.calculator_periods_to_target); the second of two at half price
(tools.calculator_part_discounted); sharers named before a ratio (tools.ratio_split); one
item of a split shared by fewer (tools.split_part_not_shared_52b); D-N, a delivery's days,
a named date's weekday (tools.dates_restated_labels); '뒤면' after a clock span
(tools.dates_clock); a part hour said in minutes too (tools.calculator_result). Follow-ups
(tools.followup_rules_56k, tools.followup_count_of_one_50a, tools.followup_rules_44): the
principal added, another discount compared, a count with whose it is, a new ratio, an item
shared by fewer, a span in hours and minutes. Every case is answered with its rule on, and
otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_expression as calculator_expression
import tools.calculator_forms_ko_52a as forms_ko_52a
import tools.calculator_listed_amounts as listed_amounts
import tools.calculator_monthly_pair_yearly_51a as monthly_pair
import tools.calculator_readers_56k as readers_56k
import tools.calculator_restated_forms as restated_forms
import tools.calculator_scaled_by_count_54k as scaled
import tools.calculator_tallies as tallies
import tools.dates_clock as dates_clock
import tools.dates_restated_labels as restated_labels
import tools.followup_counts_54k as counts_54k
import tools.followup_rules_44 as rules_44
import tools.ratio_split as ratio_split
import tools.two_figures_52b as two_figures
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    narrowed,
    never,
    off,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_count_of_one_50a import count_with_whose_ko
from tools.followup_ratio_changed_56t import ratio_changed
from tools.followup_rules_56k import discount_compared, item_shared_by_fewer, principal_added


def _unchanged(text: str) -> str:
    return text


def _servings_off(pattern_off: SwitchOff) -> SwitchOff:
    # Set 48's helper wrote a servings reader at the same time (servings_scaled_ko, for "N인분"
    # said twice without a recipe verb); both read these cases, so both are switched off.
    def switch(monkeypatch: pytest.MonkeyPatch) -> None:
        pattern_off(monkeypatch)
        monkeypatch.setattr(calculator_expression, "servings_scaled_ko", never)

    return switch


_DISH_MADE = r"(?:(?:끓이|만들|요리하|준비하)려면\s*|(?:끓일|만들)\s*때는?\s*)?"
_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Packs said with what they hold: 11,000 x 2 + 3,000 x 3; 2,900 x 2 + 8,900 (one tray).
    (
        ["맥주 4캔묶음 11000원 2개하고 과자 3000원 3개 얼마"],
        "31,000원",
        narrowed(forms_ko_52a, "_LINE", f"|{forms_ko_52a.PACK_KO}"),
    ),
    (
        ["우유 1L 2900원짜리 2개랑 계란 30구짜리 8900원 계산하면 얼마"],
        "14,700원",
        off(forms_ko_52a, "_PACK", NEVER),
    ),
    # A pack's 2L is no listed amount beside the count 2: 2,000 x 2 + 6,900.
    (
        ["콜라 1.5L 2000원짜리 2개랑 생수 2L 6병짜리 6900원 결제하면 얼마"],
        "10,900원",
        off(listed_amounts, "_PACK", NEVER),
    ),
    # '결제하면 얼마' asks the total as '사면 얼마' does: 3,000 x 2 + 4,000 x 1.
    (
        ["김밥 3000원 2개랑 라면 4000원 1개 결제하면 얼마"],
        "10,000원",
        narrowed(forms_ko_52a, "_ASKS_TOTAL", "결제하면|계산하면|"),
    ),
    # ... then one pack more of the packed line: 15,900 + 9,900 x 3.
    (
        [
            "휴지 30롤짜리 15900원 1개랑 물티슈 10팩묶음 9900원 2개 결제하면 얼마",
            "물티슈 한묶음 더 담으면",
        ],
        "45,600원",
        off(counts_54k, "_PACK_BEFORE_PRICE", NEVER),
    ),
    # An amount for servings, asked for others: 300 x 6 / 4 g; 450 x 2 / 3 g.
    (
        ["된장국 4인분에 두부 300g 넣는데 6인분 만들려면 몇그램"],
        "450 g",
        _servings_off(narrowed(scaled, "_FORM", _DISH_MADE)),
    ),
    (
        ["카레 3인분에 감자 450g 들어가면 2인분 만들 때는 몇g"],
        "300 g",
        _servings_off(narrowed(scaled, "_FORM", "인분|")),
    ),
    # 월세 and 관리비 side by side, a year lived: (550,000 + 80,000) x 12.
    (
        ["월세 55만원 관리비 8만원 1년 지내면 얼마야"],
        "7,560,000원",
        narrowed(monthly_pair, "_PAIR_KO", r"|\+|\s)", r"|\+)"),
    ),
    (
        ["오피스텔 월세 50만원에 관리비 5만원 1년 살면 총 얼마"],
        "6,600,000원",
        narrowed(monthly_pair, "_YEAR_KO", r"|\s*(?:살면|지내면|살\s*경우)"),
    ),
    # Bare figures under 1,000 are 만원 by habit: never 840원.
    (
        ["오피스텔 월세 60 관리비 10 1년 살면 총 얼마"],
        None,
        off(monthly_pair, "MAN_BY_HABIT_BELOW", 0),
    ),
    # '엔빵' splits a labelled list: (86,000 + 34,000) / 3; 375,000 / 5.
    (
        ["고기 86000 술 34000 셋이서 엔빵하면"],
        "40,000",
        narrowed(tallies, "_SPLIT_KO", "|엔빵"),
    ),
    (
        ["숙소 240000 렌트 90000 기름 45000 5명이서 엔빵하면 얼마씩"],
        "75,000",
        narrowed(tallies, "_SPLIT_KO", "|엔빵"),
    ),
    # The speed said before the distance: 315 / 90 hours, shown in hours and minutes too.
    (
        ["시속 90으로 315km 가면 몇시간 걸려"],
        "3.5 시간 (3시간 30분)",
        narrowed(restated_forms, "_SPEED_FIRST", "(?:km|킬로|키로)?", "(?:km|킬로)"),
    ),
    (
        ["시속 90km로 315키로 가면 얼마나 걸려"],
        "3.5 시간 (3시간 30분)",
        off(calculator, "hours_as_span", never),
    ),
    (
        ["시속 70km로 210키로 달리면 몇시간 걸려"],
        "3 시간",
        narrowed(restated_forms, "_SPEED_FIRST", "|키로)", ")"),
    ),
    # Whole deposits to a target: ceil(500,000 / 30,000) weeks; ceil(1,000만 / 40만) months.
    (
        ["매주 3만원씩 저금하면 50만원 모으는데 몇주 걸려"],
        "17 주",
        off(readers_56k, "deposits_to_target", never),
    ),
    (
        ["1000만원 모으려면 한달에 40만원씩 저축하면 몇개월"],
        "25 개월",
        off(readers_56k, "deposits_to_target", never),
    ),
    # The second of two at half price: 18,000 + 9,000; 4,500 + 2,250.
    (
        ["치킨 한마리 18000원 두번째 마리는 반값 두마리 사면 얼마야"],
        "27,000원",
        off(readers_56k, "second_at_half", never),
    ),
    (
        ["커피 한잔 4500원인데 두번째잔 50% 할인이면 두잔 시키면 얼마"],
        "6,750원",
        off(readers_56k, "second_at_half", never),
    ),
    # Glasses of a volume asked in litres: 200 x 3 ml; 355 x 6 ml.
    (
        ["우유 200ml 하루 3잔 마시면 몇리터"],
        "0.6 L",
        off(readers_56k, "volume_of_glasses", never),
    ),
    (
        ["맥주 355미리 6캔이면 몇리터"],
        "2.13 L",
        off(readers_56k, "volume_of_glasses", never),
    ),
    # Sharers named before a ratio: 120만 at 7:5.
    (
        ["수익 120만원을 형이랑 나랑 7:5로 나누면 각각 얼마"],
        "700,000원, 500,000원",
        off(ratio_split, "ratio_split_between", never),
    ),
    # One item of a split shared by fewer: 90,000 / 3 and 30,000 / 2 more for two.
    (
        ["고기 90000 술 30000 셋이서 엔빵하는데 술값은 2명이서만 나누면 각자 얼마"],
        "술 나눈 2명은 각자 45,000원, 나머지 1명은 각자 30,000원",
        off(two_figures, "part_shared_by_fewer_ko", never),
    ),
    # D-N from a D-day; a date plus the days a delivery takes; a named date's weekday.
    (
        ["2027년 11월 18일이 수능 디데이인데 D-30은 언제야"],
        "2027년 10월 19일 (화)",
        off(restated_labels, "_D_MINUS", NEVER),
    ),
    (
        ["2029년 1월 5일이 디데이면 d-50은?"],
        "2028년 11월 16일 (목)",
        off(restated_labels, "_D_MINUS", NEVER),
    ),
    (
        ["2027년 6월 1일에 주문했는데 30일 걸리면 언제 도착해"],
        "2027년 7월 1일 (목)",
        off(restated_labels, "_DELIVERED", NEVER),
    ),
    (
        ["2029년 3월 2일에 직구 결제했는데 배송 20일 걸린대 언제와"],
        "2029년 3월 22일 (목)",
        off(restated_labels, "_DELIVERED", NEVER),
    ),
    (
        ["내 생일이 2030년 5월20일인데 무슨요일이야"],
        "월요일",
        off(restated_labels, "_NAMED_THEN_WEEKDAY", NEVER),
    ),
    (
        ["우리 결혼기념일이 2031년 4월 12일이야 무슨 요일이야"],
        "토요일",
        off(restated_labels, "_NAMED_THEN_WEEKDAY", NEVER),
    ),
    # A clock time and a glued span with '뒤면': 13:30 + 2 h 15 min; 22:00 + 90 min.
    (
        ["오후 1시반에서 2시간15분 뒤면 몇시야"],
        "15:45 (오후 3시 45분)",
        narrowed(dates_clock, "_CLOCK", "(?:[은는]|면|이면|에는?)?", "[은는]?"),
    ),
    (
        ["밤 10시부터 90분 후면 몇시야"],
        "23:30 (오후 11시 30분)",
        narrowed(dates_clock, "_CLOCK", "(?:[은는]|면|이면|에는?)?", "[은는]?"),
    ),
    # Follow-ups. The principal added to simple interest: 500만 + 30만; 300만 + 60만.
    (
        ["적금 500만원 연3% 단리로 2년이면 이자 얼마", "원금까지 합치면?"],
        "5,300,000원",
        without_change(principal_added),
    ),
    (
        ["300만원 빌려줬는데 연 4% 단리로 5년이면 이자 얼마", "원금이랑 합치면 총 얼마"],
        "3,600,000원",
        without_change(principal_added),
    ),
    # Two discounts against one: 120,000 x 0.7 x 0.9 - 120,000 x 0.6; 40,000 - 35,000.
    (
        [
            "정가 120000원 코트 30%할인에 추가 10% 더 깎아주면 최종 얼마",
            "그냥 40% 할인이랑 비교하면 얼마 차이나",
        ],
        "3,600",
        without_change(discount_compared),
    ),
    (
        ["정가 50000원 신발 10%할인에 추가20% 더 깎아주면 얼마", "30% 할인하고 비교하면 얼마 차이"],
        "1,000",
        without_change(discount_compared),
    ),
    # A count with whose it is, after one ticket: 110 x 1,350 x 2; 85 x 1,400 x 3.
    (
        ["콘서트 티켓 110달러 환율 1350원이면 원화로 얼마야", "엄마꺼까지 두장이면"],
        "297,000원",
        without_change(count_with_whose_ko),
    ),
    (
        ["뮤지컬 표 85달러 환율 1400원이면 원화로 얼마", "친구 것도 세장이면"],
        "357,000원",
        without_change(count_with_whose_ko),
    ),
    # A new ratio said alone: 120만 at 1:1; 50만 at 4:1.
    (
        ["수익 120만원을 형이랑 나랑 7:5로 나누면 각각 얼마", "1대1이면?"],
        "600,000원, 600,000원",
        without_change(ratio_changed),
    ),
    (
        ["용돈 50만원 3대2로 나누면 얼마씩", "그럼 4대1로 하면"],
        "400,000원, 100,000원",
        without_change(ratio_changed),
    ),
    # One item of the split shared by fewer: 36,000 / 4 and 24,000 / 2 more for two.
    (
        ["피자 30000 콜라 6000 대리비 24000 4명이서 나누면", "대리비는 2명이서만 내면 각자 얼마"],
        "대리비 나눈 2명은 각자 21,000원, 나머지 2명은 각자 9,000원",
        without_change(item_shared_by_fewer),
    ),
    (
        [
            "고기 90000 술 30000 셋이서 엔빵하면",
            "한명은 술 안마셨으니까 술값은 둘이서만 나누면 각자 얼마",
        ],
        "술 나눈 2명은 각자 45,000원, 나머지 1명은 각자 30,000원",
        without_change(item_shared_by_fewer),
    ),
    # A span in hours and minutes after a conversion of hours: 105 min; 5,400 s.
    (
        ["2.5시간은 몇분이야", "1시간 45분은?"],
        "105 min = 105 min",
        off(rules_44, "merge_hours_and_minutes", _unchanged),
    ),
    (
        ["3시간은 몇초야", "1시간 30분은"],
        "90 min = 5,400 s",
        off(rules_44, "merge_hours_and_minutes", _unchanged),
    ),
]

test_each_case_is_read_only_by_its_rule = _read_only(_CASES)

# Readings left alone: a packed line asked one more "하나" (a packet or a pack?), a third
# pizza at half price too, a ratio split among a head count, D+N (the D-day counted as day
# 1 by habit), the ones left out of an item not the rest of the group.
test_readings_around_the_rules_stay = answers_stay(
    [
        (
            [
                "라면 5개묶음 4380원짜리 2개랑 생수 2L 6병짜리 6900원 결제하면 얼마",
                "라면 하나 더 사면",
            ],
            None,
        ),
        (["피자 한판 20000원인데 두번째판은 반값이래 세판 시키면 총 얼마"], None),
        (["상금 60만원 3명이서 3대2로 나누면 각자 얼마"], None),
        (["2028년 10월 3일이 디데이면 D+100은 몇월 며칠이야"], None),
        # Who is left out disagrees with the group: 4 split, 2 left out, 3 sharing.
        (
            [
                "치킨 38000 택시 15600 넷이서 엔빵하면",
                "두명은 택시 안탔으니까 택시비는 셋이서만 나누면 각자 얼마",
            ],
            None,
        ),
    ]
)
