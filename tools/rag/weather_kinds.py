"""A rule for one kind of weather does not answer a question about another kind.

Why: "비오는 날에도 3층 타석 운영해요?" (does the top floor open when it rains?) was
answered with "강풍·폭설 특보가 내려지면 3층 타석은 닫고 1~2층만 운영합니다." (blind set 31):
the sentence shares the floor, the bays and 운영, and states what happens in gales and
heavy snow; it says nothing of rain, and the question's 비 (one syllable) carries too
little weight for coverage to notice. A question naming a kind of weather (rain, snow,
wind, a typhoon, a thunderstorm, heat, cold, fine dust, fog) is answered only by a
sentence naming that kind, or weather in general ("악천후", "bad weather"): a sentence
that names only other kinds states their rule, and one naming no weather at all (the
guide's opening "실외 타석 60개(1~3층)…를 운영합니다", next in line once the gale rule was
screened) states the everyday rule, which need not hold in the rain. Closed-class only:
the weather words, in either language.
"""

from __future__ import annotations

import re

__all__ = ["asked_weather", "misses_asked_weather"]

# Korean 비 and 눈 are weather only with their verb ("비가 오면", "눈 내리는 날"): alone they
# are a cost (관리비) or an eye. Nothing Hangul may stand right before a Korean weather word,
# which would then be the inside of another word (입장마감 holds 장마, 대설명회 대설).
_KINDS: dict[str, re.Pattern[str]] = {
    "rain": re.compile(
        r"(?<![가-힣])(?:비\s*(?:가|이|도)?\s*(?:오|와|온|올|내리|많이)|우천|폭우|호우|장마(?!감)|소나기)|"
        r"\brain(?:s|y|ing|ed|fall)?\b|\bdownpours?\b|\bwet weather\b",
        re.IGNORECASE,
    ),
    "snow": re.compile(
        r"(?<![가-힣])(?:눈\s*(?:이|도)?\s*(?:오|와|온|올|내리|쌓|많이)|폭설|대설(?!명)|적설)|"
        r"\bsnow(?:s|y|ing|ed|fall)?\b|\bblizzards?\b",
        re.IGNORECASE,
    ),
    "wind": re.compile(
        r"(?<![가-힣])(?:바람\s*(?:이|도)?\s*(?:불|세|강하)|강풍|돌풍)|\bwind(?:s|y)?\b|\bgales?\b",
        re.IGNORECASE,
    ),
    "typhoon": re.compile(r"태풍|\btyphoons?\b|\bhurricanes?\b", re.IGNORECASE),
    "thunder": re.compile(
        r"천둥|번개|낙뢰|뇌우|\bthunder\w*|\blightning\b|\bstorms?\b", re.IGNORECASE
    ),
    "heat": re.compile(
        r"폭염|무더위|\bheat\s*waves?\b|\bextreme heat\b|\bhot weather\b", re.IGNORECASE
    ),
    "cold": re.compile(r"한파|혹한|\bcold (?:snap|weather|spell)\b|\bfreezing\b", re.IGNORECASE),
    "dust": re.compile(r"미세\s*먼지|황사|\bfine dust\b|\bair quality\b", re.IGNORECASE),
    "fog": re.compile(r"안개|\bfog(?:gy)?\b", re.IGNORECASE),
}
# Weather in general covers every kind: "악천후 시 휴장", "in bad weather".
_ANY_WEATHER = re.compile(
    r"악천후|기상\s*악화|날씨가?\s*(?:나쁘|안\s*좋|좋지)|기상\s*상황|"
    r"\b(?:bad|severe|poor|extreme|inclement)\s+weather\b|\bweather (?:permitting|conditions)\b",
    re.IGNORECASE,
)


def asked_weather(text: str) -> frozenset[str]:
    """The kinds of weather ``text`` names ("rain", "snow", …)."""
    return frozenset(kind for kind, pattern in _KINDS.items() if pattern.search(text))


def misses_asked_weather(question: str, sentence: str) -> bool:
    """Whether ``sentence`` states no rule for the kind of weather the question asks about.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question names a kind of weather and the sentence names neither
        that kind nor weather in general.
    """
    asked = asked_weather(question)
    if not asked:
        return False
    return not asked_weather(sentence) & asked and not _ANY_WEATHER.search(sentence)
