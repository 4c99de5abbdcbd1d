"""A place a follow-up names, and nothing else it asks (docthread59).

"and for busan?", "what if the conference is in daegu", "제주도 가면 얼마까지?", "광주
출장이면요?": the one place of the gazetteer the follow-up names
(:func:`tools.followup_rate_qualifier.named_places`, cities and provinces in both scripts;
an unknown word is never taken for a place), with only the words of asking the previous
question again around it. Read by graphs.place_elsewhere_59d (the rule for everywhere
else) and by the condition screen (the trip's purpose is no condition of the place's rule).
No import under tools.rag: the condition screen's import path stays light.
"""

from __future__ import annotations

import re

from tools.followup_rate_qualifier import city_under_elsewhere, named_places

__all__ = ["place_asked", "purpose_of_trip_elsewhere"]

# The English words of asking the previous question again for a place: who goes, why,
# and the question's own frame. Any other word asks something of its own.
_EN_FRAME = frozenset(
    {
        "and", "so", "ok", "okay", "then", "but", "what", "about", "how", "if", "for", "in",
        "to", "at", "the", "a", "an", "is", "it", "its", "it's", "was", "were", "i", "im",
        "i'm", "we", "go", "goes", "going", "went", "travel", "travelling", "traveling",
        "trip", "conference", "meeting", "workshop", "seminar", "event", "business", "work",
        "there", "instead", "held", "same", "question", "one", "cap", "limit", "much", "max",
        "rate", "hotel", "night", "nights", "per", "whats", "what's", "do", "does", "they",
        "pay", "get", "stay", "staying", "city", "please", "like",
    }
)  # fmt: skip
# Korean: the place with its particle, then the question again ("가면 얼마까지?",
# "출장이면요?", "에서 회의 있으면요?"); each word is one of these frames.
_KO_FRAME = re.compile(
    r"(?:그럼|그러면|만약|만약에|근데|혹시|그리고|저는|이번엔|이번에는|다음엔|다음에는"
    r"|출장|출장은|출장이면요?|출장이라면요?|출장\s*가면요?|출장가면요?|출장가는데요?|출장이요"
    r"|회의|학회|행사|교육|세미나|컨퍼런스|워크숍|있으면요?|이면요?|라면요?|면요?|요"
    r"|가면요?|가도|가는데요?|가서|가요|갈\s*때는?요?|갈때는?요?|간다면요?|가게\s*되면요?|가게|되면요?"
    r"|얼마까지요?|얼마까지[가-힣]*|얼마[가-힣]*|호텔|호텔비는?|숙박비는?|숙박은|하룻밤에?|1박에?"
    r"|돼요|되나요|되요|나와요?|나오나요|받아요|받나요|같은\s*질문)[?？.!~]*"
)
# The particle after the place: "제주도 가면", "부산은요?", "대구에서", "광주로", "울산이면요?".
_KO_PARTICLE = r"(?:은|는|도|에|에서|으로|로|이면|면|이라면|라면|이요|요|의|이|가)?(?:요)?"


def place_asked(text: str) -> str | None:
    """The one place a follow-up names when all else it says asks the question again."""
    places = named_places(text)
    if len({canonical for _, canonical in places}) != 1:
        return None
    written = places[0][0]
    rest = text.replace(written, " ", 1)
    if re.search("[가-힣]", written):
        rest = re.sub(rf"^\s*{_KO_PARTICLE}(?=\s|$|[?？.!~])", " ", text.split(written, 1)[1])
        rest = f"{text.split(written, 1)[0]} {rest}"
        words = [w for w in rest.split() if w.strip("?？.!~")]
        if any(_KO_FRAME.fullmatch(w) is None for w in words):
            return None
        return written
    english = [w for w in re.findall(r"[a-z']+", rest.lower())]
    if re.search("[가-힣]", rest) or any(w not in _EN_FRAME for w in english):
        return None
    return written


# Why one travels to the place ("what if the conference is in daegu", "대전에서 학회 있으면요?"):
# the trip's purpose, not a condition of the place's rule.
_TRIP_PURPOSE = frozenset(
    {
        "conference", "meeting", "workshop", "seminar", "event", "trip", "training",
        "회의", "학회", "행사", "교육", "세미나", "컨퍼런스", "워크숍", "출장",
    }
)  # fmt: skip


def purpose_of_trip_elsewhere(word: str, sentence: str, condition: str) -> bool:
    """Whether ``word`` is the purpose of a trip to a place ``sentence`` covers by "elsewhere".

    For the condition screen (graphs.condition_cover_56c.covered_word): "conference" in
    "what if the conference is in daegu" is why one goes, and the hotel rule for everywhere
    but Seoul states Daegu's rate; any other word, or a place the sentence lists, is not.
    """
    if word.lower() not in _TRIP_PURPOSE:
        return False
    place = place_asked(condition)
    return place is not None and city_under_elsewhere(place, sentence)
