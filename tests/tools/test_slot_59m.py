"""Set 51's Korean everyday calculations read by slots (helper slot59k).

Each form is tested in wordings unlike the case file's (bench/workload/cases/
unseen51_mixed.yaml), each case with the widening that reads it switched off (the answer
must then change), and near misses, two a form, that must stay unread (or read as before):

- an instalment with its terms said before the months ("무이자 6개월 할부", "할부 3개월");
- a first hour priced apart, the further ones said "그담부터", "그후로", "나머지는", "부턴";
- a pack's price per piece said "한병 단가", "한롤 가격", "하나에";
- a price for a count asked for another count ("30개 8400원인데 12개만", "4캔에 만원 … 12캔");
- a bill for months in native words or with 치가/분이 ("두달치가 … 한달 평균");
- monthly amounts joined by 이랑/하고 summed for a year;
- rent and a charge paid "일년 내면" (the year in words carries no figure);
- people gone early after a split ("근데 두명은 먼저 가서 빼면?"), fewer heads;
- a monthly pay over hours a week and weeks a month, asked per hour ("시급으로 얼마임");
- a fare each day over days said with the period and a verb ("한달에 22일 다니면");
- a clock time gone to sleep at and the span slept ("11시20분에 자서 7시간반 자면");
- a D-minus with the event named after its date ("3월2일 개강인데");
- an amount for a count said with a verb of making ("12개 만드는데 … 30개 구우려면").
"""

from __future__ import annotations

import re
from typing import Any

import tools.calculator_expression as calculator_expression
import tools.calculator_monthly_items_span as monthly_items
import tools.calculator_monthly_pair_yearly_51a as pair_yearly
import tools.calculator_quantities as quantities
import tools.calculator_readers_51a as readers_51a
import tools.calculator_readers_53t as readers_53t
import tools.calculator_scaled_by_count_54k as scaled_54k
import tools.calculator_span_price_per_month as span_month
import tools.calculator_tallies as tallies
import tools.dates_clock as dates_clock
import tools.dates_slots_58o as slots_58o
import tools.followup_changes as followup_changes
import tools.priced_first_then_each as first_then_each
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import NEVER, SwitchOff, answers_stay, both, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_forms import VERB_FORMS


def _narrowed(module: object, name: str, said: str, instead: str = "") -> SwitchOff:
    """``module.name`` with ``said`` taken out of its pattern (as before this helper)."""
    current = getattr(module, name)
    pattern = current.pattern.replace(said, instead)
    assert pattern != current.pattern, f"{said!r} is not in {name}"
    kind: Any = LazyPattern if isinstance(current, LazyPattern) else re.compile
    return off(module, name, kind(pattern, current.flags & ~re.UNICODE))


_TERMS_FIRST_OFF = _narrowed(tallies, "_INSTALLMENT", "(?P<t>", "(?P<t>(?!x)x")
_FURTHER_OFF = _narrowed(
    first_then_each,
    "_FIRST_KO",
    r"|담|후|이후)|이후|나머지|(?:두\s*번째|2\s*번째|다음)\s*(?:시간|날|일|박))?",
    r")|이후)?",
)
_BUTEON_OFF = _narrowed(first_then_each, "_FIRST_KO", "부턴|")
_ONE_PIECE_ONLY_OFF = _narrowed(
    quantities,
    "_PER_ONE_KO",
    r"(?:(?:1|한|하나)\s*(?P=c)?\s*(?:에|당|(?=\s*(?:단가|가격|값|얼마)))",
    r"(?:1\s*(?P=c)\s*(?:에|당)",
)
_SCALED_OFF = off(quantities, "_scaled_ko", never)


def _one_piece_off(monkeypatch: Any) -> None:
    """The one piece said 한/하나 or with 단가 off, and the count-for-count reader too (it
    reads "6병 … 1병 단가" the same right way: one piece is a count of one)."""
    _ONE_PIECE_ONLY_OFF(monkeypatch)
    _SCALED_OFF(monkeypatch)


_NATIVE_MONTHS_OFF = off(span_month, "_NATIVE_MONTH_COUNT", NEVER)
_MONTHS_PARTICLE_OFF = _narrowed(
    span_month,
    "_MONTHS_THEN_PRICE",
    r"(?:에|동안|치|분|짜리|권)?\s*(?:이|가|은|는|에|로)?",
    r"(?:에|동안|치|짜리|권|이|은|는)?",
)
_JOINED_OFF = _narrowed(readers_53t, "_LABELLED", r"|(?:이랑|랑|하고|과|와|에다가?|\+|&))", ")")
_YEAR_PAID_OFF = _narrowed(
    pair_yearly, "_YEAR_KO", r"|\s*(?:다\s*)?(?:내면|내고|내는|낼\s*경우|냈|치면|합치면|계산하면)"
)


def _days_gone_off(monkeypatch: Any) -> None:
    """The fare-each-day form without the period and verb this helper added."""
    forms = VERB_FORMS
    going = (
        r"(?:\s*(?:다니|타|가|출근하|통근하|일하|쓰|사|먹|마시|내|결제하|이용하)"
        r"(?=면|시면|으면)(?:시|으)?)?"
    )
    period = r"(?:(?:한\s*달|1\s*달|매달|한\s*주|1\s*주|일주일|매주|주)\s*(?:에|동안)?\s*)?"
    assert any(going in p.pattern and period in p.pattern for p, _ in forms)
    narrowed = tuple(
        (re.compile(p.pattern.replace(going, "").replace(period, ""), p.flags & ~re.UNICODE), t)
        for p, t in forms
    )
    monkeypatch.setattr(calculator_expression, "VERB_FORMS", narrowed)


_GONE_EARLY_OFF = _narrowed(
    followup_changes,
    "_BY_AMOUNT",
    r"|먼저\s*(?:가서|가니까|갔으니까)\s*(?:빼면|빠지면)|먼저\s*가면",
)
_HOURLY_OFF = off(readers_51a, "monthly_pay_per_hour_ko", never)
_ASLEEP_OFF = _narrowed(
    dates_clock, "_CLOCK", r"|(?:자|잠들어|잠\s*들어|누워)(?:서|고)|잠들면|자면)?", ")?"
)
_EVENT_AFTER_DATE_OFF = _narrowed(slots_58o, "_D_MINUS", r"(?:에\s*)?(?:[가-힣]{1,6}?\s*)?")
_MAKING_OFF = _narrowed(
    scaled_54k, "_FORM", r"|(?:을|를)?\s*" + scaled_54k._MAKING + "(?:는데|려면)"
)


test_forms_read_by_slots = _read_only(
    [
        # An instalment, the terms before the months.
        (
            ["노트북 이백사십만원 무이자 6개월 할부면 한달에 얼마씩 나가"],
            "400,000원",
            _TERMS_FIRST_OFF,
        ),
        (
            ["노트북 이백사십만원 무이자 6개월 할부면 한달에 얼마씩 나가", "10개월로 바꾸면"],
            "240,000원",
            _TERMS_FIRST_OFF,
        ),
        (["폰 120만원짜리 무이자로 12개월 할부하면 월 얼마"], "100,000원", _TERMS_FIRST_OFF),
        (
            ["냉장고 180만 원을 무이자 할부 12개월로 사면 달마다 얼마"],
            "150,000원",
            _TERMS_FIRST_OFF,
        ),
        (["삼백육십만원무이자12개월할부 한달얼마"], "300,000원", _TERMS_FIRST_OFF),
        (["세탁기 90만원 할부 3개월이면 매달 얼마씩 내"], "300,000원", _TERMS_FIRST_OFF),
        # A first hour priced apart, the further ones in other words.
        (
            ["피시방 첫시간은 1500원 그담부터 시간당 1200원이면 5시간 하면 얼마"],
            "6,300원",
            _FURTHER_OFF,
        ),
        (
            [
                "피시방 첫시간은 1500원 그담부터 시간당 1200원이면 5시간 하면 얼마",
                "두시간 더 하면?",
            ],
            "8,700원",
            _FURTHER_OFF,
        ),
        (["피시방 첫시간 천오백원 그후로 시간당 천이백원 다섯시간 얼마"], "6,300원", _FURTHER_OFF),
        (
            ["노래방 첫시간에 2만원 나머지는 시간당 만오천원인데 3시간 놀면 얼마"],
            "50,000원",
            _FURTHER_OFF,
        ),
        (
            ["주차장 처음 1시간 3000원 두번째 시간부터 시간당 2000원 4시간 세우면?"],
            "9,000원",
            _FURTHER_OFF,
        ),
        (["피시방첫시간1500원그담부터시간당1200원 6시간얼마"], "7,500원", _FURTHER_OFF),
        (
            ["킥보드 처음10분 1000원이고 그다음부턴 분당 150원이면 30분 타면"],
            "4,000원",
            _BUTEON_OFF,
        ),
        # A pack's price per piece.
        (["생수 6병 묶음이 4200원이면 한병 단가"], "700원", _one_piece_off),
        (["휴지 30롤에 만팔천원이면 한롤 가격은?"], "600원", _one_piece_off),
        (["우유 3팩 묶음 칠천오백원 하나에 얼마"], "2,500원", _one_piece_off),
        (["맥주6캔에9600원 1캔 단가"], "1,600원", _one_piece_off),
        (["샴푸 2개 세트 만오천원이면 한개 값"], "7,500원", _one_piece_off),
        # A price for a count, asked for another count.
        (["계란 한판(30구) 8400원인데 12개만 쓰면 얼마어치야"], "3,360원", _SCALED_OFF),
        (
            ["계란 한판(30구) 8400원인데 12개만 쓰면 얼마어치야", "18개 쓰면"],
            "5,040원",
            _SCALED_OFF,
        ),
        (["맥주 4캔에 만원 행사면 12캔 사면 얼마"], "30,000원", _SCALED_OFF),
        (["귤 10개 오천원이면 스무개 얼마"], "10,000원", _SCALED_OFF),
        (["사과 3개에 4500원인데 7개 살때 얼마"], "10,500원", _SCALED_OFF),
        (["삼겹살 600g 18000원이면 400g 얼마어치"], "12,000원", _SCALED_OFF),
        (["계란30알9000원 15알얼마"], "4,500원", _SCALED_OFF),
        (["딸기 2팩에 12000원이면 5팩 사려면 얼마 필요"], "30,000원", _SCALED_OFF),
        # A bill for months, asked per month.
        (["전기세 두달치가 팔만사천원 나왔어 한달 평균 얼마야"], "42,000원", _NATIVE_MONTHS_OFF),
        (
            ["전기세 두달치가 팔만사천원 나왔어 한달 평균 얼마야", "셋이 나눠내면 한달에 일인당?"],
            "14,000원",
            _NATIVE_MONTHS_OFF,
        ),
        (["가스비 석달치 9만원이면 월평균"], "30,000원", _NATIVE_MONTHS_OFF),
        (["인터넷 요금 세달에 십만오천원 냈는데 매달 얼마 낸셈"], "35,000원", _NATIVE_MONTHS_OFF),
        (["수도요금 2개월분이 46000원인데 한달에 얼마꼴"], "23,000원", _MONTHS_PARTICLE_OFF),
        (["관리비 2달치가 18만원 나왔는데 월평균 얼마"], "90,000원", _MONTHS_PARTICLE_OFF),
        # Monthly amounts joined by 이랑/하고, for a year.
        (
            ["넷플 17000원이랑 유튭프리미엄 14900원 매달 나가는데 1년치 합치면?"],
            "382,800원",
            _JOINED_OFF,
        ),
        (
            [
                "넷플 17000원이랑 유튭프리미엄 14900원 매달 나가는데 1년치 합치면?",
                "넷플 해지하면 일년에 얼마",
            ],
            "178,800원",
            _JOINED_OFF,
        ),
        (
            ["멜론 10900원하고 쿠팡와우 7890원 한달에 내는데 일년이면 얼마"],
            "225,480원",
            # (Read by opens62's month said after the prices too: both off.)
            both(_JOINED_OFF, off(monthly_items, "_MONTHLY_AFTER", NEVER)),
        ),
        (["왓챠 7900원이랑 티빙 13900원 매달 나가면 1년치 얼마"], "261,600원", _JOINED_OFF),
        (["지니 8400원하고 밀리 9900원 매월 결제하는데 연간 얼마"], "219,600원", _JOINED_OFF),
        # Rent and a charge paid for a year said with a verb.
        (["월세 55만에 관리비 7만원 일년 내면 총 얼마"], "7,440,000원", _YEAR_PAID_OFF),
        (["월세 45만원이랑 관리비 5만원 일년 다 내면 얼마임"], "6,000,000원", _YEAR_PAID_OFF),
        (["월세 35만원에 관리비 3만원 1년 내면 얼마야"], "4,560,000원", _YEAR_PAID_OFF),
        (["월세 육십만원 관리비 팔만원 일년 계산하면 총"], "8,160,000원", _YEAR_PAID_OFF),
        (["월세 오십만원에 관리비 육만원 1년 합치면"], "6,720,000원", _YEAR_PAID_OFF),
        # A fare each day over the days of a period.
        (["출퇴근 왕복 2900원씩 한달에 22일 다니면 교통비 얼마"], "63,800원", _days_gone_off),
        (["출근할때 버스비 왕복 삼천원씩 한달 20일 타면 얼마 나와"], "60,000원", _days_gone_off),
        (["점심값 9000원씩 한달에 22일 먹으면 식비"], "198,000원", _days_gone_off),
        (["지하철 1550원씩 주 5일 다니면"], "7,750원", _days_gone_off),
        (["편도 1450원씩 한달에 44번 타면 총"], "63,800원", _days_gone_off),
        # People gone early after a split are fewer heads.
        (
            ["회식비 삼십육만원 나왔는데 6명이서 엔빵하면 얼마씩", "근데 두명은 먼저 가서 빼면?"],
            "90,000원",
            _GONE_EARLY_OFF,
        ),
        (
            [
                "회식비 삼십육만원 나왔는데 6명이서 엔빵하면 얼마씩",
                "그런데 한명은 먼저 가니까 빼면?",
            ],
            "72,000원",
            _GONE_EARLY_OFF,
        ),
        (
            ["회식비 삼십육만원 나왔는데 6명이서 엔빵하면 얼마씩", "두명은 먼저 가면?"],
            "90,000원",
            _GONE_EARLY_OFF,
        ),
        (
            ["회식비 삼십육만원 나왔는데 6명이서 엔빵하면 얼마씩", "그런데 1명 먼저 갔으니까 빼면"],
            "72,000원",
            _GONE_EARLY_OFF,
        ),
        # A monthly pay over hours a week and weeks a month, asked per hour.
        (["주40시간 한달 4주 일하고 월급 240만이면 시급으로 얼마임"], "15,000원", _HOURLY_OFF),
        (
            ["주40시간 한달 4주 일하고 월급 240만이면 시급으로 얼마임", "주 35시간이면?"],
            "17,143원",
            _HOURLY_OFF,
        ),
        (
            ["월급 이백만원 받는데 일주일에 40시간씩 한달 4주면 시간당 얼마"],
            "12,500원",
            _HOURLY_OFF,
        ),
        (["월급 300만 주 50시간 한 달 4주 일하면 시급 얼마야"], "15,000원", _HOURLY_OFF),
        (["한달 4주 주 30시간 일하고 월급 180만원 받으면 시급은?"], "15,000원", _HOURLY_OFF),
        (
            ["월급은 삼백육십만원이고 한달 4주, 주 45시간 근무면 시간당 얼마 받는 셈"],
            "20,000원",
            _HOURLY_OFF,
        ),
        # A clock time gone to sleep at and the span slept.
        (["밤 11시20분에 자서 7시간반 자면 몇시에 깨"], "06:50 (오전 6시 50분)", _ASLEEP_OFF),
        (["밤12시에 누워서 8시간 자면 몇시야"], "08:00 (오전 8시 0분)", _ASLEEP_OFF),
        (["밤 10시 반에 자고 9시간 자면 몇시 기상"], "07:30 (오전 7시 30분)", _ASLEEP_OFF),
        (["오후 2시에 자서 90분 자면 몇시에 깸"], "15:30 (오후 3시 30분)", _ASLEEP_OFF),
        (["새벽 1시 반에 잠들어서 6시간 자면 몇시에 일어나"], "07:30 (오전 7시 30분)", _ASLEEP_OFF),
        # A D-minus with the event named after its date.
        (
            ["2031년 3월2일 개강인데 2031년 1월15일 기준으로 며칠남음"],
            "46일",
            _EVENT_AFTER_DATE_OFF,
        ),
        (
            ["2030년 12월 24일에 여행가는데 2030년 11월 30일 기준으로 며칠 남았어"],
            "24일",
            _EVENT_AFTER_DATE_OFF,
        ),
        (
            ["2031년 5월 5일 결혼식이라서 2031년 2월 1일 기준으로 디데이 몇"],
            "93일",
            _EVENT_AFTER_DATE_OFF,
        ),
        (["2031년3월2일개강인데2031년1월15일기준으로며칠남음"], "46일", _EVENT_AFTER_DATE_OFF),
        (
            ["2032년 1월 10일 이사인데 2031년 12월 25일 기준으로 며칠 남음?"],
            "16일",
            _EVENT_AFTER_DATE_OFF,
        ),
        # An amount for a count said with a verb of making.
        (
            ["쿠키 12개 만드는데 버터 90그램 들어가는데 30개 구우려면 버터 얼마나"],
            "225 g",
            _MAKING_OFF,
        ),
        (["머핀 6개 굽는데 설탕 120g 넣는데 15개 만들려면 설탕은 몇그램"], "300 g", _MAKING_OFF),
        (
            ["만두 20개 만드는데 부추 150그램 필요한데 50개 하려면 부추는 얼마나"],
            "375 g",
            _MAKING_OFF,
        ),
        (["약과 10개 만드는데 꿀 80그램 넣는데 25개 만들려면 꿀은 몇그램"], "200 g", _MAKING_OFF),
        (["호떡 8개 만드는데 흑설탕 40그램 들어가면 20개는 몇그램"], "100 g", _MAKING_OFF),
    ]
)

# Near misses, two a form: a figure with no role, a count or a span asked, a verb of taking
# away, a date passed. Each stays unread (None), or read as before by its own rule.
test_near_misses_stay = answers_stay(
    [
        (["노트북 240만원 6개월 할부에 수수료 2만원이면 한달에 얼마"], None),
        (["노트북 240만원 6개월 할부 이자 5%면 한달에 얼마"], None),
        (["피시방 첫시간은 1500원 그담부터 시간당 1200원이면 5시간 하면 몇분 남아"], None),
        (["피시방 첫시간은 1500원 그담부터 시간당 1200원인데 음료 2000원 포함 5시간 얼마"], None),
        (["생수 6병 묶음이 4200원이면 한병 더 사면"], None),
        (["생수 6병 묶음이 4200원인데 낱개 한병 800원이면 한병 단가"], None),
        (["계란 30개 8400원인데 12개 쓰면 몇개 남아"], None),
        (["맥주 4캔에 만원인데 12캔 사면 한캔 서비스면 얼마"], None),
        (["전기세 두달치가 84000원 나왔어 하루 평균 얼마야"], None),
        (["전기세 달마다 84000원이면 한달 얼마"], None),
        (["넷플 17000원이랑 유튭 14900원 매달 나가는데 2년치 합치면?"], None),
        (["넷플 17000원이랑 유튭 14900원 매달 나가는데 1년치 합치면 3만원 남아?"], None),
        (["월세 55만에 관리비 7만원 일년 내면 총 얼마 보증금 500만 빼고"], None),
        (["월세 55만에 관리비 7만원 반년 내면 총 얼마"], None),
        (["출퇴근 왕복 2900원씩 22일 빼면"], None),
        (["출퇴근 왕복 2900원씩 22일 중에 4일 빼면"], None),
        (["회식비 36만원 6명이 나누면", "근데 두명은 먼저 가서 더하면?"], None),
        (["택시비 4만원 4명이 나누면", "근데 2만원은 빼면?"], None),
        (["회식비 삼십육만원 나왔는데 6명이서 엔빵하면 얼마씩", "근데 세명은 빼면?"], "120,000원"),
        (["월급 240만원 주 40시간이면 시급 얼마"], None),
        (["주40시간 한달 4주 일하고 월급 240만이면 시급으로 얼마임 식대 10만원 포함"], None),
        (["밤 11시20분에 자서 7시간반 자면 몇시간 잔거야"], None),
        (["밤 11시20분에 자서 아침 7시에 일어나면 몇시간 자"], "7시간 40분"),
        (["2031년 3월2일 개강인데 2031년 4월15일 기준으로 며칠남음"], None),
        (["2031년 3월2일 개강인데 2031년 1월15일 기준으로 며칠 지났어"], None),
        (["쿠키 12개 만드는데 버터 90그램 들어가는데 30개 구우려면 몇분"], None),
        (["빵 4개 만드는데 밀가루 500g 들어가면 10개는 몇 kg"], None),
        # (Another ingredient at its own count reads alone, the first turn read or not.)
        (
            [
                "쿠키 12개 만드는데 버터 90그램 들어가는데 30개 구우려면 버터 얼마나",
                "설탕은 12개에 60그램이면 30개엔?",
            ],
            "150 g",
        ),
    ]
)
