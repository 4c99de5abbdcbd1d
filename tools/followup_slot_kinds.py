"""The words the typed-slot follow-up reader knows, in one table (Korean and English).

``tools/followup_slots.py`` reads the previous request into typed figures (money,
percent, exchange rate, a count of people or of things, a span of hours, weeks, months
or years, a date) and a short follow-up into one change of one kind. Every word it
relies on is listed here, so a new phrasing is a line in a table rather than a rule.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_NUMBER_VALUES

__all__ = [
    "ADDABLE_KINDS",
    "ADD_CUE",
    "ENGLISH_NUMBER_WORDS",
    "FRAME_WORDS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PARTITIVE",
    "PEOPLE_NOUNS",
    "PEOPLE_ROLES",
    "REMOVE_CUE",
    "SCALES",
    "SCALE_KIND_WORDS",
    "UNIT_KINDS",
    "item_kind",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (long lexicons stay readable)."""
    return frozenset(text.split())


# What a figure's unit word makes it. Money carries its currency: "97,200원" replaces a
# won amount, never a dollar one. Words not listed here but counted ("3 pizzas") are
# items of their own kind (``item_kind``).
UNIT_KINDS: dict[str, str] = {
    **dict.fromkeys(("원", "won"), "money:krw"),
    **dict.fromkeys(("달러", "불", "dollar", "dollars", "bucks", "$"), "money:usd"),
    **dict.fromkeys(("%", "퍼센트", "프로", "percent"), "percent"),
    **dict.fromkeys(("시간", "hour", "hours", "hrs", "hr"), "hours"),
    **dict.fromkeys(("주", "week", "weeks"), "weeks"),
    **dict.fromkeys(("개월", "달", "month", "months"), "months"),
    **dict.fromkeys(("년", "year", "years"), "years"),
    **dict.fromkeys(("일", "day", "days"), "days"),
}
# Nouns and counters that count people: one kind, whichever word either turn uses.
PEOPLE_NOUNS = frozenset(
    (
        "명",
        "사람",
        "인",
        "친구",
        "룸메이트",
        "people",
        "persons",
        "person",
        "friend",
        "friends",
        "roommate",
        "roommates",
        "flatmate",
        "flatmates",
        "housemate",
        "housemates",
        "guest",
        "guests",
        "ways",
        "of us",
        "of them",
    )
)
# People named by their role, not counted ("부장님이 빠지셨어", "동생도 온대"): one person
# each. A closed class, so a follow-up naming one is still about the same group.
PEOPLE_ROLES = word_set(
    """
    부장 과장 차장 대리 사원 팀장 실장 이사 사장 상무 전무 대표 본부장 국장 주임 선임 책임
    선배 후배 동기 동료 팀원 친구 동생 형 누나 언니 오빠 막내 애 아이 조카 사촌
    엄마 아빠 어머니 아버지 할머니 할아버지 삼촌 이모 고모 외삼촌 남편 아내 와이프
    남친 여친 남자친구 여자친구 룸메 룸메이트 손님 교수 선생
    """
)
# Counters of things, each its own kind (singular and plural, Korean and English).
_ITEM_SYNONYMS = {
    "박스": "box",
    "상자": "box",
    "boxes": "box",
    "box": "box",
    "장": "sheet",
    "티켓": "ticket",
    "tickets": "ticket",
    "개": "piece",
    "pieces": "piece",
    "잔": "cup",
    "cups": "cup",
    "병": "bottle",
    "bottles": "bottle",
    "권": "book",
    "books": "book",
    "인분": "portion",
    "portions": "portion",
    "줄": "roll",
    "판": "tray",
    "봉지": "bag",
    "bags": "bag",
    "캔": "can",
    "cans": "can",
    "pizzas": "pizza",
    "마리": "animal",
    "그릇": "bowl",
    "bowls": "bowl",
    "켤레": "pair",
    "pairs": "pair",
    "세트": "set",
    "sets": "set",
    "송이": "bunch",
    "nights": "night",
    "박": "night",
    "rooms": "room",
    "items": "item",
    "packs": "pack",
}


def item_kind(word: str) -> str:
    """The kind of a counted thing: "boxes" and "박스" are both ``item:box``."""
    word = word.lower()
    return "item:" + _ITEM_SYNONYMS.get(word, word.removesuffix("s"))


# Kinds a follow-up may add to or take from ("두 박스 얹으면", "one more year"): counts and
# spans. Money and rates are never added to by this reader: "5,000원 더" may be a new
# charge on the total as well as a higher price.
ADDABLE_KINDS = ("people", "item:", "hours", "weeks", "months", "years", "days")

# Number words a follow-up uses for its figure ("친구 하나가 더", "drop two of the tickets").
ENGLISH_NUMBER_WORDS: dict[str, int] = {
    word: value for word, value in ENGLISH_NUMBER_VALUES.items() if 1 <= value <= 10
}
NUMBER_WORDS: dict[str, int] = {
    **ENGLISH_NUMBER_WORDS,
    "하나": 1,
    "한": 1,
    "둘": 2,
    "두": 2,
    "셋": 3,
    "세": 3,
    "넷": 4,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "a couple": 2,
}
# "our fourth flatmate", "네 번째 룸메이트": the count becomes that number.
ORDINALS: dict[str, int] = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "두 번째": 2,
    "세 번째": 3,
    "네 번째": 4,
    "다섯 번째": 5,
    "여섯 번째": 6,
}
# Adding and taking away, said of a count or a span.
ADD_CUE = LazyPattern(
    r"\b(?:more|another|extra|additional|add|adds|join|joins|joined|longer)\b"
    r"|더|추가|얹|늘|낀|끼|합류|온대|오기로",
    re.IGNORECASE,
)
REMOVE_CUE = LazyPattern(
    r"\b(?:drop|drops|fewer|less|cancel|cancels|remove|minus|leave|leaves|left|out)\b"
    r"|빠지|빠진|빼|줄이|줄어|취소|못\s*(?:온|와|가)",
    re.IGNORECASE,
)
# "half as much", "반만", "두 배로", "twice as many": the factor on one figure.
SCALES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhalf\s+as\s+(?:much|many)\b|(?<![가-힣])(?:절반|반)만", re.I), "0.5"),
    (
        re.compile(
            r"\b(?:twice|double)\s+as\s+(?:much|many)\b|(?<![가-힣])두\s*배(?:로|면|이면)", re.I
        ),
        "2",
    ),
    (
        re.compile(
            r"\bthree\s+times\s+as\s+(?:much|many)\b|(?<![가-힣])세\s*배(?:로|면|이면)", re.I
        ),
        "3",
    ),
)
# "as much" scales the money, "as many" the count; a Korean scale names neither.
SCALE_KIND_WORDS = {"much": "money", "many": "count"}

# "그중 반만", "half of that": a share of the result, not a figure of the request changed.
PARTITIVE = LazyPattern(
    r"그\s*중|중에|나머지|\bof\s+(?:that|it|those|them|the\s+total)\b|\bthe\s+rest\b",
    re.IGNORECASE,
)

# Words that frame a change without naming a new subject. Any other word of the
# follow-up must already occur in the previous request, else the turn is about
# something else and the reader declines (Korean words compared by their stem).
FRAME_WORDS = word_set(
    """
    a an the and so then now what about how if i we us our my me it its that this
    at to for of in on by with instead only just again still each total much many
    as is are be was were will would do does did make change okay ok well actually
    swap switch
    what's it's let's one two three four five six seven eight nine ten couple
    more another extra additional add join joins joined longer drop fewer less
    cancel remove minus leave out half twice double times lock keep stay extend
    finally signed moved rate up down go goes went came come comes
    second third fourth fifth sixth seventh eighth
    그럼 그러면 그렇다면 아 음 혹시 만약 이번 다음 지난 이제 그때 그날
    다시 기준 해줘 해 계산 바꾸 바뀌 나왔 나오 나온 내려 떨어 올라 오르 올랐 됐 된대 되면
    이면 면 까지 더 추가 얹으 얹 늘 늘리 낀대 끼 합류 온대 빠지 빼 빼줘 빼주 줄 줄이 취소 못
    나가 나가면 일하 일하면 당기 당겨 당기면 미루 밀리 내일 모레 오늘
    한다던데 한대 한다네 라던데 이래 이라던데 된다던데
    반만 절반 두배 배로 배면 배이면 몫 몫으로 거 꺼 애들 아이 가족 동생 우리
    하나 둘 셋 넷 한 두 세 네 다섯 여섯 일곱 여덟 아홉 번째
    종강 방학 시험 마감 출국 졸업 휴가 생일
    """
)
