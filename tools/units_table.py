"""The unit table: each unit's kind, its factor to the kind's base unit and its names.

Kept apart from tools/units.py (conversion and reading requests) because it is data: a
new unit is one line here. Factors are exact Decimals where the definition is exact
(1 평 = 400/121 m², 1 근 = 600 g, 1 되 = 2401/1331 L, 1 mile = 1609.344 m).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

__all__ = ["ABS_ZERO", "ALIASES", "AMBIGUOUS", "SPEED_OF", "UNITS", "Dimension"]

Dimension = Literal[
    "length", "mass", "volume", "area", "speed", "temperature", "time", "fuel_economy"
]
D = Decimal

# canonical symbol -> (dimension, factor to the dimension's base unit, aliases)
UNITS: dict[str, tuple[Dimension, Decimal, tuple[str, ...]]] = {
    "mm": ("length", D("0.001"), ("밀리미터", "밀리", "millimeter", "millimeters", "millimetre")),
    "cm": (
        "length",
        D("0.01"),
        ("센티미터", "센티", "센치", "centimeter", "centimeters", "centimetre", "centimetres"),
    ),
    "m": ("length", D(1), ("미터", "meter", "meters", "metre", "metres")),
    "km": (
        "length",
        D(1000),
        ("킬로미터", "키로미터", "kilometer", "kilometers", "kilometre", "kilometres", "kms"),
    ),
    "in": ("length", D("0.0254"), ("인치", "inch", "inches")),
    "ft": ("length", D("0.3048"), ("피트", "feet", "foot")),
    "yd": ("length", D("0.9144"), ("야드", "yard", "yards")),
    "mi": ("length", D("1609.344"), ("마일", "mile", "miles")),
    "nmi": ("length", D(1852), ("해리", "nautical_mile")),
    "자": ("length", D(10) / D(33), ("척",)),
    "mg": ("mass", D("0.000001"), ("밀리그램", "milligram", "milligrams")),
    "g": ("mass", D("0.001"), ("그램", "gram", "grams", "gr")),
    "kg": ("mass", D(1), ("킬로그램", "키로그램", "kilogram", "kilograms", "kgs")),
    "t": ("mass", D(1000), ("톤", "ton", "tons", "tonne", "tonnes")),
    "lb": ("mass", D("0.45359237"), ("파운드", "pound", "pounds", "lbs")),
    "oz": ("mass", D("0.028349523125"), ("온스", "ounce", "ounces")),
    "근": ("mass", D("0.6"), ()),
    "돈": ("mass", D("0.00375"), ()),
    "냥": ("mass", D("0.0375"), ()),
    "관": ("mass", D("3.75"), ()),
    "ml": (
        "volume",
        D("0.001"),
        ("밀리리터", "milliliter", "milliliters", "millilitre", "millilitres", "cc", "씨씨"),
    ),
    "L": ("volume", D(1), ("l", "리터", "liter", "liters", "litre", "litres")),
    "m3": ("volume", D(1000), ("세제곱미터", "cubic_meter", "입방미터")),
    # 되 (升) of the 척관법: 1 되 = 2401/1331 L (about 1.8039 L). Not 말 (ten 되): a word.
    "되": ("volume", D(2401) / D(1331), ()),
    "gal": ("volume", D("3.785411784"), ("갤런", "gallon", "gallons")),
    "qt": ("volume", D("0.946352946"), ("쿼트", "quart", "quarts")),
    "pt": ("volume", D("0.473176473"), ("파인트", "pint", "pints")),
    "cup": ("volume", D("0.2365882365"), ("컵", "cups")),
    "floz": ("volume", D("0.0295735295625"), ("fl_oz", "fluid_ounce", "fluid_ounces")),
    # US spoons, as the cup above; "tablespoon" names them.
    "tbsp": ("volume", D("0.01478676478125"), ("tablespoon", "tablespoons", "tbsps")),
    "tsp": ("volume", D("0.00492892159375"), ("teaspoon", "teaspoons", "tsps")),
    # The Korean recipe spoons are their own words with the Korean (metric) convention:
    # 1 큰술 = 15 ml, 1 작은술 = 5 ml; a Korean recipe never means the US 14.79 ml.
    "큰술": ("volume", D("0.015"), ()),
    "작은술": ("volume", D("0.005"), ()),
    "cm2": ("area", D("0.0001"), ("제곱센티미터", "square_centimeter", "square_centimeters")),
    "m2": (
        "area",
        D(1),
        ("제곱미터", "평방미터", "sqm", "square_meter", "square_meters", "square_metre"),
    ),
    "km2": ("area", D(1000000), ("제곱킬로미터", "square_kilometer", "square_kilometers")),
    "ft2": ("area", D("0.09290304"), ("제곱피트", "sqft", "square_foot", "square_feet")),
    "ha": ("area", D(10000), ("헥타르", "hectare", "hectares")),
    "acre": ("area", D("4046.8564224"), ("에이커", "acres")),
    "평": ("area", D(400) / D(121), ("pyeong", "평수")),
    "m/s": ("speed", D(1), ("mps", "초속미터", "meters_per_second")),
    "km/h": (
        "speed",
        D(1) / D("3.6"),
        ("kph", "kmh", "kmph", "시속킬로미터", "kilometers_per_hour"),
    ),
    "m/min": ("speed", D(1) / D(60), ("mpm", "분속미터", "meters_per_minute")),
    "mph": ("speed", D("0.44704"), ("miles_per_hour", "마일毎시", "시속마일")),
    "kn": ("speed", D(1852) / D(3600), ("knot", "knots", "노트")),
    # Time spans with fixed lengths only: a month or a year has no single length in seconds.
    "s": ("time", D(1), ("초", "sec", "secs", "second", "seconds")),
    "min": ("time", D(60), ("분", "mins", "minute", "minutes")),
    "h": ("time", D(3600), ("시간", "hr", "hrs", "hour", "hours")),
    "d": ("time", D(86400), ("일", "day", "days", "하루")),
    "wk": ("time", D(604800), ("주", "주일", "week", "weeks", "wks")),
    # Fuel economy (set 55): km per litre is the base; US miles per gallon is 1.609344 km
    # over 3.785411784 L. Litres per 100 km is the inverse (100 / km per litre), converted
    # apart in tools.units.convert_units like a temperature; its factor is unused.
    "km/L": (
        "fuel_economy",
        D(1),
        ("kmpl", "kpl", "km_per_litre", "km_per_liter", "kilometres_per_litre"),
    ),
    "mpg": ("fuel_economy", D("1.609344") / D("3.785411784"), ("miles_per_gallon",)),
    "L/100km": ("fuel_economy", D(1), ("litres_per_100km", "liters_per_100km", "l_per_100km")),
    "°C": ("temperature", D(1), ("c", "섭씨", "celsius", "℃", "degc", "도")),
    "°F": ("temperature", D(1), ("f", "화씨", "fahrenheit", "℉", "degf")),
    "K": ("temperature", D(1), ("k", "켈빈", "kelvin")),
}
# "킬로" means kg for weights and km for distances; it is resolved by the other unit.
AMBIGUOUS = {
    "킬로": ("kg", "km"),
    "키로": ("kg", "km"),
    "kilo": ("kg", "km"),
    "kilos": ("kg", "km"),
}
ALIASES: dict[str, str] = {}
for _sym, (_dim, _factor, _names) in UNITS.items():
    for _name in (_sym, *_names):
        ALIASES[_name.lower()] = _sym
# A length unit next to a speed means the matching speed ("시속 100km는 몇 마일").
SPEED_OF = {"km": "km/h", "mi": "mph", "m": "m/s"}
ABS_ZERO = {"°C": D("-273.15"), "°F": D("-459.67"), "K": D(0)}
