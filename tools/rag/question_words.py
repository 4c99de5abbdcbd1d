"""The words that phrase a document question rather than name what it is about.

Question words, light verbs, bounds and prepositions of rate ("how long does it take",
"식비 한도", "per night") are how a question is asked; :mod:`tools.rag.question` leaves
them out of the terms a passage must cover. Moved out of ``question`` as they were.
"""

from __future__ import annotations

from tools.rag.textutil import english_tokens

__all__ = ["CONTENT_TAGS", "EN_FUNCTION_WORDS", "KO_FUNCTION_WORDS"]

# Nouns, proper nouns, verb/adjective roots, roots and foreign words carry topic.
CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL", "SH"})
# How a Korean question is phrased rather than what it is about.
KO_FUNCTION_WORDS = frozenset(
    {
        "것",
        "수",
        "등",
        "때",
        "중",
        "및",
        "하",
        "되",
        "있",
        "없",
        "않",
        "이",
        "그",
        "저",
        "뭐",
        "언제",
        "얼마",
        "얼마나",
        "어떻",
        "어떠",
        "무슨",
        "어느",
        "누구",
        # "어떤 사람이": the person asked about, the answer type, not a topic.
        "사람",
        # "휴가 관련해서": phrasing, like 대하/관하.
        "관련",
        "무엇",
        "어디",
        "왜",
        "쯤",
        "며칠",
        "몇",
        # The lower bound asked (최소 며칠 전에), as "minimum" below: no topic; the limit is
        # checked on the quoted sentence (tools.rag.qualifiers.missing_limit), which states
        # it as 이상, 부터 or 전까지 ("3일 전까지 신청", set 52).
        "최소",
        "최저",
        "걸리",
        "알",
        "주",
        "싶",
        "말",
        "궁금",
        "가능",
        "방법",
        "경우",
        "이름",
        # Task words of a synthesis request ("요약해 줘", "비교해 줘"), not its topic.
        *("설명", "요약", "비교", "정리", "차이", "차이점", "목록", "나열", "추천", "분석"),
        *("평가", "작성", "번역", "초안", "계획", "이유", "원인", "장단점", "내용", "정보"),
        "대하",
        "관하",
        "좋",
        "받",
        "해야",
        "정도",
        "혹시",
        "제",
        "나",
        "우리",
        # A bound asks for a number, it is not a topic ("식비 한도" = "up to 30,000 won").
        *("한도", "상한", "최대", "최고"),
    }
)
# English words that only phrase the question ("how long does it take").
EN_FUNCTION_WORDS = frozenset(
    {
        "long",
        # "how often" asks for an interval (the duration type), like "how long".
        "often",
        "frequently",
        # A hedge says how sure the asker wants the figure, not what it is about: "how long
        # is the waiting list usually?" is no question about "Copies are usually ready".
        *("usually", "normally", "typically", "generally"),
        # "how fast / how quickly can i get a copy": how long it takes, like "how soon" (set 46).
        *("fast", "quickly", "quick", "soon"),
        "take",
        "get",
        # Its other forms too: "got a notice after the inspection, how long do i have to fix
        # it?" asks what "get a notice ... fix it" would, and the light stemmer leaves the
        # irregular forms (and "getting" as "gett") apart from "get".
        *("got", "gotten", "getting", "took", "taken", "taking"),
        "need",
        "know",
        "tell",
        "please",
        "name",
        "possible",
        "way",
        "ask",
        "want",
        "like",
        "kind",
        "sort",
        "thing",
        "happen",
        "mine",
        *("explain", "summarize", "summary", "compare", "difference", "list", "recommend"),
        *("describe", "information", "detail", "detailed"),
        # Prepositions of place and rate phrase the question ("outside Seoul" is answered
        # by "elsewhere", "per night" by "a night").
        *("outside", "inside", "within", "per", "via", "around", "beyond"),
        # Words naming a bound ask for a number (see the "count" type below), they are
        # not a topic: "the hotel limit" is answered by "up to 120,000 won".
        *("limit", "limits", "maximum", "max", "cap", "ceiling"),
        # And the lower bound: "the least amount of hours i can book" is answered by "the
        # minimum booking is 3 hours", never by "at least 72 hours ahead".
        *("minimum", "min", "least", "fewest"),
        # So does the word for a sum: "above what amount ..." is answered by "500,000 won".
        *("amount", "amounts"),
        # And the word for a time limit: "what's the deadline for a claim" asks what
        # "Submit every claim within 30 days" states, when it must be done.
        *("deadline", "deadlines"),
        # A reason's conjunction names no topic: "what if you cancel because of the weather"
        # is answered by "If we cancel for bad weather …" (blind set 45).
        *("because", "cuz", "coz"),
    }
)
# Compared with index tokens, which are stemmed ("outside" -> its stem).
EN_FUNCTION_WORDS = EN_FUNCTION_WORDS | {t for w in EN_FUNCTION_WORDS for t in english_tokens(w)}
