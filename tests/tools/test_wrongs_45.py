"""Set 45's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and no longer with that rule switched off:

- a holding's gain or loss, "주당 61000원에 20주 샀는데 지금 65500원이면 얼마 벌었어"
  (tools.calculator_readers_53t.holding_gain; off: a price list's sum, or nothing);
- a price for one, a count and a percent off (count_at_price_less_percent; off: one
  item at the discount, the count dropped);
- the part a percent takes, asked as such, "소득세 6% 얼마 떼여" (part_taken_asked; off:
  what is left);
- a fraction of an amount (fraction_of_amount) and a typed sum with "x" and a label
  (typed_sum_with_labels); off: not read by code (set 45's run: the local model's text);
- labelled amounts a month asked for a year (labelled_monthly_list_yearly; off: declined
  by refuse_labelled_list_in_part, and with that off too, one amount times 12);
- a percent asked and read as a sum of the two prices (refuse_percent_asked_as_amount;
  off: "9,880원");
- "what about 44.7k yen" after a conversion at a stated rate
  (tools.followup_rules_53t.new_amount_in_converted_currency; off: the figure swapped
  into the rate), and a percent change moved on to a new price
  (percent_change_moved_on; off: the old percent applied to the new price, or nothing);
- "3.3% 빼면?", "70%만 충전하면?", "and after like 20% taxes" after a sum with no percent
  (bare_percent_of_result; off: not read by code);
- "and 4 yrs?" (abbreviated_units_spelled) and "forgot the 6% tax", "oh theres 7% sales
  tax" (forgotten_tax_added_en) after a sum; off: not read by code;
- an amount over days or months, "45만원을 6일로 나누면 하루에 얼마" (amount_over_count_ko;
  off: not read by code);
- India's time zone named by Mumbai, Delhi or India (tools.dates_zones; off: not read).
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_figure_roles_62c as figure_roles
import tools.calculator_readers_53t as readers_53t
import tools.dates_zones as dates_zones
import tools.followup_rules_53t as rules_53t
import tools.followup_slot_figures as slot_figures
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    answers_stay,
    both,
    never,
    off,
    turns_read_only_by_their_rule,
    without_change,
)


def _raise_nothing(*_args: object) -> None:
    return None


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 20 x (65,500 - 61,000) = 90,000원 (off: 61000 + 65500 * 20-like sums, or nothing)
    (
        ["삼성전자 주당 61000원에 20주 샀는데 지금 65500원이면 얼마 벌었어"],
        "90,000원",
        off(readers_53t, "holding_gain", never),
    ),
    # 30 x (44.70 - 41.20) = 105
    (
        ["bought 30 shares at 41.20 and now theyre at 44.70, how much did i make"],
        "105",
        off(readers_53t, "holding_gain", never),
    ),
    # the loss asked: 50 x (12,000 - 10,500) = 75,000원
    (
        ["한 주에 12000원에 50주 샀는데 현재 10500원이면 손해 얼마야"],
        "75,000원",
        off(readers_53t, "holding_gain", never),
    ),
    # the follow-up re-runs the reading with the count changed: 25 x 4,500 = 112,500원
    (
        ["삼성전자 주당 61000원에 20주 샀는데 지금 65500원이면 얼마 벌었어", "25주였으면?"],
        "112,500원",
        off(readers_53t, "holding_gain", never),
    ),
    # 3,000 x 20 x 0.9 = 54,000원 (off: one flower at 10% off, 2,700원)
    (
        ["꽃 한송이에 3000원인데 20송이 사면 10% 빼준대 총 얼마"],
        "54,000원",
        off(readers_53t, "count_at_price_less_percent", never),
    ),
    # 4,000 x 25 x 0.92 = 92,000원 (off: 3,680원)
    (
        ["퀵 한건에 4000원인데 25건 보내면 8% 할인해준대 얼마"],
        "92,000원",
        off(readers_53t, "count_at_price_less_percent", never),
    ),
    # 1,500,000 x 3.3% = 49,500원 (off: 1,450,500원, what is left)
    (
        ["프리랜서 수입 150만원이면 3.3% 얼마 떼가"],
        "49,500원",
        off(readers_53t, "part_taken_asked", never),
    ),
    # 3,000,000 x 8.8% = 264,000원 (off: 2,736,000원)
    (
        ["상여금 300만원에서 세금 8.8% 얼마나 떼여"],
        "264,000원",
        off(readers_53t, "part_taken_asked", never),
    ),
    # 5,000 x 22% = 1,100 (off: 3,900); 1,850 x 15% = 277.5 (off: 2,127.5)
    (
        ["bonus is 5,000 and 22% gets withheld, how much is taken"],
        "1,100",
        off(readers_53t, "part_taken_asked", never),
    ),
    (
        ["paycheck of 1,850 with 15% tax, how much is withheld"],
        "277.5",
        off(readers_53t, "part_taken_asked", never),
    ),
    # 350 x 2/5 = 140; 480 x 3/4 = 360
    (["what's 2/5 of 350"], "140", off(readers_53t, "fraction_of_amount", never)),
    (["480의 3/4은 얼마"], "360", off(readers_53t, "fraction_of_amount", never)),
    # 12.5 x 4 + 3 = 53; 2 x 19.99 + 4.5 = 44.48
    (["12.5x4+3 tip"], "53", off(readers_53t, "typed_sum_with_labels", never)),
    (["2x19.99+4.5 delivery"], "44.48", off(readers_53t, "typed_sum_with_labels", never)),
    # (45 + 60 + 55) x 12 = 1,920; (13,500 + 14,900 + 10,900) x 12 = 471,600
    (
        ["gym 45 phone 60 internet 55 a month, how much a year"],
        "1,920",
        off(readers_53t, "labelled_monthly_list_yearly", never),
    ),
    (
        ["넷플 13500 유튜브 14900 멜론 10900 한달에 내는데 1년이면"],
        "471,600",
        off(readers_53t, "labelled_monthly_list_yearly", never),
    ),
    # 44,700 / 149 = $300 (off: 44,700 swapped into the rate)
    (
        ["if 1 dollar is 149 yen how many dollars is 29800 yen", "what about 44.7k yen"],
        "$300.00",
        # (calc63's far_from_rate keeps 44,700 off the rate too: a second net, both off.)
        both(
            without_change(rules_53t.new_amount_in_converted_currency),
            off(slot_figures, "USE_FX_SIDE", False),
        ),
    ),
    # (1,200 - 1,350) / 1,350 = -11.1111% (off: 12.5% taken off 1,200, or nothing)
    (
        [
            "rent went from 1,200 to 1,350, what percent increase is that",
            "what if it drops back to 1,200, whats the percent",
        ],
        "-11.1111%",
        without_change(rules_53t.percent_change_moved_on),
    ),
    (
        [
            "커피값이 4000원에서 4500원으로 오르면 몇 퍼센트 오른거야",
            "그럼 다시 4000원으로 내려가면?",
        ],
        "-11.1111%",
        without_change(rules_53t.percent_change_moved_on),
    ),
]

# An amount over so many days or months (off: not read by code).
CASES += [
    # 450,000 / 6 = 75,000원; 2,000,000 / 12 = 166,667원 (won shown whole)
    (
        ["여행경비 45만원을 6일로 나누면 하루에 얼마"],
        "75,000원",
        off(readers_53t, "amount_over_count_ko", never),
    ),
    (
        ["보너스 200만원 12개월로 나눠서 쓰면 한달에 얼마"],
        "166,667원",
        off(readers_53t, "amount_over_count_ko", never),
    ),
]

# A bare percent after a sum with none in it (off: not read by code, a model's turn).
CASES += [
    # 120,000 x 15 = 1,800,000 less 3.3% = 1,740,600원
    (
        ["일당 12만원으로 15일 일했으면 얼마받음", "3.3% 빼면?"],
        "1,740,600원",
        without_change(rules_53t.bare_percent_of_result),
    ),
    # 320 x 80 = 25,600원, 70% of it = 17,920원
    (
        ["충전 kWh당 320원인데 80kWh 완충하면 얼마", "70%만 충전하면?"],
        "17,920원",
        without_change(rules_53t.bare_percent_of_result),
    ),
    # 450 x 48 = 21,600 less 20% = 17,280
    (
        ["car payment is 450 a month for 4 years, total paid?", "and after like 20% taxes"],
        "17,280",
        without_change(rules_53t.bare_percent_of_result),
    ),
]


def _india_unnamed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("mumbai", "뭄바이", "delhi", "new delhi", "델리", "india"):
        monkeypatch.delitem(dates_zones.ZONES, name)


@pytest.mark.parametrize(
    ("question", "clock"),
    [("서울 오후 3시면 뭄바이는 몇시", "11:30"), ("9am in seoul is what time in delhi", "05:30")],
)
def test_india_is_named_by_its_cities(
    question: str, clock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """India's zone by the names people use (off: no zone read, set 45's run declined it)."""
    assert (answer_to([question]) or "").startswith(f"{clock} (Asia/Kolkata")
    _india_unnamed(monkeypatch)
    assert answer_to([question]) is None


def test_indonesia_is_not_india() -> None:
    assert answer_to(["서울 오후 3시면 인도네시아는 몇시"]) is None


# A unit abbreviated after its figure, and a tax said as forgotten (off: not read by code).
CASES += [
    # 420 x 48 = 20,160
    (
        ["car payment is 420 a month for 3 years, total paid?", "and 4 yrs?"],
        "20,160",
        without_change(rules_53t.abbreviated_units_spelled),
    ),
    # 80 x 0.85 = 68 x 1.06 = 72.08; 120 x 0.75 = 90 x 1.07 = 96.30
    (
        ["jacket is 80 with 15% off, what do i pay", "forgot the 6% tax"],
        "72.08",
        without_change(rules_53t.forgotten_tax_added_en),
    ),
    (
        ["sneakers are 120 bucks and 25% off, whats the price", "oh theres 7% sales tax"],
        "$96.30",
        without_change(rules_53t.forgotten_tax_added_en),
    ),
]

test_each_turn_is_answered_by_its_rule_only = turns_read_only_by_their_rule(CASES)


def test_a_labelled_list_read_in_part_is_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the list's own reader off, the partial reading is declined, not answered."""
    turns = ["gym 45 phone 60 internet 55 a month, how much a year"]
    monkeypatch.setattr(readers_53t, "labelled_monthly_list_yearly", never)
    assert answer_to(turns) is None
    monkeypatch.setattr(readers_53t, "refuse_labelled_list_in_part", _raise_nothing)
    assert answer_to(turns) not in (None, "1,920")  # one amount read: a wrong figure


def test_a_percent_read_as_a_sum_is_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    turns = ["5200원에서 4680원으로 내리면 몇 퍼센트야"]
    assert answer_to(turns) is None
    monkeypatch.setattr(readers_53t, "refuse_percent_asked_as_amount", _raise_nothing)
    # Round 58's money-for-a-percent check declines it too; both off, the sum shows.
    monkeypatch.setattr(calculator, "refuse_money_for_a_percent_asked", _raise_nothing)
    # And calc62's: a price before and after a change is never summed.
    monkeypatch.setattr(figure_roles, "USE_BEFORE_AFTER", False)
    assert answer_to(turns) == "9,880원"


test_readings_around_stay = answers_stay(
    [
        # Readings around the new ones stay as they were.
        (["18 out of 24, what percent"], "75%"),
        (["what percent of 360 is 45"], "12.5%"),
        (["3만원에서 15% 할인하면 얼마야"], "25,500원"),
        (["bought 40 shares at 12.50 and sold them at 15.75, how much did i make"], "130"),
        (["월급 250만원 3.3% 떼면 얼마"], "2,417,500원"),
        (["how many dollars is 80 pounds if 1 pound is 1.27 dollars", "and 120?"], "$152.40"),
        (["14.99*3+6.5"], "51.47"),
    ]
)
