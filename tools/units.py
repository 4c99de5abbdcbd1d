"""Unit conversion for length, mass, volume, area, speed, temperature and time spans.

Includes traditional Korean units still in daily use (평 for floor area, 근/돈/냥/관
for weight, 자 for length). Factors are exact Decimals where the definition is
exact (1 평 = 400/121 m², 1 근 = 600 g, 1 mile = 1609.344 m).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, localcontext

from core.errors import ToolInputError
from tools.korean_numbers import format_number, normalize_numerals
from tools.units_below_zero import sign_below_zero
from tools.units_container_54e import (
    fluid_ounce_beside_volume,
    ounce_of_a_solid,
    without_container_named,
)
from tools.units_fractions import fractions_as_decimals
from tools.units_height_words_58o import height_in_words
from tools.units_pounds_ounces import merge_pounds_and_ounces
from tools.units_said_55t import conversion_said_plainly
from tools.units_said_61e import units_said_once
from tools.units_table import ABS_ZERO as _ABS_ZERO
from tools.units_table import ALIASES as _ALIASES
from tools.units_table import AMBIGUOUS as _AMBIGUOUS
from tools.units_table import SPEED_OF as _SPEED_OF
from tools.units_table import UNITS as _UNITS
from tools.units_table import Dimension
from tools.units_thing_named_52b import without_thing_named

D = Decimal

__all__ = [
    "FEET_AND_INCHES",
    "UnitRequest",
    "UnitResult",
    "chat_unit_words",
    "convert_units",
    "merge_feet_and_inches",
    "merge_hours_and_minutes",
    "parse_unit_request",
    "resolve_unit",
]

_MULTIWORD = (
    (r"nautical miles?", "nautical_mile"),
    (r"cubic met(?:er|re)s?", "cubic_meter"),
    (r"fl\.? ?oz|fluid ounces?", "floz"),
    (r"sq\.? ?(?:ft|feet)|square f(?:ee|oo)t", "ft2"),
    (r"sq\.? ?m|square met(?:er|re)s?", "m2"),
    (r"square kilomet(?:er|re)s?", "km2"),
    (r"square centimet(?:er|re)s?", "cm2"),
    (r"miles? per hour", "mph"),
    (r"kilomet(?:er|re)s? per hour", "km/h"),
    (r"met(?:er|re)s? per second", "m/s"),
    (r"시속\s*(?:킬로미터|킬로|km)", "km/h"),
    (r"시속\s*마일", "mph"),
    (r"초속\s*(?:미터|m)", "m/s"),
    (r"분당\s*(?:미터|m)|분속\s*(?:미터|m)", "m/min"),
    (r"met(?:er|re)s? per minute", "m/min"),
    (r"degrees? (?=celsius|fahrenheit)", ""),
    # Fuel economy (set 55): "km per litre", "miles per gallon", "litres per 100 km",
    # "리터당 몇 키로" (the question word kept before the unit it asks).
    (r"(?:km|kilomet(?:er|re)s?)\s+(?:per|a|/)\s+lit(?:er|re)", "km/L"),
    (r"miles?\s+(?:per|a|to\s+the)\s+gallon", "mpg"),
    (r"lit(?:er|re)s?\s+(?:per|a|/)\s+100\s*(?:km|kilomet(?:er|re)s?)|l\s*/\s*100\s*km", "L/100km"),
    (r"리터당\s*(몇\s*|\d+(?:\.\d+)?\s*)?(?:킬로미터|킬로|키로|km)", r"\1km/L"),
)
_PARTICLES = ("으로", "이면", "에서", "로", "는", "은", "를", "을", "이", "가", "에", "면")
_FILLER = {
    "몇",
    "to",
    "in",
    "into",
    "as",
    "=",
    "->",
    "→",
    "is",
    "are",
    "equals",
    "얼마",
    "how",
    "many",
    "시속",
}


@dataclass(frozen=True)
class UnitResult:
    """A converted quantity."""

    value: Decimal
    unit: str
    input_value: Decimal
    input_unit: str
    dimension: Dimension

    @property
    def display(self) -> str:
        """Human-readable "100 km = 62.1371 mi"."""
        return f"{_fmt(self.input_value)} {self.input_unit} = {_fmt(self.value)} {self.unit}"


@dataclass(frozen=True)
class UnitRequest:
    """A conversion asked for in text."""

    value: Decimal
    from_unit: str
    to_unit: str


def _fmt(value: Decimal) -> str:
    return format_number(value, 4 if abs(value) >= D("0.01") or value == 0 else 8)


def _lookup(name: str) -> str | None:
    key = unicodedata.normalize("NFKC", name).strip().lower().replace(" ", "_")
    key = key.replace("²", "2").replace("³", "3")
    if key in _ALIASES:
        return _ALIASES[key]
    if key in _AMBIGUOUS:
        return key
    return None


def unit_symbol(name: str) -> str | None:
    """The canonical symbol of an unambiguous unit name ("lb", "kg"), else ``None``."""
    sym = _lookup(name)
    return None if sym is None or sym in _AMBIGUOUS else sym


def resolve_unit(name: str) -> str:
    """Return the canonical symbol for a unit name ("마일" -> "mi").

    Raises:
        ToolInputError: When the unit is unknown.
    """
    sym = _lookup(name)
    if sym is None or sym in _AMBIGUOUS:
        raise ToolInputError(
            f"unknown unit {name!r}: use e.g. km, mi, kg, lb, 근, L, gal, m2, 평, km/h, °C, °F"
        )
    return sym


def _resolve_pair(from_name: str, to_name: str) -> tuple[str, str]:
    a, b = _lookup(from_name), _lookup(to_name)
    for name, sym in ((from_name, a), (to_name, b)):
        if sym is None:
            resolve_unit(name)  # raises with the standard message
    assert a is not None and b is not None
    if a in _AMBIGUOUS and b in _AMBIGUOUS:
        a, b = _AMBIGUOUS[a][0], _AMBIGUOUS[b][0]
    if a in _AMBIGUOUS:
        a = _AMBIGUOUS[a][1] if _UNITS[b][0] == "length" else _AMBIGUOUS[a][0]
    if b in _AMBIGUOUS:
        b = _AMBIGUOUS[b][1] if _UNITS[a][0] in ("length", "speed") else _AMBIGUOUS[b][0]
    if _UNITS[a][0] == "speed" and b in _SPEED_OF:
        b = _SPEED_OF[b]
    if _UNITS[b][0] == "speed" and a in _SPEED_OF:
        a = _SPEED_OF[a]
    return fluid_ounce_beside_volume(a, b)  # "oz in 750 ml": fl oz (set 45)


def _to_kelvin(value: Decimal, unit: str) -> Decimal:
    if unit == "°C":
        return value + D("273.15")
    if unit == "°F":
        return (value - 32) * 5 / 9 + D("273.15")
    return value


def _from_kelvin(value: Decimal, unit: str) -> Decimal:
    if unit == "°C":
        return value - D("273.15")
    if unit == "°F":
        return (value - D("273.15")) * 9 / 5 + 32
    return value


def _fuel_economy(amount: Decimal, src: str, dst: str) -> Decimal:
    """``amount`` of ``src`` in ``dst``: through km per litre, litres per 100 km inverted."""
    if amount <= 0:
        raise ToolInputError(f"a fuel economy of {amount} {src} is no use rate; check the value")
    per_litre = D(100) / amount if src == "L/100km" else amount * _UNITS[src][1]
    return D(100) / per_litre if dst == "L/100km" else per_litre / _UNITS[dst][1]


def convert_units(value: float | Decimal, from_unit: str, to_unit: str) -> UnitResult:
    """Convert a quantity between units of the same kind.

    Args:
        value: The amount in ``from_unit``.
        from_unit: A unit name or symbol ("km", "마일", "평", "°C", "근").
        to_unit: The unit to convert into.

    Returns:
        The converted value with canonical unit symbols.

    Raises:
        ToolInputError: For unknown units, units of different kinds, or
            temperatures below absolute zero.
    """
    src, dst = _resolve_pair(from_unit, to_unit)
    dim_src, f_src, _ = _UNITS[src]
    dim_dst, f_dst, _ = _UNITS[dst]
    if dim_src != dim_dst:
        raise ToolInputError(
            f"cannot convert {from_unit!r} ({dim_src}) to {to_unit!r} ({dim_dst}): "
            "pick two units of the same kind"
        )
    amount = value if isinstance(value, Decimal) else D(str(value))
    with localcontext() as ctx:
        ctx.prec = 28
        if dim_src == "fuel_economy":
            result = _fuel_economy(amount, src, dst)
        elif dim_src == "temperature":
            if amount < _ABS_ZERO[src]:
                raise ToolInputError(
                    f"{amount} {src} is below absolute zero ({_ABS_ZERO[src]} {src}); "
                    "check the value"
                )
            result = _from_kelvin(_to_kelvin(amount, src), dst)
        else:
            result = amount * f_src / f_dst
    return UnitResult(result, dst, amount, src, dim_src)


_NUM = r"-?\d+(?:\.\d+)?"
_TAILS = re.compile(
    r"(?:\s*[?!.]|\s*(?:이야|야|예요|에요|인가요|일까요?|입니까|이지|지|니|임|이에요|이냐|냐)"
    r"|\s*(?:로|으로)?\s*(?:환산|변환|바꾸|바꿔|바꾼|고치|계산|나타내)\S*(?:\s*줘|\s*주세요)?"
    r"|\s+(?:얼마|몇)(?:\s*도)?\S*|\s*(?:정도|쯤)"
    # "밀리리터로 하면", "평으로 치면": the unit asked, said with a verb.
    r"|\s+(?:하면|치면|따지면))$"
)


_HOURS_AND_MINUTES = re.compile(
    # (Hours may be a decimal: "3.5 hours and 20 minutes" is 230 minutes; read from "5" it
    # was "3.320 minutes". No figure starts inside another one.)
    r"(?<![\d.])(?P<h>\d+(?:\.\d+)?)\s*(?:(?P<ko>시간)|hours?|hrs?)\s*(?:and\s+)?(?P<m>\d+)\s*(?:분|minutes?|mins?)(?![가-힣A-Za-z]*\s*(?:뒤|후|전|동안))",
    re.IGNORECASE,
)


# "5피트 8인치", "5 feet 8 inches", "5 ft 8 in": one length, like hours and minutes.
FEET_AND_INCHES = re.compile(
    r"(?P<ft>\d+)\s*(?:(?P<ko>피트)|feet|foot|ft|')\s*(?:and\s+)?(?:"
    r"(?P<inch>\d+(?:\.\d+)?)\s*(?:인치|inch(?:es)?|in\b|\"|'')"
    # A height said the way people say it, the inches bare ("im 5 foot 11 whats that in
    # cm", "my brother is 6'2"): only a count under 12 and only where the sentence ends or
    # goes on with a question, so "5 ft 11 boards" or "6' 30cm" stay unread.
    r"|(?P<bare>(?:1[01]|\d)(?:\.\d+)?)(?![\d.])"
    r"(?=\s*(?:[,?!]|$)|\s+(?:what'?s|what|how|and|so|is|in|to|into)\b))",
    re.IGNORECASE,
)


def merge_feet_and_inches(text: str) -> str:
    """ "5피트 8인치" -> "68인치", "5 feet 8 inches" -> "68 inches": one length."""

    def inches(m: re.Match[str]) -> str:
        total = format_number(D(m["ft"]) * 12 + D(m["inch"] or m["bare"]))
        return f"{total}{'인치' if m['ko'] else ' inches'}"

    return FEET_AND_INCHES.sub(inches, text)


def merge_hours_and_minutes(text: str) -> str:
    """ "3시간 45분" -> "225분", "2 hours 30 minutes" -> "150 minutes": one span."""

    def minutes(m: re.Match[str]) -> str:
        total = D(m["h"]) * 60 + int(m["m"])
        figure = str(int(total)) if total == total.to_integral_value() else f"{total.normalize():f}"
        return f"{figure}{'분' if m['ko'] else ' minutes'}"

    return _HOURS_AND_MINUTES.sub(minutes, text)


def _strip_particles(token: str) -> str | None:
    if _lookup(token):
        return token
    for p in _PARTICLES:
        if token.endswith(p) and _lookup(token[: -len(p)]):
            return token[: -len(p)]
    return None


def _is_measured_thing(word: str) -> bool:
    """A word between the two units that names what is measured, not a unit or a figure."""
    # "10km 되면 몇 마일": 되 after a unit is the verb 되다, not the measure.
    is_unit = _strip_particles(word) is not None and not word.startswith("되")
    return not is_unit and not any(ch.isdigit() for ch in word)


def chat_unit_words(s: str) -> str:
    """ "37.5도인데 화씨로", "84제곱미터면 평수로 몇평" (set 49): 인데 after a figure and its unit
    is 면, and 평수로 before 몇평 only says the unit asked again (alone, "평수로 바꾸면", it is
    the unit asked and stays)."""
    s = re.sub(rf"({_NUM}\s*[가-힣A-Za-z°]+?)인데(?=\s)", r"\1면", s)
    return re.sub(r"(?<![가-힣])평수로\s+(?=몇\s*평)", "", s)


def parse_unit_request(text: str) -> UnitRequest | None:
    """Read "100 km는 몇 마일?" or "convert 5 miles to km"; None if it is not one."""
    s = normalize_numerals(unicodedata.normalize("NFKC", text).strip())
    s = fractions_as_decimals(sign_below_zero(s))
    s = conversion_said_plainly(s)  # "10 oz steak, how many grams is that", "…였지" (set 47)
    s = units_said_once(s)  # "마일로 몇마일", "running a 10k, how many miles is that" (set 52)
    s = height_in_words(s)  # "im six foot two, whats that in cm" (set 50)
    for pattern, repl in _MULTIWORD:
        s = re.sub(pattern, repl, s, flags=re.IGNORECASE)
    s = chat_unit_words(s)
    # "섭씨 30도" -> "30 섭씨"; "화씨 몇 도" -> "화씨"
    s = re.sub(rf"(섭씨|화씨)\s*({_NUM})\s*도", r"\2 \1", s)
    s = re.sub(r"(섭씨|화씨)\s*(?:몇\s*)?도", r"\1", s)
    s = re.sub(rf"시속\s*({_NUM})\s*(?:킬로미터|킬로|키로|km)", r"\1 km/h", s)
    s = re.sub(rf"시속\s*({_NUM})\s*(?:마일|mi)", r"\1 mph", s)
    s = re.sub(rf"초속\s*({_NUM})\s*(?:미터|m)", r"\1 m/s", s)
    s = re.sub(
        r"^(?:convert|change|what'?s|what\s+is|how\s+(?:much|far|long|heavy|tall|big)\s+is)\s+",
        "",
        s,
        flags=re.IGNORECASE,
    )
    s = merge_hours_and_minutes(merge_pounds_and_ounces(merge_feet_and_inches(s)))
    # "half an acre", "a quarter of a mile": a fraction of one unit is a number of it.
    s = re.sub(r"\bhalf\s+(?:of\s+)?an?\s+", "0.5 ", s, flags=re.IGNORECASE)
    s = re.sub(r"\b(?:a\s+)?quarter\s+of\s+an?\s+", "0.25 ", s, flags=re.IGNORECASE)
    # "How many seconds are there in a week": "a"/"one" is the number 1.
    s = re.sub(
        r"\b(?:are\s+there\s+|is\s+there\s+)?in\s+(?:a|an|one)\s+(?=[A-Za-z])",
        "in 1 ",
        s,
        flags=re.IGNORECASE,
    )
    # "one gallon is how many liters": "a"/"one" before a unit asked in another is 1.
    s = re.sub(
        r"^(?:a|an|one)\s+(?=[A-Za-z]+\s+(?:is|=|equals)\s+how\s+many\s)", "1 ", s, flags=re.I
    )
    # "a half marathon is 13.1 miles, how many km is that": the thing measured, said
    # first, and the unit asked after the figure ("I weigh 150 pounds, how many kg …" too).
    s = re.sub(
        rf"^(?!how\b)(?:[a-z']+\s+){{1,4}}(?:is|are|was|weighs?|measures?)\s+(?={_NUM}\s*[A-Za-z])",
        "",
        s,
        flags=re.IGNORECASE,
    )
    asked_after = re.match(
        rf"^(?P<v>{_NUM})\s*(?P<f>[A-Za-z°][\w/°]*),?\s+how\s+many\s+(?P<t>\S+)"
        r"(?:\s+(?:is\s+that|is\s+it|are\s+they|are\s+those))?\s*\??$",
        s,
        re.IGNORECASE,
    )
    # "its -10°C outside rn, whats that in fahrenheit": one measure stated in a remark,
    # then asked in another unit as "that"/"it".
    stated_then = re.match(
        # Typed without the comma ("7.5 lbs at birth whats that in kg"), or asked as how
        # tall or heavy ("5 ft 9 in, how tall is that in cm").
        rf"^[^\d]*?(?P<v>-?{_NUM})\s*(?P<f>[A-Za-z°][\w/°]*)[^\d]*?(?:[,.]\s*|\s)(?:so\s+)?"
        r"(?:what'?s|what\s+is|how\s+(?:much|tall|heavy|long|far|big)\s+is)\s+(?:that|it|this)"
        r"\s+in\s+"
        r"(?P<t>[A-Za-z°][\w/°]*)\s*\??$",
        s,
        re.IGNORECASE,
    )
    reading = asked_after or stated_then
    if reading is not None:
        s = f"{reading['v']} {reading['f']} to {reading['t']}"
    # "마라톤 42.195km를 마일로": a word naming what the figure is, before it.
    s = re.sub(rf"^(?:[가-힣]{{1,6}}\s+){{1,2}}(?={_NUM}\s*[A-Za-z가-힣°])", "", s)
    # "몇평", "몇그램": the question word typed against the unit it asks for (a tail
    # below takes "몇" and whatever is written with it).
    s = re.sub(r"(?<![가-힣])몇(?=[가-힣A-Za-z])", "몇 ", s)
    prev = None
    while prev != s:
        prev, s = s, _TAILS.sub("", s).strip()
    s = without_thing_named(s)  # "how many miles is a marathon, 42.195 km" (set 39)
    s = without_container_named(s)  # "how many oz in a 750 ml bottle" (set 45)
    m = re.match(
        rf"^how\s+many\s+(?P<t>\S+)\s+(?:is|are|in|are\s+in|is\s+in|make|are\s+there\s+in"
        rf"|is\s+there\s+in)\s+(?P<v>{_NUM})\s*(?P<f>\S+)$",
        s,
        re.IGNORECASE,
    )
    if m:
        tokens = [m["f"], m["t"]]
        value = m["v"]
    else:
        m = re.match(rf"^(?P<v>{_NUM})\s*(?P<rest>.+)$", s)
        if not m:
            return None
        value = m["v"]
        # "40 hours a week", "3 miles per day": a rate, asked in no other unit (it was
        # answered "40 h = 0.2381 wk", the "a" dropped as filler).
        if re.fullmatch(r"\S+\s+(?:a|an|per|each|every)\s+\S+?\s*[?.!]*", m["rest"], re.I):
            return None
        tokens = [t for t in m["rest"].split() if t.lower() not in _FILLER]
        if (
            3 <= len(tokens) <= 4
            and (
                (len(tokens) == 3 and tokens[1] in ("는", "은", "를", "을", "이", "가"))
                # "55인치 TV는 몇 cm", "45리터 넣었는데 갤런으로": a word between the two units
                # that is no unit names the thing measured or what was done with it; "65인치
                # 티비면 대각선 몇 cm" names the thing and the part of it measured (two words).
                or (
                    all(_is_measured_thing(word) for word in tokens[1:-1])
                    and _strip_particles(tokens[0]) is not None
                    and _strip_particles(tokens[-1]) is not None
                )
            )
        ):
            tokens = [tokens[0], tokens[-1]]
    if len(tokens) != 2:
        return None
    units = [_strip_particles(t) for t in tokens]
    if units[0] is None or units[1] is None:
        return None
    if ounce_of_a_solid(text, (units[0], units[1])):
        return None  # "8 oz of flour in ml": ounces of weight, whose volume is unknown here
    return UnitRequest(D(value), units[0], units[1])
