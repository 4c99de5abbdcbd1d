"""Korean turns of set 50 and the paraphrase probe read by slots (helper cal58k3).

Each form is tested in wordings unlike the case files' (bench/workload/cases/
unseen50_mixed.yaml, probes58_para.yaml), each case with the rule that reads it switched
off (the answer must then change), and near misses, two a form, that must stay unread:

- "쿠폰 없이 할인만 받으면" after a percent and a coupon off a price: the percent alone;
- "수수료 빼고는?" after a conversion with a percent fee: the conversion alone;
- "1년 채우면?" after a first month priced apart and a span of months: the span anew, with
  "그다음부터" (from then on) kept in one step by the planner;
- a first month free ("첫달은 무료고 담달부터 만7천원씩"): its amount 0;
- an amount raised by a percent then a named add-on ("3%올리고 관리비 5만원 추가래"), and
  "관리비 없으면?" after it;
- a tip on the rest of a bill once a named part is out ("술값 3만원 빼고 나머지에만 팁
  10%"), and "그럼 다 합치면" after it;
- two packs compared per piece with "개입" packs and "개당", "매" packs and "장당", and the
  comparison asked by name ("가격 비교좀", "단가 비교해줘");
- whole packs for a count needed ("6캔묶음에 5,400원인데 20캔 필요하면 … 얼마"), and "13캔이면?"
  after it;
- a conversion's fee in percent on the money needed when the currency is bought ("200달러
  살때 원화로 얼마"); a flat won fee said per transaction ("수수료는 건당 2천원 별도면
  총액"), and "수수료가 1%면?" after it (the flat fee replaced by the percent);
- a one-ingredient recipe whose servings wanted end the message ("2인분 레시피에 돼지고기
  300그램인데 5인분 만들면"), and another ingredient in a half or a count after it ("두부는
  2인분에 반모 들어가면 5인분엔 몇모?");
- a trip's fuel cost with the price said per litre without the fuel's name ("리터당 1650원이면
  기름값도"), and "리터당 1800원이면?" after it never read as the 연비 (it was: 138원);
- monthly things kept for a span with prices said without 원 and "일년" ("넷플 월 13,500
  유튭프리미엄 14,900 둘다 일년 구독하면"), and "넷플 끊으면?" / "넷플만 하면?" after it.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.calculator_fuel_cost as fuel_cost
import tools.calculator_monthly_items_span as items_span
import tools.calculator_recipe_one_ingredient_49a as one_ingredient
import tools.currency as currency
import tools.currency_fee as currency_fee
import tools.currency_flat_fee as flat_fee
import tools.followup_coupon_order_58m as coupon_order
import tools.followup_fuel_figure as fuel_figure
import tools.followup_instalment_fee_dropped as fee_dropped
import tools.planner as planner
import tools.priced_first_month_58k as first_month
import tools.unit_price_cheaper as cheaper
from tests.tools.rule_switch import SwitchOff, answers_stay, narrowed, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_packs_for_count_ko_58s import needed_count_anew
from tools.calculator_raise_then_add_ko_58s import add_on_dropped_ko
from tools.calculator_tip_on_rest_ko_58s import total_with_rest_tip_ko
from tools.followup_fee_kind_58s import flat_fee_now_percent
from tools.followup_item_dropped_58s import monthly_item_dropped
from tools.followup_recipe_other_counted_58s import other_ingredient_counted
from tools.followup_rules_58s import months_span_anew

_SALE_KEPT_OFF = narrowed(
    coupon_order,
    "_COUPON_GONE",
    r"(?:\s*(?:그냥\s*)?(?:할인|세일|디씨|dc)\s*(?:만)?\s*(?:받으면|하면|적용하면|먹이면|되면|쓰면)?)?",
)
_FEE_LEFT_OUT_OFF = narrowed(
    fee_dropped,
    "_NO_FEE",
    r"|빼고(?:는|면|서는)?|없이(?:는|면|하면)?|제외하(?:면|고(?:는)?)|뺀\s*(?:금액|가격|값|거)?\s*(?:은|는)?",
)
_SPAN_OFF = without_change(months_span_anew)
_FROM_THEN_OFF = narrowed(planner, "_CONNECTORS", "|번|부터))", "|번))")
_FREE_OFF = narrowed(first_month, "_FORM", "(?P<free>무료|공짜|프리|free)", "(?P<free>(?!x)x)")


def _form_off(name: str) -> SwitchOff:
    """The calculator's form reader ``name`` switched out of its table for one test."""

    def switch(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(calculator, name, lambda *_args: None)

    return switch


_BUYING_OFF = narrowed(currency_fee, "_ASKS_NEEDED", r"|(?:살|사)\s*(?:때|려면|면)(?![가-힣])")
_PER_TIME_OFF = narrowed(
    flat_fee, "_WON_FEE_REMARK", r"(?:건당\s*|회당\s*|1\s*회\s*|한\s*번에\s*)?"
)
_SUM_CUE_OFF = narrowed(currency, "_CUE", "|총액")
_KIND_OFF = without_change(flat_fee_now_percent)
_WON = "달러 300불 환전 1달러당 1,400원에 수수료는 건당 3천원 별도면 총액"
_SERVINGS_ASK_OFF = narrowed(
    one_ingredient,
    "_ASKED_KO",
    r"|인분\s*(?:을|를|으로|로)?\s*(?:만들면|만들려면|만들라면|하면|끓이면|요리하면|할\s*거면"
    r"|만들\s*거면|만들\s*때는?)\s*[?？\s]*$",
)
_COUNTED_OFF = without_change(other_ingredient_counted)
_STEW = "된장찌개 레시피 3인분에 된장 45g인데 6인분 끓이면?"
_PER_LITRE_OFF = narrowed(fuel_cost, "_PRICE_KO", r"?|리터당|1\s*리터에|L당)", "?)")
_PRICE_SAID_OFF = off(
    fuel_figure,
    "_SAID",
    tuple(
        (role, re.compile(said.pattern.replace(r"(?![\d.]|\s*원)", ""), said.flags))
        for role, said in fuel_figure._SAID
    ),
)
_TRIP = "연비 10키로 차 200키로 리터당 1600원 기름값 얼마 나와"


def _bare_won_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Prices in won only with 원 said, as before this helper."""
    for name in ("_MONTHLY", "_PRICE"):
        narrowed(items_span, name, items_span._BARE_WON, "(?!x)x")(monkeypatch)


_BARE_WON_OFF = _bare_won_off
_ONE_YEAR_OFF = narrowed(items_span, "_SPAN", r"|(?P<y>일\s*년|한\s*해)", r"|(?P<y>(?!x)x)")
_ITEM_OFF = without_change(monthly_item_dropped)
_SUBS = "디즈니 월 9,900 티빙 13,900 한해 구독하면 얼마"
_PACKS_OFF = _form_off("packs_for_count_ko")
_ANEW_OFF = without_change(needed_count_anew)
_RAISE_OFF = _form_off("raise_then_add_ko_expression")
_DROPPED_OFF = without_change(add_on_dropped_ko)
_REST_TIP_OFF = _form_off("tip_on_rest_ko_expression")
_TOTAL_OFF = without_change(total_with_rest_tip_ko)

_COUNTS = dict(cheaper._COUNTS)
_ONE_PIECE_OFF = off(
    cheaper, "_UNITS", {**cheaper._MEASURES, **_COUNTS, "개입": "개입", "장": "장"}
)
_COMPARE_OFF = narrowed(
    cheaper, "_ASKED", r"|(?:가격|단가|값|얼마인지)\s*(?:좀\s*)?(?:비교|따져))", ")"
)

_BAG = "가방 이십만원짜리 15%할인된 가격에서 만원쿠폰 또 빼면 얼마야"
_COAT = "코트 199000원 30퍼 세일하고 2만원 쿠폰 쓰면 얼마"
_YEN = "달러 300불 살건데 1달러에 1400원이고 수수료 1% 붙으면 얼마드냐"
_DOLLAR = "120달러 환율 1390원이고 수수료 1%붙는대 원화로 얼마 빠져나가"
_GYM = "요가 첫달 12만원 그다음부터 월 8만원이면 3개월 다니면 총 얼마"
_PT = "필라테스 첫 달은 15만원, 그 다음부터 매달 10만원씩 4개월이면 총얼마"

_RENT = "집세 60만원이고 5퍼 오르고 주차비 3만원 더 붙는대 얼마"
_DINNER = "회식비 25만원 중에 주류 5만원은 제외하고 남은 금액에 팁 15프로면 팁은 얼마"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Packs of pieces compared per piece: 890 / 845; 600 / 566.7; 1,500 / 1,400 per 개;
    # 30 / 31.2 per 매; 663.3 / 662.5 per 롤.
    (
        ["물티슈 10개입 8900원 vs 20개입 16900원 개당 어디가 더 싸"],
        "10개입: 890원/개, 20개입: 845원/개 → 20개입이 더 쌉니다",
        _ONE_PIECE_OFF,
    ),
    (
        ["캡슐 10개입 6천원이랑 30개입 만7천원 개당 가격 좀 비교"],
        "10개입: 600원/개, 30개입: 566.7원/개 → 30개입이 더 쌉니다",
        _ONE_PIECE_OFF,
    ),
    (
        ["비누 3개 4500원 5개 7000원 개당 가격 비교해봐"],
        "3개: 1,500원/개, 5개: 1,400원/개 → 5개가 더 쌉니다",
        _COMPARE_OFF,
    ),
    (
        ["물티슈 100매 3천원 vs 80매 2500원 1장당 단가 비교"],
        "100매: 30원/매, 80매: 31.2원/매 → 100매가 더 쌉니다",
        _COMPARE_OFF,
    ),
    (
        ["휴지 30롤 19900원 24롤 15900원 롤당 단가 비교해줘"],
        "30롤: 663.3원/롤, 24롤: 662.5원/롤 → 24롤이 더 쌉니다",
        _COMPARE_OFF,
    ),
    (
        ["행주 20매 6천원하고 12매 4200원 장당 뭐가 이득"],
        "20매: 300원/매, 12매: 350원/매 → 20매가 더 쌉니다",
        _ONE_PIECE_OFF,
    ),
    # A percent fee on the money paid when currency is bought: 300 x 1,400 x 1.02; 100 x
    # 1,400 x 1.02; 200 x 1,380 x 1.015.
    (["환율 1달러 1400원 수수료 2% 붙이면 300달러 살때 얼마"], "428,400원", _BUYING_OFF),
    (["환율 1달러 1400원 수수료 2% 100달러 사면 얼마"], "142,800원", _BUYING_OFF),
    (["200달러 살때 환율 1380원 수수료 1.5%면 원화로 얼마"], "280,140원", _BUYING_OFF),
    (["환율 1달러 1,380원 수수료 1.5% 붙으면 200달러 사려면 얼마"], "280,140원", _BUYING_OFF),
    (["환율 1유로 1500원 수수료 1% 붙으면 100유로 살 때 원화로 얼마야"], "151,500원", _BUYING_OFF),
    # A flat won fee said per time: 300 x 1,400 + 3,000; 50,000 x 9 + 5,000; 300 x 1,400 +
    # 2,000; the sum asked as "총액".
    ([_WON], "423,000원", _SUM_CUE_OFF),
    (["200유로 환전 1유로당 1500원이고 수수료 건당 3천원 따로면 총액"], "303,000원", _SUM_CUE_OFF),
    (
        ["엔화 5만엔 바꾸는데 100엔에 900원 수수료는 한번에 5천원 별도래 총 얼마 들어"],
        "455,000원",
        _PER_TIME_OFF,
    ),
    (["300달러 환율 1400원 수수료 회당 2000원 추가면 얼마 필요해"], "422,000원", _PER_TIME_OFF),
    # ... the flat fee said anew as a percent: 420,000 x 1.01; x 1.015; 450,000 x 1.02.
    ([_WON, "수수료가 1%면?"], "424,200원", _KIND_OFF),
    ([_WON, "수수료 대신 1.5프로면"], "426,300원", _KIND_OFF),
    (
        [
            "엔화 5만엔 바꾸는데 100엔에 900원 수수료는 한번에 5천원 별도래 총 얼마 들어",
            "그럼 수수료를 2%로 하면 얼마",
        ],
        "459,000원",
        _KIND_OFF,
    ),
    # The servings wanted end the message: 45 / 3 x 6; 100 / 4 x 10; 30 / 2 x 7; 400 / 2 x
    # 3; 200 / 2 x 6.
    ([_STEW], "90 g", _SERVINGS_ASK_OFF),
    (["카레 4인분 레시피에 카레가루 100g이고 10인분 하면"], "250 g", _SERVINGS_ASK_OFF),
    (["레시피는 2인분 기준 간장 30ml 7인분 만들려면"], "105 ml", _SERVINGS_ASK_OFF),
    (["떡볶이 레시피 2인분에 떡 400g인데 3인분으로 만들 때는"], "600 g", _SERVINGS_ASK_OFF),
    (["레시피 2인분에 소고기 200그램 들어가는데 6인분 만들려면"], "600 g", _SERVINGS_ASK_OFF),
    # ... another ingredient in a half or a count: 0.5 / 3 x 6; 3 / 3 x 6; 2 / 3 x 6.
    ([_STEW, "두부는 3인분에 반모 들어가면 6인분엔 몇모?"], "1 모", _COUNTED_OFF),
    ([_STEW, "마늘은 3쪽 넣으면 6인분엔?"], "6 쪽", _COUNTED_OFF),
    ([_STEW, "그럼 달걀은 3인분에 2알이면 몇알 필요해"], "4 알", _COUNTED_OFF),
    # A price per litre said bare: 150 x 1,650 / 12; 300 x 1,700 / 15; 200 x 1,600 / 10;
    # the two questions of litres and cost in one message.
    (
        ["연비 리터당 12키로 왕복 150km 리터당 1650원이면 기름값 얼마"],
        "20,625원",
        _PER_LITRE_OFF,
    ),
    (["리터당 15km 가는 차로 300km 가면 기름값? 리터당 1700원"], "34,000원", _PER_LITRE_OFF),
    ([_TRIP], "32,000원", _PER_LITRE_OFF),
    (
        ["연비 리터당 15키로 차로 90km 가면 몇리터 먹어? 리터당 1700원이면 기름값은"],
        "10,200원",
        _PER_LITRE_OFF,
    ),
    (["리터당 1,550원 기준 연비 11키로 220km 주유비 얼마"], "31,000원", _PER_LITRE_OFF),
    # ... and a price per litre said anew: 200 x 1,800 / 10; 150 x 1,800 / 12.
    ([_TRIP, "리터당 1800원이면?"], "36,000원", _PRICE_SAID_OFF),
    (
        ["연비 12키로 차로 150km 휘발유 1650원이면 기름값", "리터당 1800원이면?"],
        "22,500원",
        _PRICE_SAID_OFF,
    ),
    # Monthly things kept for a span: (9,900 + 13,900) x 12; (13,500 + 14,900 + 7,890) x 6;
    # (13,500 + 14,900) x 12; (5,500 + 10,900) x 12; (9,900 + 4,990) x 3.
    ([_SUBS], "285,600원", _BARE_WON_OFF),
    (["넷플 월 13,500 유튭 14,900 쿠팡 7,890 셋다 6개월 쓰면 얼마"], "217,740원", _BARE_WON_OFF),
    (["넷플릭스 월 13500원 유튜브 14900원 일년 구독하면 총 얼마"], "340,800원", _ONE_YEAR_OFF),
    (["웨이브 월 5,500원 티빙 10,900원 둘다 일년 동안 쓰면 얼마야"], "196,800원", _ONE_YEAR_OFF),
    (["멜론 월 9,900 쿠팡플레이 4,990 3개월 쓰면 총 얼마"], "44,670원", _BARE_WON_OFF),
    # ... one dropped or kept alone by its name: 13,900 x 12; 9,900 x 12; 9,900 x 12.
    ([_SUBS, "디즈니 끊으면?"], "166,800원", _ITEM_OFF),
    ([_SUBS, "티빙 해지하면 얼마"], "118,800원", _ITEM_OFF),
    ([_SUBS, "디즈니만 남기면?"], "118,800원", _ITEM_OFF),
    # Whole packs for a count needed: 3 x 9,600; 4 x 7,000; 3 x 3,200; 3 x 11,000; 2 x 4,500.
    (["생수 한박스 12병 9600원인데 30병 필요하면 얼마"], "28,800원", _PACKS_OFF),
    (["계란 30개 한판에 7천원 100개 사려면 총 얼마"], "28,000원", _PACKS_OFF),
    (["요거트 4개들이 한팩 3200원 10개 필요한데 얼마 들어"], "9,600원", _PACKS_OFF),
    (["맥주 6캔 한팩 만천원 15캔 사려면 몇팩이고 얼마야"], "33,000원", _PACKS_OFF),
    (["휴지 10롤 묶음에 4500원 15롤 필요하면 비용 얼마"], "9,000원", _PACKS_OFF),
    # ... the count needed said anew: 5 x 9,600; 2 x 7,000; 4 x 11,000.
    (
        ["생수 한박스 12병 9600원인데 30병 필요하면 얼마", "그럼 50병 필요하면"],
        "48,000원",
        _ANEW_OFF,
    ),
    (["계란 30개 한판에 7천원 100개 사려면 총 얼마", "45개면?"], "14,000원", _ANEW_OFF),
    (
        ["맥주 6캔 한팩 만천원 15캔 사려면 몇팩이고 얼마야", "24캔만 사려면 얼마"],
        "44,000원",
        _ANEW_OFF,
    ),
    # A raise then a named add-on: 600,000 x 1.05 + 30,000; 9,900 x 1.1 + 1,000; 800,000 x
    # 1.03 + 70,000; 200,000 x 1.05 + 20,000; 500,000 x 1.1 + 50,000.
    ([_RENT], "660,000원", _RAISE_OFF),
    (
        ["구독료 9900원인데 10% 인상되고 거기에 부가서비스 1000원 추가면 총 얼마"],
        "11,890원",
        _RAISE_OFF,
    ),
    (["월세 80만원 3프로 올려서 관리비로 7만원 별도 내래 한달 얼마"], "894,000원", _RAISE_OFF),
    (["관리비 20만원인데 5% 올리고 청소비 2만원 추가하면 얼마"], "230,000원", _RAISE_OFF),
    (
        ["보증금 말고 월세가 오십만원인데 10퍼센트 인상되고 주차비 5만원 추가면 얼마"],
        "600,000원",
        _RAISE_OFF,
    ),
    # ... the add-on dropped by its name: 600,000 x 1.05; 800,000 x 1.03.
    ([_RENT, "주차비 없으면?"], "630,000원", _DROPPED_OFF),
    ([_RENT, "그럼 주차비는 빼고"], "630,000원", _DROPPED_OFF),
    (
        ["월세 80만원 3프로 올려서 관리비로 7만원 별도 내래 한달 얼마", "관리비 안 내면"],
        "824,000원",
        _DROPPED_OFF,
    ),
    # A tip on the rest: (250,000 - 50,000) x 15%; 180,000 + 140,000 x 10%; (90,000 - 10,000)
    # x 20%; (100,000 - 20,000) x 10%; 150,000 + 120,000 x 10%.
    ([_DINNER], "30,000원", _REST_TIP_OFF),
    (
        ["저녁 18만원 나왔어 와인 4만원 빼고 나머지에 팁 10퍼 주면 총 얼마"],
        "194,000원",
        _REST_TIP_OFF,
    ),
    (["식사 9만원인데 음료 1만원 빼고 팁은 나머지에만 20% 팁 얼마"], "16,000원", _REST_TIP_OFF),
    (["밥값 10만원 술값 2만원 빼고 나머지에 팁 10% 주면 팁 얼마"], "8,000원", _REST_TIP_OFF),
    (
        ["외식 15만원 나왔는데 맥주 3만원 뺀 나머지에 팁 10프로 주면 다 해서 얼마"],
        "162,000원",
        _REST_TIP_OFF,
    ),
    # ... the bill with that tip: 250,000 + 30,000.
    ([_DINNER, "팁까지 총 얼마"], "280,000원", _TOTAL_OFF),
    ([_DINNER, "전부 얼마야"], "280,000원", _TOTAL_OFF),
    ([_DINNER, "합계는?"], "280,000원", _TOTAL_OFF),
    # The coupon gone, the percent said kept: 200,000 x 0.85; 199,000 x 0.7.
    ([_BAG, "쿠폰은 빼고 세일만 하면 얼마"], "170,000원", _SALE_KEPT_OFF),
    ([_COAT, "쿠폰 안 쓰고 할인만 적용하면?"], "139,300원", _SALE_KEPT_OFF),
    ([_COAT, "그럼 쿠폰 없이 디씨만 받으면"], "139,300원", _SALE_KEPT_OFF),
    ([_BAG, "상품권 못 쓰면 할인만 되면 얼마야"], "170,000원", _SALE_KEPT_OFF),
    ([_COAT, "쿠폰없이 그냥 할인만 받으면"], "139,300원", _SALE_KEPT_OFF),
    # The fee left out, said with a particle: 300 x 1,400; 120 x 1,390.
    ([_YEN, "수수료는 빼고 얼마"], "420,000원", _FEE_LEFT_OUT_OFF),
    ([_YEN, "그럼 수수료 없이는"], "420,000원", _FEE_LEFT_OUT_OFF),
    ([_DOLLAR, "수수료 제외하면?"], "166,800원", _FEE_LEFT_OUT_OFF),
    ([_DOLLAR, "수수료 뺀 금액은?"], "166,800원", _FEE_LEFT_OUT_OFF),
    ([_YEN, "수수료 제외하고는?"], "420,000원", _FEE_LEFT_OUT_OFF),
    # A span of months said anew: 120,000 + 80,000 x 11; x 5; 150,000 + 100,000 x 11; x 23;
    # a span said in months another rule reads once the first turn is one step.
    ([_GYM, "1년 꽉 채우면?"], "1,000,000원", _SPAN_OFF),
    ([_GYM, "6개월 다니면 얼마야"], "520,000원", _FROM_THEN_OFF),
    ([_PT, "일년 하면 총 얼마"], "1,250,000원", _SPAN_OFF),
    ([_GYM, "12개월 유지하면?"], "1,000,000원", _FROM_THEN_OFF),
    ([_GYM, "2년 다 채우면 총 얼마"], "1,960,000원", _SPAN_OFF),
    ([_PT, "그럼 1년 유지하면"], "1,250,000원", _SPAN_OFF),
    # ... which needs the first turn kept whole ("그다음부터" is no step's connector).
    ([_GYM, "1년 꽉 채우면?"], "1,000,000원", _FROM_THEN_OFF),
    ([_PT, "그럼 8개월 등록하면"], "850,000원", _FROM_THEN_OFF),
    # A first month free: 17,000 x 9 seen; 9,900 x 11; 12,000 x 5; 13,900 x 7; 14,900 x 11.
    (["웨이브 첫 달 무료, 다음달부터 월 9900원 1년 다 내면 얼마"], "108,900원", _FREE_OFF),
    (["첫달은 공짜인데 그다음달부터 매달 12000원씩 6개월 쓰면 총 얼마야"], "60,000원", _FREE_OFF),
    (["티빙 처음 한달 무료 이후 매월 13900원 8개월 구독 총액"], "97,300원", _FREE_OFF),
    (
        ["유튜브 프리미엄 첫달 무료고 그담달부터 14900원씩 1년이면 다해서 얼마"],
        "163,900원",
        _FREE_OFF,
    ),
    (["디즈니 첫 달은 무료 그 다음달부터 만원씩 5개월 총 얼마"], "40,000원", _FREE_OFF),
    # ... and "첫달도 만원 내면" after it: the free month said as an amount (10,000 x 5).
    (
        ["디즈니 첫 달은 무료 그 다음달부터 만원씩 5개월 총 얼마", "첫달도 만원 내면?"],
        "50,000원",
        _FREE_OFF,
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

# Near misses: the same words, another question (a second figure, a span asked, interest).
test_near_misses_stay_unread = answers_stay(
    [
        ([_BAG, "쿠폰 없이 할인 10%만 받으면"], None),
        ([_COAT, "쿠폰 없이 할인도 안받으면"], None),
        ([_YEN, "수수료 빼고 2만엔이면?"], None),
        ([_YEN, "수수료 빼고 팁은?"], None),
        ([_GYM, "1년 채우면 할인 10%면?"], None),
        ([_GYM, "1년 채우면 몇 번 가?"], None),
        (["첫달 무료고 담달부터 만7천원씩인데 10개월 뒤 언제"], None),
        (["첫달은 무료고 담달부터 만7천원씩 10개월 이자 3%면 얼마"], None),
        (["월세 75만원인데 3%할인하고 관리비 5만원 추가래 얼마"], None),
        (["월세 75만원인데 3%올리고 관리비 5만원 추가래 1년이면 얼마"], None),
        ([_RENT, "관리비 없으면?"], None),
        (["밥값 총 12만원 나왔는데 술값 3만원 빼고 팁 10% 주면 팁 얼마야"], None),
        (["밥값 12만원인데 술값 3만원 빼고 나머지에 팁 10% 주고 셋이 나누면 얼마"], None),
        ([_DINNER, "다 합치면 만원 더"], None),
        (["마스크 50매 만2천원이랑 30매 7800원 비교좀"], None),
        (["마스크 50매 만2천원이랑 30매 7800원 5장 사면 한장당 가격 비교좀"], None),
        (["라면 5개입 4350원 vs 8개입 6640원 봉당 뭐가 싸"], None),
        (["음료 6캔묶음에 5400원인데 20병 필요하면 얼마"], None),
        (["월세 월 60 관리비 10 일년이면 얼마"], None),
        ([_SUBS, "왓챠 끊으면?"], None),
        (["넷플 월 13,500 넷플키즈 7,000 일년 구독하면 얼마", "넷플 끊으면?"], None),
        (["연비 리터당 12키로 차로 편도 150km 리터당 1650원이면 왕복 기름값"], None),
        (["연비 10키로 차 200키로 리터당 1600원 톨비 5000원 기름값 얼마 나와"], None),
        (["김치찌개 2인분 레시피에 돼지고기 300그램 두부 반모인데 5인분 만들면"], None),
        (["김치찌개 2인분 레시피에 돼지고기 300그램인데 5인분 만들면 몇분 걸려"], None),
        ([_STEW, "두부는 반모 들어가면 몇 g?"], None),
        ([_STEW, "두부는 2인분에 반모면 6인분엔?"], None),
        (["유로 200 환전 1유로당 1500원이고 수수료 건당 3천원 따로면 총액"], None),
        (["달러 500불 환전 1달러당 1,380원에 수수료는 건당 2천원 별도면 얼마 받아"], None),
        (["환율 1달러 1400원 수수료 2% 100달러 사면 얼마 받아"], None),
        ([_WON, "수수료가 1%면 달러로는?"], None),
        (["음료 6캔묶음에 5400원 낱개 1000원인데 20캔 필요하면 얼마"], None),
        (["음료 6캔묶음에 5400원인데 20캔 필요하면 몇묶음", "13병이면?"], None),
    ]
)
