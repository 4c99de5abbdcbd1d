"""What a follow-up's figures count: the quantity pattern, units of one kind, spelled numbers.

Shared by the follow-up edits (``tools.followup_edits``, ``tools.followup_rates``): a
follow-up's "4명" changes a step's "3명" because both count people.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS

__all__ = ["QUANTITY", "SAME_UNIT", "SPELLED_NUMBERS"]

# A quantity: the number and the word that says what it counts.
QUANTITY = LazyPattern(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    # Longer words first: "6개월" is months, not 6 items; "3인분" is portions and "3인치"
    # a length, not people.
    r"(?P<unit>개월|인분|인치|켤레|마리|그릇|박스|상자|세트|봉지|송이|퍼센트|사람|달러|시간|유로"
    r"|세대|가구|명|인|개|원|분|초|일|주|달|년|살|엔|권|판|잔|병|장|벌|캔|박|도|km|kg|mi|%|°[CF]"
    r"|people|ppl|persons?|friends|ways|items?|dollars?|won|hours?|hrs?|minutes?|mins?|days?|weeks?|months?"
    r"|years?|percent"
    r"|miles?|kilomet(?:er|re)s?|kilograms?|pounds?|lbs?|euros?|yen|degrees?"
    r"|boxes|box|books?|tickets?|pizzas?|cups?|bottles?|pages?|nights?|rooms?|pieces?"
    # "what about 60 litres" after "45 litres": fuel and drinks, in either spelling.
    r"|lit(?:er|re)s?"
    r"|feet|foot|ft|inch(?:es)?|centimet(?:er|re)s?|cm|met(?:er|re)s?"
    r"|파운드|피트|인치|리터|킬로|그램|kg"
    # The traditional measures: "25평짜리는?", "열 돈이면?".
    r"|평|근|돈|냥|되|제곱미터"
    # "1.5배면" then "2배면?": a multiple.
    r"|배"
    # "4 of us splitting": a head count.
    r"|of\s+us)"
    # "1인당" is "per person", not a head count of one.
    r"(?![A-Za-z])(?!\s*당)",
    re.IGNORECASE,
)
# Words for the same thing: "What about 4 people?" modifies "3명이 나누면".
SAME_UNIT = {
    "명": "person",
    "사람": "person",
    "인": "person",
    "people": "person",
    "person": "person",
    "persons": "person",
    "friends": "person",
    # "5 ppl?": people, as chat writes it.
    "ppl": "person",
    # "split 3 ways" is shared among 3.
    "ways": "person",
    "of us": "person",
    # "6세대가 나누면" then "5세대면?": households sharing a building's bill (set 37).
    "세대": "household",
    "가구": "household",
    "개": "item",
    "item": "item",
    "items": "item",
    "원": "krw",
    "won": "krw",
    "달러": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "분": "minute",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "시간": "hour",
    "hour": "hour",
    "hours": "hour",
    # "6 hrs": hours, as people type them.
    "hr": "hour",
    "hrs": "hour",
    "일": "day",
    "day": "day",
    "days": "day",
    "주": "week",
    "week": "week",
    "weeks": "week",
    "개월": "month",
    "달": "month",
    "month": "month",
    "months": "month",
    "년": "year",
    "year": "year",
    "years": "year",
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "mi": "mi",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inch": "in",
    "inches": "in",
    "cm": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "mile": "mi",
    "miles": "mi",
    "파운드": "lb",
    "피트": "ft",
    "인치": "in",
    "리터": "l",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "그램": "g",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "유로": "eur",
    "euro": "eur",
    "euros": "eur",
    "엔": "jpy",
    "yen": "jpy",
    "살": "age",
    "%": "percent",
    "퍼센트": "percent",
    "percent": "percent",
    "도": "degree",
    "°c": "degree",
    "°f": "degree",
    "degree": "degree",
    "degrees": "degree",
}


#: Numbers spelled out ("두 배", "triple", "three times", "four people"), as digits.
SPELLED_NUMBERS = {
    # "한" is left out: "한 번 더" or "한 달" name no operand.
    **{word: digit for word, digit in KOREAN_COUNT_FORMS.items() if word != "한"},
    "double": "2",
    "triple": "3",
    "quadruple": "4",
    **{word: digit for word, digit in ENGLISH_DIGITS.items() if word != "zero"},
    "ten": "10",
}
