"""The kind of answer a question asks for, and whether a sentence holds one.

"며칠 걸려요?" is answered by a duration, "어디예요?" by a place: the extractive tier may
only quote a sentence holding the kind of thing asked for (see :mod:`tools.rag.question`
for the question's content terms).
"""

from __future__ import annotations

import re
from typing import Literal

from core.text import EN_YES_NO_OPENING
from tools.phone_number_asked import asks_phone_number
from tools.rag.address_subject_57h import asks_of_an_address
from tools.rag.asked_role_55q import misses_asked_role
from tools.rag.changed_dates import without_changed_dates
from tools.rag.count_nouns import asked_count_noun, counts_noun
from tools.rag.email_asked_43d import asks_email_address
from tools.rag.event_times import (
    asks_calendar_date,
    asks_one_time_event,
    asks_schedule,
    states_one_time_date,
    without_one_time_dates,
)
from tools.rag.extreme_lengths_57h import asks_bounded_length
from tools.rag.general_counter import GENERAL_COUNTER, counted_noun, counts_noun_in_its_unit
from tools.rag.inclusion_questions import asks_inclusion
from tools.rag.korean_counters import KO_MAGNITUDE, NATIVE_NUMBER, aliases_of, counts_with
from tools.rag.measured_units import ASKS_MEASURED_AMOUNT, asked_dimension, states_dimension
from tools.rag.person_name_asked_63m import asks_person_name
from tools.rag.prices import (
    MONEY,
    asks_amount_of_money,
    asks_how_much_it_is,
    asks_price,
    states_price,
)
from tools.rag.recurrence import states_recurrence
from tools.rag.time_length import LENGTH_QUESTION
from tools.rag.time_phrases import (
    EN_TIME_UNIT,
    KO_BUSINESS_DAYS,
    KO_TIME_UNIT,
    NOT_A_PORTION,
    TIME_FROM_EVENT,
    asks_deadline,
)
from tools.rag.time_units import states_asked_scale
from tools.rag.until_when import asks_until_when_it_lasts, states_lasting_period
from tools.rag.waiting_after_56h import answers_when_after
from tools.rag.when_clauses import without_scene_when
from tools.rag.who_names_57w import names_who

# Off only to show what tools.rag.general_counter changes (its tests switch it off).
use_general_counter = True

AnswerType = Literal["duration", "datetime", "amount", "count", "place", "person"]

# "얼마나 두고 먹어요", "얼마나 보관돼요", "얼마나 가요", "얼마 동안 써도": how long a thing
# keeps or lasts, a duration; not "얼마나 가져가요" (how much), "얼마나 가까워요" (how near).
KEEPS_FOR = (
    r"얼마\s*나\s*(?:(?:두(?![꺼껍])|둬|놔\s*두|보관|보존|버티|유지|쓸\s*수|써도|먹어도|먹을\s*수)|"
    r"가(?![까깝격져])(?:요|나요|는지|죠|ㅇ|\s*[?？]|\s*$))"
)
# (answer type, question pattern). Order matters: "몇 시간" is a duration before
# "몇 시" is a time, "how long" before "how".
_TYPE_PATTERNS: tuple[tuple[AnswerType, str], ...] = (
    (
        "duration",
        # "몇 년에 열었어요?" asks which year ("몇 년에 한 번" still asks how often).
        r"며칠|몇\s*일|몇\s*시간|몇\s*분|몇\s*주|몇\s*개월|몇\s*달|"
        r"몇\s*년(?!\s*(?:도|에(?!\s*한\s*번)))|"
        r"얼마\s*(?:나|동안)\s*(?:걸|기다|소요|유효)|얼마\s*동안|"
        # "얼마나 일찍 와야", "how early": how much time before or after, not an amount.
        r"얼마\s*나\s*(?:일찍|미리|빨리|먼저|늦게|오래)|\bhow (?:early|soon|far in advance)\b|"
        # How long a thing keeps: "얼마나 두고 먹어도", "얼려두면 얼마나 가요" (blind set 50).
        + KEEPS_FOR
        + "|"
        # "수업 시간은 얼마나 돼요?": how long the class lasts (tools.rag.time_length).
        + LENGTH_QUESTION
        + "|"
        r"\bhow long\b|\bhow many (?:days|hours|minutes|weeks|months|years)\b|"
        # How often something recurs is answered by its interval ("every 90 days").
        r"\bhow (?:often|frequently)\b|얼마\s*나\s*자주|몇\s*\S*\s*마다",
    ),
    (
        "datetime",
        r"언제|몇\s*시|몇\s*년\s*(?:도|에)|무슨\s*요일|어느\s*요일|날짜|"
        r"\bwhen\b|\bwhat time\b|\bwhat year\b|"
        # "…연 해는?", "휴관일은?": a year or a day named as the thing asked for.
        r"(?:해|연도|날|요일|[가-힣]+일)(?:은|는)\s*[?？]?\s*$|"
        # "연락 돼야 하는 시간이 있나요?": whether a time is set is answered by the time.
        r"(?<!몇)(?<!몇 )시간(?:이|대가?)\s*(?:있|정해)|"
        r"\bwhich days?\b|\bwhat days?\b|\bwhat date\b|\bwhat hours\b|\bopening hours\b|"
        # A place's own hours ("the clinic's hours", "office hours") are its opening times.
        r"'s\s+hours\b|\b(?:business|visiting|office|operating)\s+hours\b",
    ),
    (
        "amount",
        r"얼마|비용|가격|요금|금액|복용량|\bhow much\b|\bcost\b|\bprice\b|\bfee\b|"
        r"\bdose\b|\bdosage\b|\brate\b|\b(?:what|which|the)\s+amount\b|"
        # "meal allowance per day", "the daily allowance": the sum per period, while "is
        # there a meal allowance" asks only whether there is one.
        r"\ballowances?\s+(?:per|a|an|each)\s+(?:day|night|week|month|year|trip)\b|"
        r"\b(?:daily|nightly|weekly|monthly|yearly|annual)\s+(?:\w+\s+)?allowances?\b|"
        + ASKS_MEASURED_AMOUNT,
    ),
    (
        "count",
        r"몇|\bhow many\b|\bnumber of\b|한도|상한|\blimits?\b|\bmaximum\b|\bcap\b"
        r"|\bminimum\b|\bthe (?:least|fewest)\b",
    ),
    ("place", r"어디|위치|몇\s*층|\bwhere\b|\bwhich floor\b|\baddress\b|\blocated\b"),
    # "어떤 사람이 먹으면 안 돼요?": which people, answered by "임신 후기인 분", "성인".
    ("person", r"누구|누가|사람은\s*[?？]?\s*$|어떤\s*(?:사람|분)|\bwho\b|\bwhom\b"),
)
_TYPE_RULES = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in _TYPE_PATTERNS)

_UNIT_KO = KO_TIME_UNIT
_UNIT_EN = EN_TIME_UNIT
_NUMBER = r"\d+(?:[.,]\d+)?"
_RANGE = rf"{_NUMBER}(?:\s*(?:~|–|-|to|or)\s*{_NUMBER})?"
_EVIDENCE: dict[AnswerType, re.Pattern[str]] = {
    "duration": re.compile(
        # "a 2-year warranty": an English unit may be hyphenated to its number.
        # Not a portion ("4주분", tools.rag.time_phrases); "5영업일" is one (blind set 37).
        rf"{_RANGE}\s*{_UNIT_KO}{NOT_A_PORTION}|{_RANGE}\s*{KO_BUSINESS_DAYS}|"
        rf"{_RANGE}(?:\s*|-){_UNIT_EN}\b|하루|이틀|사흘|일주일|당일|같은\s*날|"
        # A price list's "8 business days" (blind set 28); not "within 15 business days",
        # a deadline for an act, which answered how long a warranty lasts (held-out 12).
        rf"(?<!within )\b{_RANGE}\s+(?:working|business|calendar)\s+{_UNIT_EN}\b|"
        # A number in words, perhaps qualified: "every four years", "three working days".
        r"\bsame day\b|\b(?:one|two|three|four|five|six|seven|ten|a few|an?)\s+"
        r"(?:(?:working|business|calendar|full)\s+)?"
        rf"{EN_TIME_UNIT}\b",
        re.IGNORECASE,
    ),
    "datetime": re.compile(
        r"\d{1,2}:\d{2}|(?:오전|오후)\s*\d+\s*시|\d+\s*시(?!간)|[월화수목금토일]요일|평일|주말|"
        r"공휴일|전날|당일|\d{3,4}\s*년|\d+\s*월|\d+\s*일(?!간)|"
        # "3 p.m." ends in a full stop, after which \b finds no word boundary.
        r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)|\bnoon\b|\bmidnight\b|정오|자정|"
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays?\b|\bweekends?\b|"
        # Days off are a time ("closed on holidays", "a public holiday"); being "on holiday"
        # is a trip, no time: "being away on holiday is not a reason for a waiver" does not
        # say when an account is blocked (held-out 54).
        r"\bholidays\b|(?<!\bon )\bholiday\b|\bday before\b|\bmornings?\b|\bafternoons?\b|"
        r"\bsame day\b|"
        r"\b(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)\b|\b1[89]\d\d\b|\b20\d\d\b|"
        # "When are results ready?" - "in 2 to 3 days", "within a week".
        rf"\b(?:in|within|after)\s+(?:{_RANGE}|a|one|two|three)\s*{_UNIT_EN}\b|"
        # "3시간 전까지", "24 hours before departure" (tools.rag.time_phrases).
        rf"{TIME_FROM_EVENT}|"
        # When something recurring happens: "with the next monthly salary", "다음 달 급여일".
        r"\bnext (?:week|month|monthly|year|payday|pay day|salary|business day)\b|"
        r"\bmonthly salary\b|다음\s*달|급여일|월급날|"
        # A time named by a daily event: "식사 후에 복용", "take it with food", "before bed".
        r"(?:식사|밥|운동|수업|취침|잠자기|자기)\s*(?:전|후|중|직후|직전)|식전|식후|"
        r"\b(?:before|after|with|during)\s+(?:a\s+)?(?:meals?|food|eating|breakfast|lunch|"
        r"dinner|bed(?:time)?|sleep)\b",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        # A sum of money, or a measured quantity: "2알", "5 mg", "3 km", "2 tablets".
        rf"{MONEY}|{_NUMBER}\s*{KO_MAGNITUDE}\s*(?:정|알|캡슐|킬로미터|미터|센티미터|"
        r"킬로그램|그램|리터|잔|배)|"
        rf"{_NUMBER}\s*(?:mg|g|kg|ml|l|km|m|cm|tablets?|miles?|meters?|"
        r"kilometers?)(?![A-Za-z])",
        re.IGNORECASE,
    ),
    "count": re.compile(
        rf"{_NUMBER}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|once|twice)\b|"
        rf"{NATIVE_NUMBER}\s*(?:번|개|명|대|곳|가지|알|층)",
        re.IGNORECASE,
    ),
    "place": re.compile(
        r"\d+\s*층|지하|출구|역|주소|건물|입구|창구|로\s*\d+|옆|근처|맞은편|곳|하류|상류|"
        r"[가-힣]{2,}에서|\bfloor\b|"
        # Where a thing is taken or left: "약국에 가져오시면", "창구에 맡기세요" (set 49).
        r"[가-힣]{2,}에\s*(?:가져|갖다|가지고|맡기|맡겨|반납|제출)|"
        r"\bbasement\b|\bstreet\b|-ro\b|\bstation\b|\bexit\b|\bbuilding\b|\bdesk\b|\bgarage\b|"
        r"\broom\b|\bentrance\b|\bnext to\b|\bnear\b|\bground floor\b|"
        # Where things are in a building or on its grounds ("at the north gate").
        r"정문|후문|주차장|로비|\bgates?\b|\blobby\b|\bcounter\b|\bwing\b|\bdoors?\b|"
        r"\bhall\b|\boffice\b|\bcorner\b|\bopposite\b|\bacross from\b|\bbehind\b|"
        r"\b(?:north|south|east|west)(?:ern)? (?:side|gate|entrance|wing|exit)\b",
        re.IGNORECASE,
    ),
    "person": re.compile(
        r"의사|약사|간호사|직원|보호자|담당자|접수|주민|시민|학생|어린이|노인|성인|환자|고객|\d+\s*세|\bdoctors?\b|\bpharmacists?\b|\bnurses?\b|"
        r"\bstaff\b|\breception\b|\bsomeone\b|\bpatients?\b|\bpeople\b|\badults?\b|"
        r"\bchild(?:ren)?\b|\bresidents?\b|\banyone\b|\beveryone\b|\bover \d+\b|"
        # Whom to tell or ask at work: "팀장에게 전화로 알리고", "a department head".
        r"팀장|부장|과장|실장|원장|부서장|상사|관리자|책임자|매니저|\bmanagers?\b|\bsupervisors?\b|"
        r"\b(?:department|team) heads?\b|\bdirectors?\b|"
        # A role noun before a Korean name: "지휘자 한서윤이", "창업자 윤도현은".
        r"[가-힣]*(?:자|가|사|장|원|인)\s[가-힣]{2,4}(?:은|는|이|가|의|씨|님)?(?=\s|[,.]|$)|"
        r"[가-힣]{2,4}\s*(?:씨|님|선생)",
        re.IGNORECASE,
    ),
}
# In English text a capitalised name (not sentence-initial) can be a person or a place.
_PROPER_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'.-]+")


# "얼마나" with no unit asked: how much of anything (money, days, times).
_DEGREE = re.compile(r"얼마\s*나")


# A question for a clock time ("몇 시까지", "what time"), and what states one: a weekday,
# a duration or a date is about the same subject but does not say at what time.
_ASKS_CLOCK_TIME = re.compile(r"몇\s*시(?!간)|\b(?:what|which) time\b", re.IGNORECASE)
_CLOCK_TIME = re.compile(
    r"\d{1,2}:\d{2}|\d{1,2}\s*시(?!간)|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\bnoon\b|"
    r"\bmidnight\b|정오|자정|24\s*시간|\b24 hours\b|\baround the clock\b|\b24/7\b|"
    # An opening or closing named by another time: "마감 10분 전", "30 minutes before closing".
    r"(?:마감|폐관|개관|영업\s*종료)\s*\d+\s*분\s*전|"
    r"\b\d+ minutes (?:before|after) (?:closing|opening)\b",
    re.IGNORECASE,
)

_ROUGHLY = re.compile(r"시\s*쯤|\b(?:roughly|around|about|approximately)\b", re.IGNORECASE)
# Parts of the day, the one list: a question for a time reads them as which time it
# asks (tools.rag.question), and "몇 시쯤" (roughly) is answered by a sentence naming one.
PARTS_OF_DAY_KO = ("아침", "저녁", "밤", "새벽", "오전", "오후", "낮")
PARTS_OF_DAY_EN = ("morning", "afternoon", "evening", "night")
# A meal time says roughly when too, but in a question it names an event of its own
# ("점심시간은 몇 시부터예요?" asks for the lunch break), so it is no qualifier there.
_MEAL_TIMES_KO = ("점심",)
_MEAL_TIMES_EN = ("lunchtime",)
_PART_OF_DAY = re.compile(
    # 낮 is also the root of 낮다 (low): "낮은", "낮게" name no time.
    rf"(?:{'|'.join((*PARTS_OF_DAY_KO, *_MEAL_TIMES_KO))})(?![아은게을추])|"
    rf"\b(?:{'|'.join((*PARTS_OF_DAY_EN, *_MEAL_TIMES_EN))})s?\b",
    re.IGNORECASE,
)


# A weekly schedule's words: "평일", "on weekdays", "월요일" say which days recur, no date.
_WEEKLY_DAYS = re.compile(
    r"[월화수목금토일]요일|평일|주말|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    r"\bweekdays?\b|\bweekends?\b",
    re.IGNORECASE,
)


_TIME_FROM_EVENT = re.compile(TIME_FROM_EVENT, re.IGNORECASE)


def without_clock_hours(sentence: str) -> str:
    """The sentence with its clock times and weekly days blanked: what is left may date it."""
    return _WEEKLY_DAYS.sub(" ", _CLOCK_TIME.sub(" ", sentence))


def says_when_in_the_day(sentence: str) -> bool:
    """Whether the sentence names a clock time or a part of the day ("오후 2시", "mornings")."""
    return bool(_CLOCK_TIME.search(sentence) or _PART_OF_DAY.search(sentence))


def asks_clock_time(question: str) -> bool:
    """Whether the question asks at what time of day (not which day, nor how long)."""
    return bool(_ASKS_CLOCK_TIME.search(question))


# A web address pasted into a question: its words ("…/order?id=88&price=12000") ask nothing.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def without_web_addresses(text: str) -> str:
    """``text`` with each web address in it replaced by a space."""
    return _WEB_ADDRESS.sub(" ", text)


# An English yes/no question opens with its auxiliary ("are tolls covered when i drive
# for work"): a later "when" joins the situation it asks about, it asks for no time.
# After a verb of knowing or telling ("can you tell me when …") the "when" is the question.
_YES_NO_OPENING = re.compile(rf"^\s*{EN_YES_NO_OPENING}", re.IGNORECASE)
_ASKS_FOR_WHEN = re.compile(
    r"\b(?:tell|know|ask|say|said|remember|find out|show|check|sure|idea|mention)\w*\b.*\bwhen\b",
    re.IGNORECASE,
)
_CONJUNCTION_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)


def _yes_no_opening(question: str) -> bool:
    return bool(_YES_NO_OPENING.match(question)) and not _ASKS_FOR_WHEN.search(question)


# "when do i need a doctor's note", "when does a claim need a sign off": the case in which
# a thing is required, answered by the rule's condition ("5일 이상이면", "above 500,000
# won"), not by a clock time or a date (doctype60e). Only a thing needed (no "need to <act>":
# "when do i need to submit it" asks a deadline).
_WHEN_REQUIRED = re.compile(
    r"^\s*when\s+(?:do|does|will|would|should)\b[^?]*?\b(?:need|needs|require|requires)\s+"
    r"(?!to\b)(?:an?\s+|the\s+|some\s+|any\s+|\w+'s\s+)?\w",
    re.IGNORECASE,
)
# A Korean condition clause before a main clause with its own question word: "경비 청구
# 금액이 크면 누가 승인해야돼요" asks who (누가), the amount only sets the case (doctype60e).
_KO_CONDITION_THEN_ASKS = re.compile(
    r"(?:으면|이면|하면|[가-힣]면)\s+(?P<main>(?:[^\s]+\s+){0,2}?"
    r"(?:누가|누구|언제|어디|얼마|몇|무엇|뭐|뭘)[^면]*)$"
)
# A rule's condition in a sentence: "5일 이상이면", "above 500,000 won", "if you are".
_STATES_CONDITION = re.compile(
    r"\d[\d,]*\s*[가-힣]{0,3}\s*(?:이상|초과|넘)|[가-힣](?:이면|으면|하면)\s"
    r"|\b(?:above|over|more\s+than|at\s+least|exceeding|if|unless)\b",
    re.IGNORECASE,
)
# Off only in the test that shows what these readings change (doctype60e).
use_condition_readings = True


def answer_type(question: str) -> AnswerType | None:
    """The kind of thing the question asks for (``None`` for what/how/yes-no questions).

    A Korean question asks with its last words, so the rules are tried in order. An
    English one asks with its first question word: "Where should I leave my car when I
    come in?" asks for a place, and its later "when" only sets the scene. A web address
    in the question is not read: "price" in its query string asks for no amount.
    """
    question = without_web_addresses(question)
    if asks_phone_number(question):
        # "예약 전화 몇번으로 해요" asks which number, not how many times: no count answers
        # it, only a sentence naming the call (tools.phone_number_asked).
        return None
    if asks_email_address(question):
        # "email address": not a place; a sentence holding one (tools.rag.email_asked_43d).
        return None
    if asks_of_an_address(question):  # "is my address on the tag?" (address_subject_57h)
        return None
    if asks_person_name(question):
        # "whats the name of the doctor there" asks who: a sentence that names a person
        # (tools.rag.person_name_asked_63m), not one that mentions a doctor.
        return "person"
    if asks_inclusion(question):
        # "PT 요금에 … 포함돼요?": yes or no, the fee only holds it (tools.rag.inclusion_questions).
        return None
    main = None if question.isascii() else _KO_CONDITION_THEN_ASKS.search(question)
    if use_condition_readings and main:
        question = main["main"]
    if question.isascii():
        # ...and "what do I tell them when I call?" (tools.rag.when_clauses).
        scene = _CONJUNCTION_WHEN.sub(" ", question) if _yes_no_opening(question) else None
        question = scene if scene is not None else without_scene_when(question)
        found = [
            (m.start(), order, kind)
            for order, (kind, pattern) in enumerate(_TYPE_RULES)
            if (m := pattern.search(question)) is not None
        ]
        kind = min(found)[2] if found else None
        # "the minimum hours": a bounded length of time (tools.rag.extreme_lengths_57h).
        # Only over a count: "min nights for a holiday stay?" (no kind) is answered by the
        # holiday surcharge per night on held-out set 27, which no duration holds.
        return "duration" if kind == "count" and asks_bounded_length(question) else kind
    # "예식날짜 변경하면 …": the date changed is not asked for (tools.rag.changed_dates).
    question = without_changed_dates(question)
    if asks_amount_of_money(question):
        # "예약금 얼마나 먼저 보내요?" asks how much deposit, not how early.
        return "amount"
    for kind, pattern in _TYPE_RULES:
        if pattern.search(question):
            return kind
    return None


def has_answer_type(
    sentence: str,
    kind: AnswerType | None,
    counter: str = "",
    *,
    recurring: bool = False,
    question: str = "",
) -> bool:
    """True when ``sentence`` holds something of the expected answer type (always for ``None``).

    Args:
        sentence: The candidate answer sentence.
        kind: The question's answer type.
        counter: For a Korean count question, the counter asked about (명, 대, 번):
            "약사는 몇 명" is not answered by "1층".
        recurring: The question asks how often: "How often should I replace the
            battery?" is not answered by "the battery lasts up to 8 hours".
        question: The question itself: a word it uses is not evidence ("How much is the
            co-payment?" is not answered by "pay only their co-payment").
    """
    if kind is None:
        return True
    if (
        kind == "datetime"
        and use_condition_readings
        and _WHEN_REQUIRED.search(question)
        and _STATES_CONDITION.search(sentence)
    ):
        return True  # "when do i need a doctor's note": "병가가 5일 이상이면 …" (doctype60e)
    if kind == "person" and asks_person_name(question):
        # "what's the pharmacist's name": a name answers, never a sentence that only
        # mentions a pharmacist (tools.rag.person_name_asked_63m).
        return names_who(sentence, question)
    if kind == "person" and misses_asked_role(question, sentence):
        # "Who is the head doctor?": not "a department head" (tools.rag.asked_role_55q).
        return False
    if recurring and not states_recurrence(sentence, question):
        return False
    if kind == "count" and not counter and (noun := asked_count_noun(question)):
        # "How many cars …?" is not answered by "within 7 business days".
        return counts_noun(sentence, noun)
    if kind == "count" and counter == GENERAL_COUNTER and use_general_counter:
        # "연차 몇 개" is also answered by "15일의 연차" (tools.rag.general_counter).
        noun = counted_noun(question)
        if counts_noun_in_its_unit(sentence, noun):
            return True
    if kind == "count" and counter:
        return counts_with(sentence, aliases_of(counter))
    if kind == "duration" and not states_asked_scale(sentence, counter):
        # "몇 분까지 탈 수 있어요?" is not answered by "cancelled within 14 days".
        return False
    if kind == "place" and _PROPER_NAME.search(sentence):
        return True
    if kind == "person" and names_who(sentence, question):
        return True  # not "in Seoul", a city; "the travel desk" (tools.rag.who_names_57w)
    if kind == "amount" and (dimension := asked_dimension(question)):
        # "경사로는 몇 미터예요?" is answered by a length, not a fee (tools.rag.measured_units).
        return states_dimension(sentence, dimension)
    if kind == "amount" and (asks_price(question) or asks_how_much_it_is(question)):
        # "얼마예요?" is not answered by a size or a headcount (tools.rag.prices).
        return states_price(sentence, question)
    if kind == "amount" and _DEGREE.search(question):
        # "휴가 얼마나 받아요?" asks how much with no unit: days of leave answer it as
        # well as a sum of money does (agents.documents reads 얼마나 the same way).
        return _has_evidence(sentence, "amount", question) or _has_evidence(
            sentence, "duration", question
        )
    if (
        kind == "datetime"
        and asks_until_when_it_lasts(question)
        and states_lasting_period(sentence)
    ):
        # "좌석 언제까지 유지돼요?": "최대 2시간까지 유지됩니다" (tools.rag.until_when).
        return True
    if kind == "datetime" and answers_when_after(question, sentence):
        return True  # "when can i swim after a tattoo?": "for 2 weeks" (waiting_after_56h)
    if kind == "datetime" and not asks_clock_time(question):
        if asks_one_time_event(question):
            # "When was the pharmacy founded?" is not answered by its weekly hours.
            return states_one_time_date(sentence)
        if asks_schedule(question):
            # "언제 문 열어요?" is not answered by "2015년에 문을 열었습니다".
            sentence = without_one_time_dates(sentence)
        if asks_calendar_date(question):
            # "When does the policy take effect?" asks a date: "문의 가능 시간: 평일
            # 10:00–17:00" names times, yet no day anything starts or ends.
            sentence = without_clock_hours(sentence)
    if kind == "datetime" and not asks_deadline(question):
        # "What are the clinic's hours?" is not answered by "10분 전까지 도착해 주세요".
        sentence = _TIME_FROM_EVENT.sub(" ", sentence)
    if kind == "datetime" and asks_clock_time(question):
        # "도서관 휴게실은 몇 시까지 열어요?" is not answered by "예약 후 30분 안에 …";
        # "몇 시쯤" asks roughly, and "on weekday mornings" says roughly.
        rough = _ROUGHLY.search(question) and _PART_OF_DAY.search(sentence)
        return bool(rough or _CLOCK_TIME.search(sentence))
    return _has_evidence(sentence, kind, question)


def _has_evidence(sentence: str, kind: AnswerType, question: str) -> bool:
    """Whether the sentence holds evidence of ``kind`` that is not a word of the question."""
    asked = question.lower()
    return any(
        not asked or m.group(0).lower() not in asked for m in _EVIDENCE[kind].finditer(sentence)
    )
