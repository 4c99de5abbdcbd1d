"""The early readers helper opens51b added to the calculator (sets 33 to 42), each with the
unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 50's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_allowance_excess_51b import charge_over_allowance
from tools.calculator_group_said_first_51b import group_said_first
from tools.calculator_one_off_beside_51b import one_off_beside_total
from tools.calculator_one_pays_half_51b import others_share_when_one_pays_half
from tools.calculator_phone_bill_51b import phone_bill_a_month
from tools.calculator_refund_less_fee_51b import refund_less_cancel_fee
from tools.calculator_share_by_area_51b import share_by_area
from tools.calculator_unpaid_left_out_51b import split_among_those_who_paid
from tools.calculator_vat_included_asked_51b import price_with_vat_asked

__all__ = ["readers_51b"]


def readers_51b(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    del digits  # none of these readers needs the question to pick its unit
    return (
        # "티켓 2장 9만9천원씩 샀는데 취소 수수료 10% 떼면 얼마 돌려받아".
        (refund_less_cancel_fee, "원"),
        # "전체 관리비가 300만원이고 전체 면적 2400㎡인데 우리집 84㎡면 면적 비례로 얼마".
        (share_by_area, "원"),
        # "… 4주 하고 교재비 2만5천원 따로면 한달 총 얼마", "PT 10회 60만원 끊고 락커 …".
        (one_off_beside_total, "원"),
        # "dinner for 4, four mains at 18.50 and 2 starters at 8.50, split evenly …".
        (group_said_first, None),
        # "폰 출고가 120만원 24개월 할부고 요금제 월 6만9천원인데 선택약정 25% 할인이면 한달에".
        (phone_bill_a_month, "원"),
        # "구장비 48만원인데 회원 20명 중에 4명이 회비 안냈어 낸 사람끼리 나누면 1인당 얼마".
        (split_among_those_who_paid, "원"),
        # "my lease allows 10,000 miles a year for 3 years and excess is 0.25 a mile …".
        (charge_over_allowance, None),
        # "간판 견적이 부가세 별도 150만원이래 부가세 포함하면 얼마".
        (price_with_vat_asked, "원"),
        # "90만원을 형제 셋이 내는데 막내는 반만 내기로 했어 나머지 둘은 얼마씩 내?".
        (others_share_when_one_pays_half, "원"),
    )
