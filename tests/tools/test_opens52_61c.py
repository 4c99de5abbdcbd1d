"""Open markers of blind set 52 (calculations and their follow-ups) closed in code by helper
opens52c, pinned with wordings of their own (other figures, items and order), near misses that
stay declined, and each rule switched off.

Readers widened: a pack's price per one with the one container and the one asked said
(tools.calculator_pack_unit_price_51a), a price for N servings with its spending verb
(tools.calculator_quantities), the earlier price said with 하다 and the change asked in won
(tools.calculator_percent_change_ko), a tip over the bill it was left on
(tools.calculator_share_out_of), a plain list averaged after it is said (tools.calculator_tallies),
a measure priced and asked spelled two ways, or per serving (tools.calculator_unit_rate_forms),
a week's pay "before tax" (tools.calculator_paid_amount_forms), "how much a mo"
(tools.calculator_month_as_weeks), shared amounts split evenly with "me and N roommates"
(tools.calculator_shared_bill_61c). Follow-ups: tools.followup_opens_61c (their order; the
rules in tools.followup_*_61c by kind), and the widened
count-of-one rule (tools.followup_rules_43), correction words (tools.followup_correction) and
native counts before 만 (tools.korean_numbers).
"""

from __future__ import annotations

import tools.calculator as calculator
import tools.calculator_paid_amount_forms as paid_forms
import tools.calculator_percent_change_ko as percent_change
import tools.calculator_quantities as quantities
import tools.calculator_readers_51a as readers_51a
import tools.calculator_share_out_of as share_out_of
import tools.calculator_tallies as tallies
import tools.calculator_unit_rate_forms as unit_rate_forms
import tools.followup_correction as correction
import tools.followup_said_plainly_62c as plainly_62c
import tools.followups as followups
import tools.korean_numbers as korean_numbers
from tests.tools.rule_switch import (
    NEVER,
    Case,
    answers_stay,
    both,
    narrowed,
    never,
    off,
    read_by,
    unread,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_amount_taken_off_61c import part_paid_first, percent_taken_off_result
from tools.followup_chat_words_61c import chat_words_around_change
from tools.followup_group_changed_61c import group_of_shared_bill_changed
from tools.followup_listed_average_61c import listed_one_named_anew, next_amount_averaged
from tools.followup_quantity_asked_61c import measure_asked_anew, weeks_of_weekly_wage
from tools.followup_rules_43 import count_of_one_bought

_PACK_OFF = off(readers_51a, "pack_price_per_unit_ko", never)
_NATIVE_MAN_OFF = narrowed(korean_numbers, "_NATIVE_COUNT", "|만(?=$|[\\s?.!,])")
_SPENT_OFF = narrowed(
    quantities,
    "_PER_ONE_KO",
    "|(?:들었|나왔|했|줬|썼|냈|샀)(?:으면|는데|다면)|들면|드는데|나오면|주면",
)
_HADEON_OFF = narrowed(
    percent_change, "_EARLIER_FIRST", "|하던\\s*(?:게|거|것이)|했던\\s*(?:게|거|것이)|하다가|했는데"
)
_CHANGE_OFF = off(calculator, "amount_change_ko", never)
_TIP_OFF = off(share_out_of, "_TIP_ON_EN", NEVER)
_SAID_LIST_OFF = narrowed(tallies, "_AVERAGE_OF", "(?P<said>", "(?P<said>(?!x)x")
_APART_OFF = off(unit_rate_forms, "_priced_measure_spelled_apart", never)
_GROSS_OFF = narrowed(
    paid_forms, "_WAGE_EN", "(?:\\s+(?:before|pre)\\s*-?\\s*(?:tax|taxes|deductions)|\\s+gross)?"
)
_MO_OFF = off(calculator, "month_asked_in_full", lambda question: question)
_STRETCH_OFF = narrowed(
    correction,
    "_RIGHT_FIGURE_ONLY",
    "|(?:stretch|spread|extend|drag)\\s+(?:it|that|the\\s+payments?|this)\\s+(?:out\\s+)?"
    "(?:to|over|into)",
)
_MISREAD_OFF = narrowed(correction, "_RIGHT_FIGURE_ONLY", "|봤|봄|읽었")
_SHARED_OFF = off(calculator, "shared_bill_expression", never)
_UNPLACED_OFF = off(followups, "listed_one_unplaced", lambda *_args: False)
_PAID_FIRST_GUARD_OFF = off(followups, "paid_first_unread", lambda *_args: False)

_E = "electric bills the last three months were 112, 96 and 131. whats my average"
_SCORES = "my test scores were 78, 85, 91 and 80, what's the mean?"
_GAS = "gas bills were 45, 60 and 75 so whats our average bill"
_WATER = "water was 30, 42, 36 and 48. whats the average"
_PORK = "삼겹살 100g에 2980원이면 600그램 사면 얼마"
_BEANS = "원두 1키로에 32000원인데 한잔에 20그램 쓰면 한잔 원가 얼마임"
_WAGE = "i get 18.75 an hour and work 32 hrs a week. weekly pay before tax?"
_PHONE = "new phone is 1,099 and i pay it off over 24 months, no interest. how much a mo"
_LAPTOP = "laptop is 1200 paid over 12 months, how much per month"
_RENT = "rent is 2,400 plus about 180 utilities, its me and 3 roommates splitting evenly. my share?"
_WATER_SPLIT = "rent 1800 plus 120 for water, split 3 ways, my share?"
_NET = "internet is 60 and electric about 95, me and 4 flatmates share it evenly, what do i pay"
_CABIN = "cabin is 900 plus 150 cleaning fee, between 6 of us, split evenly, each?"
_CHICKEN = "치킨 두마리 삼만육천원에 배달비 3천원 붙었어 넷이서 나누면 1인당"
_PENSION = "펜션 1박에 28만원인데 2박하고 7명이 나눠내면 한사람당"
_WATER_KO = "수도요금 석달에 사만오천육백원 나왔으면 월평균은"
_PAY = "월급 삼백십만원인데 세금이랑 보험 9.4% 떼면 실수령 얼마"
_DEPOSIT = "예금 오백만원 넣어두면 연 3.5% 단리로 1년 이자 얼마 나와"
_INSTALMENT = "폰 138만원 무이자 12개월 할부하면 월 얼마씩"
_SALARY = "연봉 사천이백만원이면 세전 월급으로 얼마"
_FEES = "관리비 3개월치 21만6천원이면 한달 평균 얼마꼴"
_APPLES = "사과 열두개 한박스 이만사천원이면 한개 얼마"

_CASES: list[Case] = [
    # A pack's price per one, the one container and the one asked said: 16,000 / 20 …
    *read_by(
        _PACK_OFF,
        [
            (["귤 스무개 한박스 만육천원이면 한개 얼마"], "800원"),
            (["배 여섯개 한상자 이만사천원이면 한개 얼마야"], "4,000원"),
            (["키위 30개 1박스 18000원이면 1개 얼마"], "600원"),
            (["달걀 열개 한팩 삼천오백원이면 한개 얼마"], "350원"),
            (["복숭아 여덟개 한상자 이만원이면 한개 얼마"], "2,500원"),
        ],
    ),
    # … and that many bought at the price of one: 2,000 x 7, 800 x 5, …
    *read_by(
        without_change(count_of_one_bought),
        [
            ([_APPLES, "그 값으로 일곱개만 사면"], "14,000원"),
            (["귤 스무개 한박스 만육천원이면 한개 얼마", "같은 값에 다섯개만 사면"], "4,000원"),
            (["배 여섯개 한상자 이만사천원이면 한개 얼마야", "그럼 세개 사면"], "12,000원"),
            (["키위 30개 1박스 18000원이면 1개 얼마", "그 가격으로 10개 사면 얼마"], "6,000원"),
            (["달걀 열개 한팩 삼천오백원이면 한개 얼마", "그 값으로 네개만 사면"], "1,400원"),
        ],
    ),
    *read_by(
        _NATIVE_MAN_OFF,
        [
            ([_APPLES, "그 값으로 일곱개만 사면"], "14,000원"),
        ],
    ),
    # A price for N servings with the verb of spending: 12,600 / 3, 10,000 / 4, …
    *read_by(
        _SPENT_OFF,
        [
            (["3인분 재료비가 만이천육백원 들었으면 1인분당 얼마"], "4,200원"),
            (["2인분 재료비 9천원 들었으면 1인분에 얼마"], "4,500원"),
            (["8인분 고기값 12만원 들었는데 1인분당 얼마"], "15,000원"),
            (["5인분 재료비 3만5천원 나왔는데 1인분당 얼마"], "7,000원"),
            (["4인분 고기값 6만원 나왔으면 1인분당 얼마야"], "15,000원"),
        ],
    ),
    # The earlier price said with 하다: (52,000 - 40,000) / 40,000 …
    *read_by(
        _HADEON_OFF,
        [
            (["4만원 하던게 5만2천원 됐으면 몇퍼 오른거야"], "30%"),
            (["만원 했던 게 8천원 됐으면 몇프로 내린거야"], "-20%"),
            (["월세 50만원 하다가 55만원 됐는데 몇 퍼센트 오른거"], "10%"),
            (["커피 4500원 했는데 5000원이면 몇퍼 오른거야"], "11.1111%"),
            (["택시비 4800원 하던거 6000원 됐으면 몇프로 오른거야"], "25%"),
        ],
    ),
    # The change asked in won: never the two amounts added (92,000원).
    *read_by(
        _CHANGE_OFF,
        [
            (["4만원 하던게 5만2천원 됐으면 얼마 오른거야"], "12,000원"),
            (["작년 월세 60만원 올해 65만원이면 얼마나 오른거야"], "50,000원"),
            (["기름값 1800원에서 1650원으로 얼마 내린거야"], "150원"),
            (["주식 30만원에서 24만원 됐으면 얼마 떨어진거"], "60,000원"),
            (["점심값 8천원 하던게 9500원 됐는데 얼마 비싸진거야"], "1,500원"),
            (["4만원에서 5만원이면 얼마 내린거야"], None),
        ],
    ),
    # A tip over the bill it was left on: 9 / 60 …
    *read_by(
        _TIP_OFF,
        [
            (["i left a 9 dollar tip on a 60 dollar meal, what percent tip is that"], "15%"),
            (["i tipped 12 on an 80 bill, what percent is that"], "15%"),
            (["a $7 tip for a $50 tab is what percentage"], "14%"),
            (["what percent is 9 of 60"], "15%"),
            (["gave a 6 buck tip on the 40 dollar delivery, what % is that"], "15%"),
        ],
    ),
    # A plain list said, its average asked after it: 339 / 3 …
    *read_by(
        _SAID_LIST_OFF,
        [
            ([_E], "113"),
            ([_SCORES], "83.5"),
            ([_GAS], "60"),
            ([_WATER], "39"),
            (["i ran 5.2, 6.1 and 4.7 km, whats my average"], "5.3333 km"),
        ],
    ),
    # … one more amount for the next period: 479 / 4 …
    *read_by(
        without_change(next_amount_averaged),
        [
            ([_E, "if next month is 140, whats the average over the 4 months"], "119.75"),
            ([_E, "and if next month comes in at 100, whats the average then"], "109.75"),
            ([_SCORES, "if i get a 95 on the next test whats my average"], "85.8"),
            ([_GAS, "if the next bill is 80 whats the average"], "65"),
            (["average of 20, 30 and 40", "if the next one is 50 whats the average"], "35"),
        ],
    ),
    # … the figure in the place named changed (it was the first, whatever was named).
    *read_by(
        without_change(listed_one_named_anew),
        [
            ([_E, "what if the last one was 150"], "119.3333333333 (≈ 119.33)"),
            ([_E, "what if the second one was 150"], "131"),
            ([_WATER, "what if the second month was 50"], "41"),
            ([_WATER, "the third month was actually 40"], "40"),
            ([_GAS, "what if the last bill was 90"], "65"),
        ],
    ),
    # A place the list does not have: declined (it was the first figure changed).
    *read_by(
        _UNPLACED_OFF,
        [
            ([_E, "what if the fifth one was 150"], None),
        ],
    ),
    # A measure priced and asked spelled two ways, or per serving: 2,980 x 600 / 100 …
    *read_by(
        _APART_OFF,
        [
            ([_PORK], "17,880원"),
            (["목살 100그램에 2500원이면 2kg 사면 얼마"], "50,000원"),
            (["원두 1키로에 32000원인데 250그램 사면 얼마"], "8,000원"),
            (["소고기 1kg에 50000원이면 300그램은"], "15,000원"),
            ([_BEANS], "640원"),
            (["밀가루 1kg 2500원인데 한판에 300g 들어가면 한판에 얼마"], "750원"),
        ],
    ),
    # … another amount asked: never the priced amount replaced (1,987원).
    *read_by(
        without_change(measure_asked_anew),
        [
            ([_PORK, "1키로 사면"], "29,800원"),
            ([_PORK, "900g이면?"], "26,820원"),
            (["목살 100그램에 2500원이면 2kg 사면 얼마", "800그램이면?"], "20,000원"),
            (["원두 1키로에 32000원인데 250그램 사면 얼마", "1키로 사면"], "32,000원"),
            (["소고기 1kg에 50000원이면 300그램은", "2kg이면?"], "100,000원"),
        ],
    ),
    # A week's pay before tax: 18.75 x 32 …; then weeks of it.
    *read_by(
        _GROSS_OFF,
        [
            ([_WAGE], "600"),
            (["i make 22 an hour, 40 hours a week, weekly pay pre-tax?"], "880"),
            (["we get 15.50 an hour and work 20 hours a week, weekly pay before taxes"], "310"),
            (["i earn 31 an hour and work 35 hrs a week, weekly pay gross"], "1,085"),
            (
                ["you make 19 an hour and work 25 hours a week. weekly pay before deductions?"],
                "475",
            ),
        ],
    ),
    *read_by(
        without_change(weeks_of_weekly_wage),
        [
            ([_WAGE, "so over a year if i work 50 weeks"], "30,000"),
            (
                [
                    "you make 19 an hour and work 25 hours a week. weekly pay before deductions?",
                    "over a year working 52 weeks",
                ],
                "24,700",
            ),
            (
                [
                    "i make 22 an hour, 40 hours a week, weekly pay pre-tax?",
                    "over a year if i work 46 weeks",
                ],
                "40,480",
            ),
            (
                [
                    "we get 15.50 an hour and work 20 hours a week, weekly pay before taxes",
                    "what about 12 weeks",
                ],
                "3,720",
            ),
            (
                [
                    "i earn 31 an hour and work 35 hrs a week, weekly pay gross",
                    "for the year, working 44 weeks, how much is that",
                ],
                "47,740",
            ),
        ],
    ),
    # "how much a mo": 1,099 / 24 …; then the months said anew.
    *read_by(
        _MO_OFF,
        [
            ([_PHONE], "45.7916666667 (≈ 45.79)"),
            (["tv is 840 over 12 months, whats that per mo?"], "70"),
            (["couch is 1,560 paid over 18 months, how much a mo"], "86.6666666667 (≈ 86.67)"),
            (["bike is 900 split over 6 months, how much each mo?"], "150"),
            (["desk is 480 paid off over 4 months, what is it a mo"], "120"),
        ],
    ),
    *read_by(
        _STRETCH_OFF,
        [
            ([_PHONE, "stretch it to 36 months"], "30.5277777778 (≈ 30.53)"),
            ([_LAPTOP, "stretch the payment to 16 months"], "75"),
            (
                [
                    "bike is 900 split over 6 months, how much each mo?",
                    "stretch it out to 9 months",
                ],
                "100",
            ),
            (
                ["desk is 480 paid off over 4 months, what is it a mo", "drag it out to 8 months"],
                "60",
            ),
            (
                [
                    "couch is 1,560 paid over 18 months, how much a mo",
                    "stretch that out to 24 months",
                ],
                "65",
            ),
            ([_LAPTOP, "spread the payments over 10 months"], "120"),
        ],
    ),
    # Shared amounts split evenly: (2,400 + 180) / (1 + 3) …; then the group changed.
    *read_by(
        _SHARED_OFF,
        [
            ([_RENT], "645"),
            ([_NET], "31"),
            (
                ["gas is 90 and water about 60, me and 2 flatmates share it evenly, what do i pay"],
                "50",
            ),
            ([_CABIN], "175"),
            (
                [
                    "rent is 1500 plus around 90 for power, me "
                    "and 2 housemates split evenly, my share?"
                ],
                "530",
            ),
        ],
    ),
    *read_by(
        without_change(group_of_shared_bill_changed),
        [
            ([_RENT, "one roommate moves out next month, what do i pay then"], "860"),
            ([_RENT, "a roommate moved out, my share now?"], "860"),
            ([_WATER_SPLIT, "one roommate moves out, what do i pay then"], "960"),
            ([_NET, "one flatmate moves out, what do i owe then"], "38.75"),
            ([_WATER_SPLIT, "a new roommate moves in, what do i pay then"], "480"),
        ],
    ),
    # Chat words around a change: the one more agreeing, "얼마씩" asking the share again, a
    # monthly amount shared by those living together, "일년이면 … 총", the same division.
    *read_by(
        without_change(chat_words_around_change),
        [
            ([_CHICKEN, "한명 더 껴서 5명이면?"], "7,800원"),
            (["회식비 24만원 6명이서 나누면 한명당", "1명 더 껴서 7명이면 얼마씩"], "34,286원"),
            (["캠핑장 12만원 넷이서 나누면 1인당", "2명 더 오면 6명이면?"], "20,000원"),
            ([_PENSION, "1박만 하면 얼마씩?"], "40,000원"),
            (["회식비 24만원 6명이서 나누면 한명당", "30만원이면 얼마씩?"], "50,000원"),
            (
                ["펜션 1박에 20만원인데 3박하고 5명이 나눠내면 한사람당", "2박만 하면 얼마씩?"],
                "80,000원",
            ),
            ([_WATER_KO, "넷이 살면 한달에 한명 얼마씩?"], "3,800원"),
            (["가스비 두달에 8만원이면 월평균", "셋이서 같이 살면 1인당 얼마씩?"], "13,333원"),
            (
                ["전기요금 석달에 15만원 나왔으면 월평균은", "둘이 살면 한달에 한명 얼마씩"],
                "25,000원",
            ),
            (
                ["관리비 6개월치 54만원이면 한달 평균", "다섯이 살면 한달에 각자 얼마씩?"],
                "18,000원",
            ),
            ([_PAY, "그럼 일년이면 실수령 총"], "33,703,200원"),
            (["월급 250만원에서 3.3% 떼면 실수령 얼마", "일년이면 실수령 총 얼마"], "29,010,000원"),
            ([_SALARY, "성과급 300만원 포함해서 12로 나누면?"], "3,750,000원"),
            (["연봉 3600만원 월급으로 얼마", "상여금 240만원 더해서 12로 나누면"], "3,200,000원"),
            (["연봉 5천만원이면 월급 얼마", "보너스 600만원 합쳐서 12로 나누면"], "4,666,667원"),
        ],
    ),
    # (일년 said as 1년 reads it too, calc62: both off.)
    *read_by(
        both(without_change(chat_words_around_change), off(plainly_62c, "USE_GLUED_COUNTS", False)),
        [(["용돈 한달 30만원 3% 떼면 실수령", "일년이면 총"], "3,492,000원")],
    ),
    # A percent taken off a result whose own percent is no deduction (was the rate replaced).
    *read_by(
        without_change(percent_taken_off_result),
        [
            ([_DEPOSIT, "이자소득세 15.4% 떼면 얼마 남아"], "148,050원"),
            ([_DEPOSIT, "15.4% 떼면?"], "148,050원"),
            (["적금 1200만원 연 4% 단리 1년 이자 얼마", "세금 15.4% 빼면 얼마 남아"], "406,080원"),
            (["적금 1200만원 연 4% 단리 1년 이자 얼마", "9.9% 떼면 얼마 남아"], "432,480원"),
            (["예금 1억 연 3% 1년 이자", "15.4% 공제하면 얼마"], "2,538,000원"),
            (["300만원의 12%는", "3.3% 떼면?"], "348,120원"),
        ],
    ),
    # A part paid first, the rest over the months: (1,380,000 - 300,000) / 12 …
    *read_by(
        without_change(part_paid_first),
        [
            ([_INSTALMENT, "30만원 먼저 내고 나머지를 12개월로 하면"], "90,000원"),
            ([_INSTALMENT, "30만원 선납하면?"], "90,000원"),
            ([_INSTALMENT, "30만원 먼저 내고 나머지 6개월로 하면"], "180,000원"),
            (["노트북 240만원 10개월 할부면 한달에 얼마", "40만원 먼저 내면?"], "200,000원"),
            (
                ["냉장고 180만원 6개월 할부하면 월 얼마", "60만원 미리 내고 나머지를 4개월로 하면"],
                "300,000원",
            ),
        ],
    ),
    # … one the rule cannot place is declined (it was the price replaced: 25,000원).
    *read_by(
        _PAID_FIRST_GUARD_OFF,
        [
            ([_INSTALMENT, "30만원 먼저 내고 나머지 할부하면 이자는?"], None),
        ],
    ),
    # A correction: misread, the months said 달 or 개월 either way.
    *read_by(
        _MISREAD_OFF,
        [
            ([_FEES, "아 잘못봤다 4달치였음"], "54,000원"),
            (["전기세 2달치 8만원이면 한달에 얼마", "아 잘못봤다 3개월치였음"], "26,667원"),
            (["가스비 4개월치 16만원이면 월평균", "잘못 봤네 5달치였음"], "32,000원"),
            (["관리비 2달치 30만원이면 한달에 얼마", "아 잘못봤다 3달치였음"], "100,000원"),
            (["월세 6개월치 300만원이면 한달에 얼마", "잘못 읽었다 5개월치였음"], "600,000원"),
        ],
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

# Near misses: left to the other readers (or declined), each unchanged by the rules above.
test_near_misses_stay = answers_stay(
    [
        *unread(
            [
                ["귤 스무개 한박스 만육천원이면 두개 얼마"],
                ["귤 스무개 한박스 만육천원인데 3박스면 한개 얼마"],
                [_APPLES, "그 값으로 한개만 사면"],
                [_APPLES, "일곱개면 몇박스야"],
                ["재료비 2만원 들었으면 1인분당 얼마"],
                ["3인분 12600원 들었으면 1인분에 2000원 남기려면 얼마"],
                ["4만원 하던게 5만2천원 됐으면 몇퍼 오른거야 10% 할인하면"],
                ["80키로에서 74키로 됐으면 얼마 빠진거야"],
                ["i left a 9 dollar tip on a 60 dollar meal, how much total"],
                ["i left a 9 dollar tip on a 60 dollar meal and 3 for parking, what percent tip"],
                ["i left a 90 dollar tip on a 60 dollar meal, what percent"],
                ["spent 20, 30 and 40 this week, whats my daily average"],
                ["electric bills were 112, 96 and 131 over 4 months. whats my average"],
                [_E, "if next month is 140, whats the average over the 5 months"],
                [_E, "if next month is 140 and the one after is 150, whats the average"],
                ["average of 112, 96 and 131", "what if the fourth one was 150"],
                ["삼겹살 100g에 2980원이면 2리터 사면 얼마"],
                ["삼겹살 100g에 2980원이면 6키로미터 얼마"],
                [_PORK, "2리터 사면"],
                [_PORK, "3명이면?"],
                ["i get 18.75 an hour and work 32 hrs a week. weekly pay after tax?"],
                [_WAGE, "what if i take 2 weeks off"],
                ["wait a mo, whats 5 times 3"],
                [_LAPTOP, "stretch it to 18 weeks"],
                [_LAPTOP, "stretch it"],
                [
                    "rent is 2,400 plus about 180 utilities, its me and 3 roommates but i pay the "
                    "internet. my share?"
                ],
                [
                    "rent is 2,400 plus about 180 utilities, me and 3 roommates, i pay 100 more. "
                    "my share?"
                ],
                [_WATER_SPLIT, "one roommate moves out and rent goes to 2000"],
                [_CHICKEN, "한명 더 껴서 6명이면?"],
                [_CHICKEN, "두명 더 껴서 5명이면?"],
                ["수도요금 석달에 사만오천육백원 나왔어 총 얼마", "넷이 살면 한달에 한명 얼마씩?"],
                [_CHICKEN, "넷이 살면 한달에 한명 얼마씩?"],
                [_PAY, "일년이면 세전 총"],
                ["연봉 3600만원 월급으로 얼마", "상여금 240만원 더해서 13으로 나누면"],
            ]
        ),
        # A deduction said before: the new percent replaces it, as before.
        (["월급 300만원에서 3.3% 떼면 얼마", "8.8% 떼면?"], "2,736,000원"),
        *unread(
            [
                [_INSTALMENT, "200만원 먼저 내면?"],
                ["폰 138만원 이자 5% 12개월 할부하면 월 얼마씩", "30만원 선납하면?"],
                [_FEES, "아 잘못봤다 4명이었음"],
                [_FEES, "아 잘못봤다 3달치였음"],
            ]
        ),
    ]
)


def test_won_change_of_the_other_way_is_declined() -> None:
    """A fall asked of amounts that rose is no sum of the two (it was 90,000원)."""
    from tests.tools.rule_switch import answer_to

    assert answer_to(["4만원에서 5만원이면 얼마 내린거야"]) is None
