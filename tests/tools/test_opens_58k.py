"""Open markers of set 49's Korean turns closed in code by widening last round's readers
(opens58k), pinned with wordings of their own (none is a case file's ask).

For every form, at least five wordings unlike the case file's (verbs, order, spacing,
figures in words, English where the reader has it), each answered with its rule on and
otherwise with it switched off, and two near misses that must stay unread:

- a percent off and a coupon in the order said, read by their three parts
  (tools.calculator_discount_then_coupon.coupon_order_ko) and swapped in more words
  (tools.followup_rules_57k._SWAPPED; "… 하면 달라져?" asks the figure,
  tools.followup_other_question_41);
- a percent fee on a conversion, the money needed said "있어야/챙겨가야"
  (tools.currency_fee._ASKS_NEEDED), a rate's won before the fee no flat fee
  (tools.currency_flat_fee._FLAT_FEE);
- a flat won fee said beside a conversion (tools.currency_flat_fee.flat_fee_on_top_in_won)
  and dropped (tools.followup_instalment_fee_dropped: flat_fee_at_zero, a place without a
  fee in _NO_FEE);
- packs compared per named piece (tools.unit_price_cheaper, count units);
- "N+M" counted with a shelf's counter (tools.calculator_bundle_free._BOUGHT), read ahead of
  the general readers (tools.calculator_readers_58k);
- a first month apart from the months after (tools.priced_first_month_58k) and its first
  month said anew (tools.followup_rules_58k.first_month_changed).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.calculator_bundle_free as bundle_free
import tools.calculator_discount_then_coupon as coupon
import tools.calculator_readers_58k as readers_58k
import tools.currency_fee as currency_fee
import tools.currency_flat_fee as flat_fee
import tools.followup_instalment_fee_dropped as fee_dropped
import tools.followup_other_question_41 as other_question
import tools.followup_rules_57k as rules_57k
import tools.handler_money as handler_money
import tools.handler_references as handler_references
import tools.unit_price_cheaper as cheaper
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import (
    NEVER,
    Case,
    answers_stay,
    narrowed,
    never,
    off,
    read_by,
    unread,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_rules_58k import first_month_changed


def _pieces_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """unit_price_cheaper with weights and volumes only, as before count units."""
    units = "|".join(sorted(cheaper._UNITS, key=len, reverse=True))
    measures = "|".join(sorted(cheaper._MEASURES, key=len, reverse=True))
    for name in ("_ASKED", "_PACK"):
        current = getattr(cheaper, name)
        kind: Any = LazyPattern if isinstance(current, LazyPattern) else re.compile
        narrowed = kind(current.pattern.replace(units, measures), current.flags & ~re.UNICODE)
        monkeypatch.setattr(cheaper, name, narrowed)


_COUNTERS_OFF = narrowed(bundle_free, "_BOUGHT", bundle_free._COUNTER, "개")
_NO_FLAT_ON_TOP = off(handler_money, "flat_fee_on_top_in_won", lambda *_a: None)
_NO_PLACE = narrowed(fee_dropped, "_NO_FEE", "(?:앱|어플|곳|데|은행|환전소|카드)", "(?:(?!x)x)")
_COUPON_KO_OFF = off(coupon, "coupon_order_ko", never)
_SWAP_OFF = without_change(rules_57k.coupon_order_swapped)
_FIRST_MONTH_OFF = off(readers_58k, "first_month_total", never)

_JEANS = "청바지 6만원인데 20% 할인 들어가고 3천원 쿠폰도 있음 결제 얼마"
_HOODIE = "후드티 칠만원짜리 할인율 25%에 만원 상품권까지 쓰면 몇원 내"
_COAT = "코트 199000원 30%off 그담에 2만원 쿠폰 먹이면 얼마됨"
_SNEAKERS = "운동화 십이만원 세일 20% 하고 쿠폰 오천원 쓰면 얼마 남"
_YEN = "엔화 3만엔 바꿀건데 100엔에 910원 수수료 1.5% 붙으면 얼마 챙겨가야 돼"
_YEN_BASE = "100엔당 900원 기준으로 2만엔 환전할때 수수료 2프로 붙으면 원화 얼마 필요해"
_USD_FLAT = "200달러 바꾸는데 1달러에 1390원 환전수수료 2000원 별도래 총 얼마 필요"
_EUR_FLAT = "500유로 환전 1유로에 1500원이고 수수료 5천원 더 내야된대 얼마 준비해야돼"
_DRINK = "음료 2+1 한병 1800원인데 7병 사면 얼마"
_BEER = "맥주 4캔 사는데 1캔당 3000원 3+1이면 얼마야"
_GYM = "처음 한달만 30만원 내고 다음달부터는 월 10만원씩 6개월 내면 총 얼마"
_DEPOSIT = "첫 달 100만원, 이후 매월 50만원씩 24개월 납입하면 원금 합계는"

_CASES: list[Case] = [
    # A percent off and a coupon, in the order said: 60,000 x 0.8 - 3,000; 70,000 x 0.75 -
    # 10,000; 199,000 x 0.7 - 20,000; 39,900 x 0.9 - 3,000; 120,000 x 0.8 - 5,000;
    # (35,000 x 0.9) - 2,000.
    *read_by(
        _COUPON_KO_OFF,
        [
            ([_JEANS], "45,000원"),
            ([_HOODIE], "42,500원"),
            ([_COAT], "119,300원"),
            (["39900원 티셔츠 10프로 세일하는데 3000원 쿠폰 같이 쓰면 얼마임"], "32,910원"),
            ([_SNEAKERS], "91,000원"),
            (["셔츠 35000원 근데 10% 할인에다가 2천원 할인쿠폰 있으면 얼마에 사"], "29,500원"),
        ],
    ),
    # ... with "거기에" pointing inside its own sentence: 129,000 x 0.85 - 5,000.
    *read_by(
        narrowed(
            handler_references,
            "_KO_OWN_AMOUNT_THEN_REFERENCE",
            "(?:인데|는데|이고|하고)\\s*,?\\s*거기",
            "(?!x)x",
        ),
        [
            (["신발 12만9천원 15%세일 중이고 거기에 5천원 적립금 쓰면 최종 얼마야"], "104,650원"),
        ],
    ),
    # ... then swapped: (60,000 - 3,000) x 0.8; 60,000 x 0.75; 179,000 x 0.7; 115,000 x 0.8.
    *read_by(
        _SWAP_OFF,
        [
            ([_JEANS, "쿠폰부터 쓰면?"], "45,600원"),
            ([_HOODIE, "순서 바꾸면?"], "45,000원"),
            ([_COAT, "쿠폰 먼저 먹이고 30% 할인하면"], "125,300원"),
            ([_SNEAKERS, "쿠폰 먼저 쓰면 얼마"], "92,000원"),
        ],
    ),
    *read_by(
        off(other_question, "_ASKS_WHAT_IT_IS", NEVER),
        [
            ([_JEANS, "쿠폰 먼저 쓰고 20% 하면 달라져?"], "45,600원"),
        ],
    ),
    # A percent fee on a conversion, the money needed asked: 30,000 x 9.1 x 1.015;
    # 100,000 x 9.2 x 1.01; 40,000 x 9.5 x 1.005; 30,000 x 9.1 x 1.01.
    *read_by(
        narrowed(flat_fee, "_FLAT_FEE", flat_fee.NOT_BEFORE_PERCENT),
        [
            ([_YEN], "277,095원"),
            (["10만엔 환전 100엔=920원 수수료 1% 포함해서 얼마 내야해"], "929,200원"),
            (
                [
                    "일본 여행 4만엔 필요한데 100엔에 950원 수수료 "
                    "0.5% 더 붙으면 원화 몇원 있어야 됨"
                ],
                "381,900원",
            ),
        ],
    ),
    *read_by(
        narrowed(currency_fee, "_ASKS_NEEDED", "있어야|"),
        [
            (["3만엔 100엔당 910원 수수료 1% 붙는대 원화 얼마 있어야 함"], "275,730원"),
        ],
    ),
    *read_by(
        narrowed(currency_fee, "_ASKS_NEEDED", "챙겨|"),
        [
            (["유로 200유로 1유로에 1480원 수수료 1% 붙으면 얼마 챙겨가야 함"], "298,960원"),
        ],
    ),
    # ... then the fee dropped: 30,000 x 9.1; 20,000 x 9.
    *read_by(
        off(fee_dropped, "with_fee_at_zero", never),
        [
            ([_YEN, "수수료 면제되면?"], "273,000원"),
        ],
    ),
    *read_by(
        _NO_PLACE,
        [
            ([_YEN_BASE, "수수료 없는 데서 하면"], "180,000원"),
        ],
    ),
    # A flat won fee beside a conversion, on top: 200 x 1,390 + 2,000; 500 x 1,500 + 5,000;
    # 100 x 1,400 + 3,000; 300 x 1,380 + 3,000; 30,000 x 9 + 2,000.
    *read_by(
        _NO_FLAT_ON_TOP,
        [
            ([_USD_FLAT], "280,000원"),
            ([_EUR_FLAT], "755,000원"),
            (["100달러 1달러에 1400원 수수료로 3천원 떼간대 총 얼마 들어"], "143,000원"),
            (["300달러 1달러에 1380원이고 3천원 수수료 따로 붙음 전부 얼마 필요해"], "417,000원"),
            (["3만엔 100엔당 900원인데 환전수수료 2천원은 따로 받는대 얼마 필요"], "272,000원"),
        ],
    ),
    # ... then dropped: 200 x 1,390; 500 x 1,500.
    *read_by(
        off(fee_dropped, "flat_fee_at_zero", never),
        [
            ([_USD_FLAT, "수수료 무료면?"], "278,000원"),
        ],
    ),
    *read_by(
        _NO_PLACE,
        [
            ([_EUR_FLAT, "수수료 안 받는 은행에서 바꾸면"], "750,000원"),
        ],
    ),
    # Packs compared per named piece.
    *read_by(
        _pieces_off,
        [
            (
                ["키친타올 6롤 8900원 vs 8롤 11500원 롤당 어느쪽이 더 저렴해"],
                "6롤: 1,483.3원/롤, 8롤: 1,437.5원/롤 → 8롤이 더 쌉니다",
            ),
            (
                ["캔커피 24캔 15800원하고 30캔 19500원 캔당 어떤게 더 이득"],
                "24캔: 658.3원/캔, 30캔: 650원/캔 → 30캔이 더 쌉니다",
            ),
            (
                ["마스크 50매 12000원이랑 30매 7900원 중 매당 뭐가 싸"],
                "50매: 240원/매, 30매: 263.3원/매 → 50매가 더 쌉니다",
            ),
            (
                ["which is cheaper per roll, 12 rolls for 9.99 or 18 rolls for 13.49"],
                "12 rolls: 0.83/roll, 18 rolls: 0.75/roll → the 18 rolls pack is cheaper",
            ),
            (
                ["dish pods 40 pods for 12.50 or 60 pods for 17.99 which is cheaper per pod"],
                "40 pods: 0.31/pod, 60 pods: 0.30/pod → the 60 pods pack is cheaper",
            ),
        ],
    ),
    # "N+M" by a shelf's counter: 7 at 2+1 pay 5; 4 at 3+1 pay 3; 10 at 2+1 pay 7; 5 at 1+1
    # pay 3 (a part bundle gets nothing free).
    *read_by(
        _COUNTERS_OFF,
        [
            ([_DRINK], "9,000원"),
            ([_BEER], "9,000원"),
        ],
    ),
    *read_by(
        narrowed(bundle_free, "_BOUGHT", "|결제하면"),
        [
            (["컵라면 2+1이고 개당 1500원 10개 결제하면 얼마"], "10,500원"),
        ],
    ),
    *read_by(
        _COUNTERS_OFF,
        [
            (["라면 한봉지에 1200원 1+1 행사래 5봉지 사려는데 총 얼마"], "3,600원"),
            (["과자 3+1 한팩 2천원 여덟팩 챙기면 얼마"], "12,000원"),
        ],
    ),
    # ... read ahead of the general readers (which read "2400 x 9" and were refused).
    *read_by(
        off(readers_58k, "_deal", never),
        [
            (["젤리 2+1 한봉 2400원 9봉 집으면 얼마임"], "14,400원"),
        ],
    ),
    # ... then the count said anew: 9 at 2+1 pay 6; 8 at 3+1 pay 6.
    *read_by(
        _COUNTERS_OFF,
        [
            ([_DRINK, "9병이면?"], "10,800원"),
            ([_BEER, "8캔이면"], "18,000원"),
        ],
    ),
    # A first month apart: 30만 + 10만 x 5; 100만 + 50만 x 23; 50만 + 30만 x 23; 10만 + 2만
    # x 5; 15만 + 12만 x 11.
    *read_by(
        _FIRST_MONTH_OFF,
        [
            ([_GYM], "800,000원"),
            ([_DEPOSIT], "12,500,000원"),
            (
                ["적금 첫 납입 50만원 하고 그 뒤로 다달이 30만원 2년 부으면 원금 얼마"],
                "7,400,000원",
            ),
            (
                ["청약 첫달에 10만원 넣고 두달째부터 월 2만원씩 반년 넣으면 다 해서 얼마야"],
                "200,000원",
            ),
            (["관리비 첫달 15만원 그다음달부터 매월 12만원 1년치 합계 얼마"], "1,470,000원"),
        ],
    ),
    # ... then the first month said anew: 15만 + 10만 x 5; 50만 x 24.
    *read_by(
        without_change(first_month_changed),
        [
            ([_GYM, "처음 달에 15만원만 내면"], "650,000원"),
            ([_DEPOSIT, "첫달도 똑같이 하면"], "12,000,000원"),
        ],
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

# Near misses, two a form: the saving asked or a count beside the price; another percent or
# the order already taken; money received or a second fee; a fee's clause with the money
# received asked or two fees; no piece asked or two pieces; the free ones asked or a second
# price; a rising deposit or interest asked; a month other than the first, or interest.
test_near_misses_stay_unread = answers_stay(
    [
        *unread(
            [
                ["원피스 89000원짜리 30%세일하고 거기서 만원쿠폰 또 쓰면 얼마 할인받은거야"],
                ["원피스 89000원짜리 2벌 30%세일하고 만원쿠폰 쓰면 얼마"],
                ["거기서 5천원 쿠폰 쓰면 얼마"],
                [_JEANS, "쿠폰 먼저 쓰고 10% 하면 달라져?"],
                [_JEANS, "할인 먼저 하고 쿠폰 쓰면?"],
                ["헬스 30만원 10% 할인하고 2만원 쿠폰 쓰면 얼마", "3개월 하면 몸 좀 달라져?"],
                ["5만엔 환전하려는데 100엔당 905원이고 수수료 1%랑 2천원 더 붙으면 얼마 있어야돼"],
                [
                    "300유로 바꿀건데 1유로에 1512원이고 창구수수료 "
                    "3천원은 따로 받는대 손에 얼마 남아"
                ],
                [
                    "300유로 바꿀건데 1유로에 1512원이고 수수료 "
                    "3천원이랑 1% 따로 받는대 총 얼마 들어"
                ],
                [_YEN, "수수료 1%만 없으면 엔화로는?"],
                ["휴지 30롤 19900원이랑 24롤 15900원 중에 뭐가 더쌈"],
                # (장 and 매 count one sheet since cal58k3, probes58's "50매 … 한장당": 봉 is
                # another.)
                ["기저귀 64매 29900원이랑 52매 24900원 중 봉당 뭐가 더 쌈"],
                ["과자 2+1 한봉 2400원 9봉 집으면 몇봉 공짜야"],
                ["과자 2+1 한봉 2400원이랑 음료 1500원 9봉 집으면 얼마"],
                ["첫달은 50만원 넣고 그담달부터 매달 20만원씩 더 넣으면 1년 원금 얼마"],
                ["첫달은 50만원 넣고 그담달부터 매달 20만원씩 넣으면 1년 이자 얼마"],
                [_GYM, "둘째달도 30만원 내면?"],
                [_GYM, "첫달도 그냥 10만원 내면 이자는?"],
            ]
        ),
    ]
)
