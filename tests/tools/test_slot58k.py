"""Set 50's Korean calculation forms read by slots (helper slot58k).

Each form is tested in wordings unlike the case file's (bench/workload/cases/
unseen50_mixed.yaml), each case with the rule that reads it switched off (the answer must
then change), and near misses, two a form, that must stay unread:

- a percent typed "20퍼" with a coupon off after it, in the order said; a coupon said and
  left unused ("쿠폰 없이") is 0원, never taken off;
- "쿠폰 없으면?", "할인이 25퍼였으면?", "쿠폰은 쓰고 …" after that form;
- an N+M deal spelled in words ("원플원", "투플원", "쓰리플원"), and "하나 덜사면" after it;
- "둘이 반반하면" as a split in two, and "관리비는 내가 다 내면 난 얼마" after a split;
- money borrowed and paid back interest-free ("빌려서 12개월 무이자로 갚으면");
- VAT said separate and then put in ("부가세 별도래 … 부가세 포함하면"), and "부가세
  포함가가 N원이면 공급가는".
"""

from __future__ import annotations

import pytest

import tools.calculator_bundle_free as bundle_free
import tools.calculator_discount_then_coupon as coupon
import tools.calculator_figure_roles_62c as figure_roles
import tools.calculator_korean_shop as korean_shop
import tools.calculator_percent_words_ko as percent_words
import tools.calculator_period_count_41 as period_count
import tools.calculator_said_plainly_44 as plainly_44
import tools.calculator_tallies as tallies
import tools.followup_edits as followup_edits
import tools.priced_first_then_each as first_then_each
import tools.rate_charged_separately as separately
from core.lazy_regex import LazyPattern
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
from tools.followup_coupon_order_58m import (
    bundle_count_moved,
    coupon_gone,
    coupon_order_part_changed,
    my_share_with_one_cost,
    packs_bought,
)

# (퍼 is read as % before the readers too since opens62: both off.)
_PER_OFF = both(
    narrowed(coupon, "_KO_PERCENT", "(?:%|퍼(?!센)|프로|퍼센트)", "%"),
    narrowed(percent_words, "_PRO", "|퍼(?!센)"),
)
_UNUSED_OFF = off(coupon, "_KO_COUPON_UNUSED", NEVER)
_GONE_OFF = without_change(coupon_gone)
_PART_OFF = without_change(coupon_order_part_changed)


def _part_and_charge_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The part-changed rule off, and para58's charge-role edit, which reads "3만원 쿠폰이면?"
    (a coupon's own figure) the same right way after the merge of both."""
    _PART_OFF(monkeypatch)
    monkeypatch.setattr(followup_edits, "charge_figure", never)


_SPELLED_OFF = off(bundle_free, "_SPELLED_DEAL", NEVER)
_MOVED_OFF = without_change(bundle_count_moved)
_HALVES_OFF = off(plainly_44, "_HALF_SPLIT_TWO", NEVER)
_MY_SHARE_OFF = without_change(my_share_with_one_cost)
_BORROWED_ALL_OFF = off(
    tallies,
    "_INSTALLMENT",
    LazyPattern(
        tallies._INSTALLMENT.pattern.replace(
            r"(?:(?:빌려서|빌리고|빌린\s*(?:거|돈)\s*(?:을|를)?|대출\s*받아서|대출받은\s*(?:거|돈)\s*(?:을|를)?)\s*)?",
            "",
        )
    ),
)
_PUT_IN_OFF = narrowed(
    separately,
    "_ADD_ON_ASKED",
    r"(?!\s*(?:를|을|까지|도)?\s*(?:포함|넣|더하|더해|붙이|붙여|합치|합하|included|incl))",
)
_INCLUDED_PRICE_OFF = narrowed(
    korean_shop, "_VAT_INSIDE", r"(?:(?:가격|가)\s*(?:이|은|는|가)?\s*)?", r"(?:가격(?:이|은)?\s*)?"
)
# (The figure's side of VAT reads these too, calc62: both off.)
_VAT_BOTH_OFF = both(_INCLUDED_PRICE_OFF, off(figure_roles, "USE_VAT_SIDES", False))

_PACKS_OFF = without_change(packs_bought)
_FIRST_OFF = narrowed(first_then_each, "_FIRST_KO", "|첫)", ")")
_FIRST_KEPT_OFF = off(period_count, "first_then_each_total", never)

_SHOES = "운동화 129000원 20퍼 할인에 5천원 쿠폰 먹이면 얼마"
_COAT = "코트 199000원 30퍼 세일하고 2만원 쿠폰 쓰면 얼마"
_PASTE = "치약 원플러스원이라 하나 3천원 4개 사면 얼마"
_NOODLES = "라면 5개들이 한묶음 4,480원이면 한개당 얼마꼴이야"
_PC = "피씨방 첫시간 2000원 이후 시간당 1500원이면 5시간 얼마"
_RENT = "월세 70만원 관리비 10만원 둘이 반반하면 1인당 얼마"

_CASES: list[Case] = [
    # 퍼 as a percent, a coupon after it: 200,000 x 0.7 - 10,000; 80,000 x 0.85 - 3,000;
    # 45,000 x 0.9 - 2,000; 59,000 x 0.8 - 5,000; 120,000 x 0.6 - 10,000.
    *read_by(
        _PER_OFF,
        [
            (["패딩 이십만원 30퍼 세일하는데 만원 쿠폰 또 쓰면 얼마"], "130,000원"),
            (["8만원짜리 가방 15퍼 할인받고 3천원 쿠폰 쓰면 결제금액"], "65,000원"),
            (["셔츠 45000원 10퍼세일에 2천원쿠폰 적용하면 얼마임"], "38,500원"),
            (["원피스 5만9천원 20퍼 할인 거기다 5천원 적립금 쓰면 몇원"], "42,200원"),
            (["12만원 코트 40퍼 할인에 만원 쿠폰 먹이면 얼마?"], "62,000원"),
        ],
    ),
    # A coupon said and left unused: the percent alone (it was taken off, 98,200 / 65,000).
    *read_by(
        _UNUSED_OFF,
        [
            (["129000원 20% 할인하고 5000원 쿠폰 없이 사면 얼마"], "103,200원"),
            (["가방 8만원 15% 할인받고 3천원 쿠폰은 안 쓰면 얼마"], "68,000원"),
        ],
    ),
    # ... the coupon gone: 129,000 x 0.8; 199,000 x 0.7.
    *read_by(
        _GONE_OFF,
        [
            ([_SHOES, "쿠폰 안 쓰면 얼마"], "103,200원"),
            ([_COAT, "그럼 쿠폰 못 쓰면?"], "139,300원"),
            ([_SHOES, "상품권 없으면"], "103,200원"),
            ([_COAT, "쿠폰 빼면 얼마야"], "139,300원"),
            ([_SHOES, "쿠폰 없이 하면?"], "103,200원"),
        ],
    ),
    # ... one part said anew: 129,000 x 0.7 - 5,000; 199,000 x 0.75 - 20,000; 129,000 x 0.8
    # - 10,000; 199,000 x 0.7 - 30,000; the coupon back after it was dropped.
    *read_by(
        _PART_OFF,
        [
            ([_SHOES, "할인이 30퍼면?"], "85,300원"),
            ([_COAT, "세일 25%였으면"], "129,250원"),
        ],
    ),
    *read_by(
        _part_and_charge_off,
        [
            ([_COAT, "3만원 쿠폰이면?"], "109,300원"),
        ],
    ),
    *read_by(
        _PART_OFF,
        [
            ([_SHOES, "쿠폰 안 쓰면 얼마", "쿠폰은 다시 쓰고 할인 30%면"], "85,300원"),
        ],
    ),
    # An N+M deal spelled in words: 4 at 1+1 pay 2; 7 at 2+1 pay 5; 8 at 3+1 pay 6; 6 at
    # 1+1 pay 3; 3 at 1+1 pay 2.
    *read_by(
        _SPELLED_OFF,
        [
            ([_PASTE], "6,000원"),
            (["과자 투플원 한봉 1500원 7봉 사면 얼마"], "7,500원"),
            (["음료 쓰리플원 1병 2000원 8병 사면 총 얼마"], "12,000원"),
            (["원 플 원 행사 컵라면 개당 1200원 6개 담으면 얼마"], "3,600원"),
            (["린스 원플원인데 1개 9900원 3개 가져가면 얼마"], "19,800원"),
        ],
    ),
    # ... a count in words moved: 3 pay 2; 5 pay 3; 6 pay 3 (린스 4 pay 2).
    *read_by(
        _MOVED_OFF,
        [
            ([_PASTE, "하나 덜 사면?"], "6,000원"),
            ([_PASTE, "하나 덜 가져가면"], "6,000원"),
            ([_PASTE, "그럼 하나 더 살때 얼마"], "9,000원"),
            ([_PASTE, "하나만 덜 사면"], "6,000원"),
            (["린스 원플원인데 1개 9900원 3개 가져가면 얼마", "하나 더 사면"], "19,800원"),
        ],
    ),
    # 반반 beside 둘이: (700,000 + 100,000) / 2; (650,000 + 80,000) / 2; 70,000 / 2.
    *read_by(
        _HALVES_OFF,
        [
            (["월세 70만 관리비 10만 둘이 반반하면 1인당"], "400,000원"),
            (["월세 65만 관리비 8만 둘이 반반씩 내면 한명당 얼마"], "365,000원"),
            (["전기 4만원 가스 3만원 둘이서 반반하면 한명당"], "35,000원"),
            (["가스비 3만 전기 5만 둘이서 반반하면 인당"], "40,000"),
            (["관리비 12만 인터넷 3만 둘이 반반 부담하면 1인당"], "75,000"),
        ],
    ),
    # ... one cost taken whole by the speaker: 700,000 / 2 + 100,000; 100,000 / 2 + 700,000;
    # 480,000 / 4 + 210,000; 650,000 / 3 + 80,000; 40,000 / 2 + 30,000.
    *read_by(
        _MY_SHARE_OFF,
        [
            ([_RENT, "관리비는 내가 다 내면 난 얼마?"], "450,000원"),
            ([_RENT, "월세는 제가 전부 낼게 저는 얼마 내야돼"], "750,000원"),
            (
                [
                    "숙소 48만원이랑 렌터카 21만원 넷이서 나누면 인당 얼마야",
                    "렌터카는 내가 다 내면 난 얼마",
                ],
                "330,000원",
            ),
            (
                [
                    "월세 65만원이랑 관리비 8만원 셋이 나누면 1인당",
                    "관리비는 제가 전부 내면 저는 얼마 내야돼요",
                ],
                "296,667원",
            ),
            (
                ["전기 4만원 가스 3만원 둘이서 반반하면 한명당", "가스는 내가 내면 난 얼마야"],
                "50,000원",
            ),
        ],
    ),
    # Money borrowed, paid back interest-free: the amount over the months.
    *read_by(
        _BORROWED_ALL_OFF,
        [
            (["친구한테 500만원 빌린거 10개월 무이자로 나눠 갚으면 매달 얼마"], "500,000원"),
            (["120만원 빌려서 6개월 무이자 할부로 갚으면 한달에 얼마"], "200,000원"),
            (["90만원 빌려서 3개월 무이자로 갚을건데 한달에 얼마씩"], "300,000원"),
            (["엄마한테 60만원 빌리고 3개월 무이자로 갚으면 한달 얼마야"], "200,000원"),
            (["사백만원 빌려서 8개월 무이자로 갚으면 한달 얼마"], "500,000원"),
        ],
    ),
    # VAT said separate, then put in: the total with it.
    *read_by(
        _PUT_IN_OFF,
        [
            (
                ["인테리어 견적이 320만원, 부가세 10프로 따로래 부가세까지 합치면 총 얼마"],
                "3,520,000원",
            ),
            (["노트북 150만원 부가세 10% 별도인데 부가세 붙이면 얼마임"], "1,650,000원"),
            (["가구 88만원에 VAT 10% 별도, 부가세 넣으면 얼마야"], "968,000원"),
            (["공사비 200만원 부가세 10% 별도라는데 부가세 더하면 얼마"], "2,200,000원"),
            (
                ["간판 견적 90만원이고 부가세 10%는 따로래 그럼 부가세 포함하면 총 얼마야"],
                "990,000원",
            ),
        ],
    ),
    # A first hour said "첫시간" (one hour) and each hour after: 2,000 + 1,500 x 4; 10,000 +
    # 8,000 x 2; 3,000 + 2,000 x 3; a span after it changed (2,000 + 1,500 x 2).
    *read_by(
        _FIRST_OFF,
        [
            ([_PC], "8,000원"),
            (["노래방 첫 시간 만원 그다음부터 시간당 8천원 3시간 놀면 얼마"], "26,000원"),
            (["첫시간 3천원 추가 시간당 2천원인데 4시간 하면 얼마야"], "9,000원"),
            (["스터디카페 첫시간은 2500원이고 이후엔 시간당 2000원 6시간 있으면 얼마"], "12,500원"),
            (["보드게임카페 첫 시간이 4천원, 그 뒤로 시간당 3천원 3시간 놀면"], "10,000원"),
            ([_PC, "3시간만 하면"], "5,000원"),
        ],
    ),
    # ... and the hours counted less the first block are no dropped count.
    *read_by(
        _FIRST_KEPT_OFF,
        [
            (["첫시간 3천원 추가 시간당 2천원인데 4시간 하면 얼마야"], "9,000원"),
        ],
    ),
    # Packs bought after a pack's price: 4,480 x 3; x 2; 5,400 x 4; 3,900 x 5; 12,000 x 2.
    *read_by(
        _PACKS_OFF,
        [
            ([_NOODLES, "그거 세묶음 사면 총 얼마"], "13,440원"),
            ([_NOODLES, "두묶음이면?"], "8,960원"),
            (["생수 6병들이 한팩 5400원이면 병당 얼마야", "4팩 사면 얼마"], "21,600원"),
            (
                ["요거트 4개입 한팩에 3900원이면 하나에 얼마", "그럼 다섯팩 사면 총 얼마"],
                "19,500원",
            ),
            (["휴지 30롤짜리 한박스 12000원인데 롤당 얼마", "그걸 두박스 사면"], "24,000원"),
        ],
    ),
    # "부가세 포함가가 N원이면 공급가": N / 1.1.
    *read_by(
        _VAT_BOTH_OFF,
        [
            (["부가세 포함가가 33만원이면 공급가는?"], "300,000원"),
            (["부가세 포함가가 1100원이면 공급가는?"], "1,000원"),
            (["부가세포함가가 44000원이면 공급가는"], "40,000원"),
            (["부가세 포함가가 33만원이면 부가세만 얼마"], "30,000원"),
            (["부가세 포함가 77만원이면 공급가액은?"], "700,000원"),
        ],
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

# Near misses, two a form (same words, another question or another figure).
test_near_misses_stay_unread = answers_stay(
    [
        *unread(
            [
                ["운동화 129000원 20퍼 할인에 5천원 쿠폰 쓰면 얼마 아껴"],
                ["운동화 129000원 20퍼 할인에 5천원 쿠폰 쓰고 2켤레 사면 얼마"],
                [_SHOES, "쿠폰 없으면 몇 % 싸져?"],
                ["운동화 129000원 사면 얼마", "쿠폰 없으면?"],
                [_SHOES, "할인이 25퍼였으면 얼마 아껴?"],
                [_SHOES, "쿠폰 2장 쓰면?"],
                ["원플원 샴푸 개당 8900원 5개 사면 몇개 공짜야"],
                ["원플원 샴푸 개당 8900원 5개랑 린스 7000원 사면 얼마"],
                ["샴푸 8900원 5개 사면 얼마", "하나 덜 사면"],
                [_PASTE, "하나 덜 사면 몇개 공짜야"],
                ["월세 65만 관리비 8만 반반하면 한명당"],
                ["둘이 반반 했는데 월세 65만 관리비 8만 어때"],
                [_RENT, "전기세는 내가 다 내면 난 얼마내"],
                [_RENT, "관리비는 내가 다 내면 쟤는 얼마내"],
                [_NOODLES, "세팩 사면 총 얼마"],
                ["라면 5개들이 한묶음 4480원이랑 김치 3000원 사면 얼마", "세묶음 사면 얼마"],
                ["피씨방 첫시간 2000원 이후 시간당 1500원이면 5시간 몇분이야"],
                ["피씨방 첫시간 2000원 이후 시간당 1500원 5시간 하고 음료 1500원 얼마"],
                ["200만원 빌려서 12개월 할부로 갚으면 이자 포함 한달 얼마"],
                ["200만원 빌려서 12개월 무이자로 갚으면 이자는 얼마"],
            ]
        ),
        (["견적 55만원인데 부가세 10% 별도래 부가세만 얼마"], "55,000원"),
        (["견적 55만원인데 부가세 10% 별도래 부가세는 얼마야"], "55,000원"),
    ]
)
