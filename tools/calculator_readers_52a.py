"""The readers opens52a added to the calculator for sets 24 to 35, each with the unit its
answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after opens51a's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_forms_en_52a import (
    case_with_discount,
    invoice_vat_less_withholding,
    monthly_pair_for_a_year_en,
    pace_per_hundred_metres,
    remittance_less_percent_fee,
    share_by_person_nights,
)
from tools.calculator_forms_ko_52a import (
    pass_worth_it_visits_ko,
    priced_lines_ko,
    rent_from_move_in_ko,
    spaced_priced_lines_ko,
)
from tools.calculator_group_options_ko_52a import hourly_kids_plus_flat_ko, option_surcharge_ko
from tools.calculator_rate_by_kind_52a import rate_for_kind_named

__all__ = ["readers_52a"]

_DOLLARS = re.compile(r"\$|\bdollars?\b|\bbucks\b", re.IGNORECASE)


def readers_52a(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    dollars = "$" if _DOLLARS.search(digits) else None
    return (
        # "짜장면 7000원 2그릇이랑 탕수육 대 22000원 하나 시키면 얼마".
        (priced_lines_ko, "원"),
        # "우유 2팩 2980원씩 계란한판 7900 사과5개 개당1200 다해서 얼마" (opens55k).
        (spaced_priced_lines_ko, "원"),
        # "피자 라지 23000원인데 반반하면 2000원 추가래 2판 다 반반으로 시키면 얼마".
        (option_surcharge_ko, "원"),
        # "아이 1명 1시간에 12000원이고 보호자 음료 5000원인데 애 둘이 2시간 놀고 보호자 1명이면".
        (hourly_kids_plus_flat_ko, "원"),
        # "자유수영 1회 6000원이고 월정액 70000원이면 한달에 몇번 넘게 가야 월정액이 이득이야".
        (pass_worth_it_visits_ko, "번"),
        # "월세 620000원인데 9월 12일에 입주하면 9월치 일할계산하면 얼마야".
        (rent_from_move_in_ko, "원"),
        # "rent is 1,450 and utilities run 210 a month, what's that for a year".
        (monthly_pair_for_a_year_en, dollars),
        # "wine is 12.50 a bottle and a case of 12 gets 10% off, what's a case".
        (case_with_discount, dollars),
        # "my invoice is 2,400 before VAT, add 20% VAT, and the client withholds 10% of the net".
        (invoice_vat_less_withholding, dollars),
        # "sending 800 dollars … at 17.2 pesos per dollar and the app takes a 1.5% fee": pesos.
        (remittance_less_percent_fee, None),
        # "the airbnb was 840 total, we split by person-nights, I stayed 4 nights and Sam 3".
        (share_by_person_nights, dollars),
        # "45 an hour for middle school and 60 for high school, my son is in high school …".
        (rate_for_kind_named, dollars),
        # "I swam 1,500 m in 32 minutes, what's my pace per 100 m": minutes per 100 metres.
        (pace_per_hundred_metres, "min/100m"),
    )
