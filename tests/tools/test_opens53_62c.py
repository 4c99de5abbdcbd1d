"""Open calculation and follow-up turns of unseen53_mixed closed by reading words by role (calc62).

First turns (tools/calculator_said_plainly_62c): a split said by how each pays ("여섯명이
똑같이 내면"), half with one companion ("룸메랑 반반하면"), month labels before amounts ("1월
12만3천 2월 9만8천"), a percent the seller takes off ("5% 또 빼준대"), the pay basis said of
the asked figure ("월급 세전으로 얼마씩"); VAT on the figure's side (tools/calculator_figure_
roles_62c, "견적 220만원 부가세별도래 부가세까지 하면").

Follow-ups (tools/followup_said_plainly_62c and the rules they feed): a glued count ("세달",
"일년"), a span corrected ("아 다시보니 세달치네"), a new figure said with a switching verb
and the ask restated ("5.2%로 갈아타면 한달 이자"), a new head count with the ask restated
("넷이면 얼마씩"), a rate named by what it is for ("카드할인이 7%면" after "카드결제하면 5%";
tools/followup_labels), a companion's half re-split ("한명 더 들어와서 셋이 나누면";
tools/followup_changes). A named rate that neither of two percents carries is no edit
(tools/followup_edits: "앱할인이 15%면" changed the sale's 20%).
"""

from __future__ import annotations

import pytest

import tools.calculator_list_less_coupon as list_less_coupon
import tools.calculator_monthly_to_hourly_59m as monthly_to_hourly
import tools.calculator_said_plainly_62c as said
import tools.calculator_tallies as tallies
import tools.followup_edits as followup_edits
import tools.followup_labelled_figure_en as labelled_en
import tools.followup_labels as labels
import tools.followup_said_plainly_62c as follow
from tests.tools.rule_switch import (
    narrowed,
    off,
    workload_answer,
    workload_read_only_by_their_rule,
)

_answer = workload_answer
_read_only_by_its_rule = workload_read_only_by_their_rule


_EQUAL_OFF = off(said, "USE_EQUAL_SHARES", False)
_HALF_OFF = off(said, "USE_COMPANION_HALF", False)
_MONTHS_OFF = off(said, "USE_MONTH_LABELS", False)
_SELLER_OFF = off(said, "USE_SELLER_TAKES_OFF", False)
_BASIS_OFF = off(said, "USE_PRE_TAX_BASIS", False)
_GLUED_OFF = off(follow, "USE_GLUED_COUNTS", False)
_SPAN_OFF = off(follow, "USE_SPAN_CORRECTED", False)
_ASK_OFF = off(follow, "USE_ASK_RESTATED", False)
_HEAD_OFF = off(labels, "USE_LABEL_HEAD", False)
_UNNAMED_OFF = off(followup_edits, "USE_UNNAMED_OF_TWO_RATES", False)
_AFTER_COUPON_OFF = off(list_less_coupon, "USE_ADDED_AFTER_COUPON", False)
_CUT_INSTALMENT_OFF = off(tallies, "USE_CUT_THEN_INSTALLMENT", False)
_GERUND_OFF = off(said, "USE_GERUNDS_EN", False)
_THATS_OFF = off(said, "USE_THATS_CLOSING", False)
_AND_IF_OFF = narrowed(labelled_en, "_TURN", r"|(?<=and\s)if")
_HOURS_OFF = off(monthly_to_hourly, "USE_MONTH_HOURS", False)
_OVER_OFF = off(follow, "USE_PAY_OVER_MONTHS", False)
_AVERAGE_OFF = off(follow, "USE_ADDED_TO_AVERAGE", False)

_COAT = "코트 이십삼만원짜리 25%세일중인데 카드결제하면 5% 또 빼준대 얼마냄?"
_RENT = "월세 84만 관리비 12만 룸메랑 반반하면 내가 내는돈 한달에"
_LOAN = "신용대출 삼천만원 연6%면 매달 이자만 얼마 나가"
_TAXI = "택시비 만팔천육백원 나왔는데 셋이 엔빵"
_HOURLY = "월급 2,508,000원이면 209시간 기준으로 시급 얼마임"
_CHICKEN = "치킨 이만삼천원에 4천원 쿠폰 쓰고 배달팁 3천원 붙으면 결제금액"
_LAPTOP = "노트북 145만원 10% 할인받고 3개월 할부하면 한달에 얼마"
_BRUNCH = "brunch was eighty six forty, adding 20% tip and splitting 3 ways. how much each"
_INCOME = "i take home 3,900 a month and rent is 1,365. what percent of my income goes to rent"
_GAS = "가스비 1월 12만3천 2월 9만8천 3월 7만6천 나왔는데 평균 한달에 얼마야"

test_first_turns = _read_only_by_its_rule(
    [
        (["고기집 회식 이십칠만육천원 나옴 여섯명이 똑같이 내면 얼마씩?"], "46,000원", _EQUAL_OFF),
        (["택시비 2만4천원 넷이서 공평하게 부담하면"], "6,000원", _EQUAL_OFF),
        (["피자 3만6천원 세명이 똑같이 내면 얼마씩"], "12,000원", _EQUAL_OFF),
        ([_RENT], "480,000원", _HALF_OFF),
        (["숙소비 24만원 친구랑 반반하면 얼마"], "120,000원", _HALF_OFF),
        (["택시비 3만2천원 동생이랑 반반씩 내면"], "16,000원", _HALF_OFF),
        (["에어비앤비 36만원 언니하고 반반하면 얼마씩"], "180,000원", _HALF_OFF),
        (["대게 16만원 세명이 공평하게 내면 얼마씩"], "53,333원", _EQUAL_OFF),
        (["노래방 4만5천원 다섯명이 똑같이 부담하면 얼마씩"], "9,000원", _EQUAL_OFF),
        (["연봉 6000만원이면 월급 세전으로 얼마씩"], "5,000,000원", _BASIS_OFF),
        (["전자레인지 20만원 30% 세일인데 카드로 사면 5% 빼준다네 얼마"], "133,000원", _SELLER_OFF),
        (
            ["가스비 1월 12만3천 2월 9만8천 3월 7만6천 나왔는데 평균 한달에 얼마야"],
            "99,000",
            _MONTHS_OFF,
        ),
        (["통신비 10월 6만5천원 11월 7만1천원 12월 5만9천원 평균은"], "65,000원", _MONTHS_OFF),
        ([_COAT], "163,875원", _SELLER_OFF),
        (["가방 18만원 20% 세일인데 현금이면 10% 더 빼준다고 얼마"], "129,600원", _SELLER_OFF),
        (["운동화 9만원짜리 15% 빼주면 얼마"], "76,500원", _SELLER_OFF),
        (["연봉 삼천구백만원이면 월급 세전으로 얼마씩"], "3,250,000원", _BASIS_OFF),
        (["연봉 4800만원 월급 세전 기준으로 얼마"], "4,000,000원", _BASIS_OFF),
        (["연봉 5400만원이면 한달 세전으로 얼마씩"], "4,500,000원", _BASIS_OFF),
        ([_HOURLY], "12,000원", _HOURS_OFF),
        ([_CHICKEN], "22,000원", _AFTER_COUPON_OFF),
        ([_BRUNCH], "34.56", _GERUND_OFF),
        (
            ["brunch was 86.40, adding a 20% tip and splitting it 3 ways. how much each"],
            "34.56",
            _GERUND_OFF,
        ),
        (["lunch was 45, adding 20% tip and splitting 3 ways, how much each"], "18", _GERUND_OFF),
        (["pizza was 64, adding a 25% tip and splitting it 4 ways, each?"], "20", _GERUND_OFF),
        (
            ["the bill was 150 so adding 10% tip and splitting 5 ways how much each"],
            "33",
            _GERUND_OFF,
        ),
        (["3 tacos at 4.25 and 2 drinks at 3.50, with a 20% tip thats"], "23.7", _THATS_OFF),
        (["2 burgers at 8.50 and a shake at 4, with 15% tip thats"], "24.15", _THATS_OFF),
        (["4 coffees at 3.75 so thats"], "15", _THATS_OFF),
        (["5 beers at 6.50 and 2 fries at 4.25 thats"], "41", _THATS_OFF),
        (["2 tickets at 14.50 and 2 popcorns at 7.25, that's"], "43.5", _THATS_OFF),
        ([_LAPTOP], "435,000원", _CUT_INSTALMENT_OFF),
        (
            ["노트북 145만원 10% 할인받은 가격으로 3개월 할부하면 한달에 얼마"],
            "435,000원",
            _CUT_INSTALMENT_OFF,
        ),
        (
            ["냉장고 240만원 20% 할인해서 무이자 6개월 할부면 한달에"],
            "320,000원",
            _CUT_INSTALMENT_OFF,
        ),
        (
            ["TV 180만원에서 5% 할인받고 12개월 할부로 하면 월 얼마"],
            "142,500원",
            _CUT_INSTALMENT_OFF,
        ),
        ([_LAPTOP, "6개월 할부면?"], "217,500원", _CUT_INSTALMENT_OFF),
        (
            ["피자 3만2천원에 5천원 쿠폰 쓰고 배달비 2천원 더하면 얼마"],
            "29,000원",
            _AFTER_COUPON_OFF,
        ),
        (
            ["족발 35000원 3000원 할인쿠폰 적용하고 배달팁 4000원 추가하면 총 얼마"],
            "36,000원",
            _AFTER_COUPON_OFF,
        ),
        (
            ["짜장면 2그릇 14000원 탕수육 18000원 5000원 쿠폰 쓰고 배달팁 2000원 붙으면 얼마"],
            "29,000원",
            _AFTER_COUPON_OFF,
        ),
        (
            ["떡볶이 18000원에 3천원 쿠폰 쓰고 배달팁 3천원 붙으면 4명이서 나누면 1인당 얼마"],
            "4,500원",
            _AFTER_COUPON_OFF,
        ),
        (["월급 200만원 한달 160시간 일하면 시급 얼마"], "12,500원", _HOURS_OFF),
        (["월급 300만원이면 월 209시간 시급으로 얼마"], "14,354원", _HOURS_OFF),
        (["월급 250만원 209시간으로 계산하면 시급"], "11,962원", _HOURS_OFF),
        (["209시간 기준 월급 2,299,000원이면 시급은"], "11,000원", _HOURS_OFF),
    ]
)

test_follow_ups = _read_only_by_its_rule(
    [
        (["전기요금 두달에 십일만사천원 나왔으면 월평균", "세달이면?"], "38,000원", _GLUED_OFF),
        (["수도요금 세달에 9만원 나왔으면 월평균", "두달이면?"], "45,000원", _GLUED_OFF),
        (
            [
                "유튭프리미엄 14900원 디즈니플러스 9900원 둘다 구독하면 한달에 얼마 나감",
                "그럼 일년이면",
            ],
            "297,600원",
            _GLUED_OFF,
        ),
        (["넷플릭스 17000원 멜론 11000원 한달에 얼마", "이년이면?"], "672,000원", _GLUED_OFF),
        (
            ["전기요금 두달에 십일만사천원 나왔으면 월평균", "아 다시보니 세달치네"],
            "38,000원",
            _SPAN_OFF,
        ),
        (["관리비 2달에 24만원이면 한달 평균", "알고보니 3달치였어"], "80,000원", _SPAN_OFF),
        (["가스비 3달에 15만원 나왔으면 월평균", "다시보니 5달치네"], "30,000원", _SPAN_OFF),
        ([_LOAN, "5.2%로 갈아타면 한달 이자"], "130,000원", _ASK_OFF),
        ([_LOAN, "4.8%로 갈아타면 매달 이자"], "120,000원", _ASK_OFF),
        ([_TAXI, "넷이면 얼마씩"], "4,650원", _ASK_OFF),
        (["회식비 24만원 셋이 나누면", "4명이면 한명당 얼마"], "60,000원", _ASK_OFF),
        ([_COAT, "카드할인이 7%면 얼마"], "160,425원", _HEAD_OFF),
        (
            ["노트북 150만원 10% 할인에 카드결제시 5% 추가할인", "카드할인이 8%면"],
            "1,242,000원",
            _HEAD_OFF,
        ),
        (
            ["가방 20만원 15% 세일인데 쿠폰 쓰면 5% 또 빼준대", "쿠폰할인이 10%면 얼마"],
            "153,000원",
            _HEAD_OFF,
        ),
        ([_RENT, "한명 더 들어와서 셋이 나누면?"], "320,000", _HALF_OFF),
        (["숙소비 24만원 친구랑 반반하면 얼마", "네명이 나누면?"], "60,000원", _HALF_OFF),
        ([_HOURLY, "월 229만9천원이면?"], "11,000원", _HOURS_OFF),
        ([_CHICKEN, "쿠폰이 6천원짜리였으면"], "20,000원", _AFTER_COUPON_OFF),
        ([_BRUNCH, "what if 4 of us"], "25.92", _GERUND_OFF),
        ([_INCOME, "and if the rent goes up to 1,482"], "38%", _AND_IF_OFF),
        (
            [
                _INCOME.replace("3,900", "4,000").replace("1,365", "1,200"),
                "and if the rent goes up to 1,400",
            ],
            "35%",
            _AND_IF_OFF,
        ),
        (
            [
                _INCOME.replace("3,900", "5,000").replace("1,365", "1,750"),
                "and if the rent was 2,000",
            ],
            "40%",
            _AND_IF_OFF,
        ),
        (
            ["연봉 삼천구백만원이면 월급 세전으로 얼마씩", "13개월로 쪼개서 주는 회사면?"],
            "3,000,000원",
            _OVER_OFF,
        ),
        (["연봉 3900만원이면 월급 얼마씩", "13개월로 나누면?"], "3,000,000원", _OVER_OFF),
        (["연봉 4800만원이면 월급 얼마", "16개월로 나눠서 주는 데면"], "3,000,000원", _OVER_OFF),
        (
            ["연봉 6000만원이면 월급 세전으로 얼마씩", "15개월로 나눠서 받으면"],
            "4,000,000원",
            _OVER_OFF,
        ),
        ([_GAS, "4월 5만1천 나온거까지 넣으면 4달 평균은"], "87,000", _AVERAGE_OFF),
        (
            [
                "통신비 10월 6만5천원 11월 7만1천원 12월 5만9천원 평균은",
                "1월 6만1천원까지 넣으면 평균은",
            ],
            "64,000원",
            _AVERAGE_OFF,
        ),
        (["시험 점수 80 90 70 평균", "100까지 넣으면 평균은"], "85", _AVERAGE_OFF),
        (["전기세 1월 5만 2월 7만 평균", "3월 6만까지 넣으면 3달 평균"], "60,000", _AVERAGE_OFF),
        # Which of two percents a rate named by neither is: declined (was the first one).
        (
            ["운동화 12만원 20% 세일하는데 앱으로 사면 10% 더 할인", "앱할인이 15%면"],
            None,
            _UNNAMED_OFF,
        ),
    ]
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # Near misses: no count, no person, one label, the after-tax basis, another ask.
        (["회식 27만6천원 나왔는데 똑같이 내면 얼마씩"], None),
        (["택배비 4000원은 반반"], None),
        (["3월 5일에 5만원 냈으면"], None),
        (["연봉 4800만원이면 월급 세후로 얼마"], None),
        ([_LOAN, "5.2%로 갈아타면 1년 이자"], None),
        ([_COAT, "현금할인이 7%면 얼마"], None),
        (["10만원에서 5천원 빼준대"], "95,000원"),
        (["월급 2508000원 209시간 기준 시급 말고 일급"], None),
        (["월급 240만원이면 시급 얼마"], None),
        ([_INCOME, "if the rent goes up to 1,482"], None),
        (["is that the best deal thats"], None),
        (["bill is 60, adding 10% service, whats the total"], "66"),
        (["소파 90만원 10% 할인받고 3개월 할부하면 이자 포함 한달에 얼마"], None),
        (["노트북 145만원 3개월 할부하면 한달에 얼마"], "483,333원"),
        (["치킨 23000원에 4000원 쿠폰 쓰고 3000원 남으면 얼마"], None),
        (["치킨 23000원에 4000원 쿠폰 쓰고 배달팁 3000원 빼면 얼마"], None),
        (["월세 50만원 1년이면", "13개월로 나누면?"], None),
        ([_GAS, "4월 5만1천 나온거까지 넣으면 5달 평균은"], None),
        (["저녁값 15만원 5명이 균등하게 나눠 내면 얼마"], "30,000원"),
        (["노트북 120만원인데 학생이면 10% 빼준대 얼마"], "1,080,000원"),
        (["연봉 3600만원이면 월 세전으로 얼마"], "3,000,000원"),
        ([_TAXI, "넷이면?"], "4,650원"),
    ],
)
def test_near_misses(turns: list[str], expected: str | None) -> None:
    assert _answer(turns) == expected
