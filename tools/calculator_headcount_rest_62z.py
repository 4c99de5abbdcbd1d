"""The others of a group asked, when a percent of it is said to be away: never the away part.

"반 학생 30명 중 20%가 결석하면 몇 명 왔어" was answered 6 (the coordinator's probe, round
62): the calculator read "20% of 30", which is the absent students, while the question asks
who came (24). Likewise "직원 50명 중 10%가 휴가면 출근한 사람은 몇명" (5 for 45) and "of 40
guests 25% didn't show up, how many came" (10 for 30). When a count of people is stated, the
reading is exactly a percent of it, the percent's own clause says those people are away
(결석, 빠지면, 휴가, didn't show up, absent) and the question asks about the others (왔어,
출근한, 남는, came, showed up, the rest) without naming the away ones again, the others are
read instead: ``T * (100 - P) / 100``. "20%가 참석하면 몇 명 왔어" (the percent are the ones
who came) and "결석한 학생은 몇 명" (the away ones asked) keep the share.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator_balance_after_deposit import SHARE_OF_AMOUNT

__all__ = ["others_of_a_headcount", "refuse_other_group_asked"]

# A count of people stated, and a count of people asked.
_HEADCOUNT_SAID = LazyPattern(
    r"\d\s*(?:명|사람|people|persons|friends|guests|kids|children|adults|students|"
    r"employees|staff|members|players|workers)\b",
    re.IGNORECASE,
)
_HEADCOUNT_ASKED = LazyPattern(
    r"몇\s*(?:명|사람)|\bhow\s+many\b",
    re.IGNORECASE,
)
# Where the percent's own clause ends: a Korean condition/linking ending, a comma or a
# sentence mark, or an English joiner.
_CLAUSE_END = LazyPattern(
    r"(?:면|니까|는데|인데|고)(?=\s|$)|[,.?!]|\b(?:and|so|then)\b", re.IGNORECASE
)
# Being away: absent, off, not coming, cancelled.
_AWAY = LazyPattern(
    r"결석|불참|결근|빠지|빠졌|빠진|빠져|안\s*(?:왔|오|나왔|나오|와)|못\s*(?:왔|오|와)|휴가|병가|"
    r"취소|노쇼|\bdid(?:n'?t|\s+not)\s+(?:show|come|turn)|\bno-?shows?\b|\babsent\b|\bmissed\b|"
    r"\bskipped\b|\bdropped\s+out\b|\bcancel+ed\b|\bout\s+sick\b|\bcould(?:n'?t|\s+not)\s+come\b|"
    r"\bleft\s+early\b|\bwent\s+home\b|일찍\s*(?:갔|가|집에)",
    re.IGNORECASE,
)
# Being there, or the rest of them.
_PRESENT_ASKED = LazyPattern(
    r"왔|온\s|출근|출석|참석|남는|남은|나머지|\bcame\b|\bcome\b|\bshowed\s+up\b|\bshow\s+up\b|"
    r"\battended\b|\bpresent\b|\bremain|\bthe\s+rest\b|\bothers\b|\bleft\b|\bcoming\b|"
    r"\bstay(?:ed|ing)?\b|\bturned\s+up\b",
    re.IGNORECASE,
)
_PERCENT = LazyPattern(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)

#: Off only in this rule's switch-off test.
USE_OTHERS_OF_A_HEADCOUNT = True


def others_of_a_headcount(question: str, source: str) -> str | None:
    """``"30 * (100 - 20) / 100"`` when the others of a group are asked and ``source`` is
    the away part, or ``None``.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.
    """
    read = SHARE_OF_AMOUNT.match(source)
    if not USE_OTHERS_OF_A_HEADCOUNT or read is None:
        return None
    if not (_HEADCOUNT_SAID.search(question) and _HEADCOUNT_ASKED.search(question)):
        return None
    percents = [m for m in _PERCENT.finditer(question) if float(m["p"]) == float(read["p"])]
    if len(percents) != 1:
        return None
    rest = question[percents[0].end() :]
    end = _CLAUSE_END.search(rest)
    if end is None:
        return None
    clause, asked = rest[: end.start()], rest[end.end() :]
    if not _AWAY.search(clause) or _AWAY.search(asked) or not _PRESENT_ASKED.search(asked):
        return None
    return f"{read['t']} * (100 - {read['p']}) / 100"


# --- The asked group against the group the percent names (calc63) -----------------------
# "of 40 guests 25% came late, how many came" was answered 10: the percent names those who
# came late, the question asks who came (all 40, or it is unclear), never the late ones.
# Likewise "of 200 students 30% failed, how many passed", "of 500 emails 12% bounced, how
# many were sent", "out of 80 people 15% left early, how many left". When one percent of a
# stated count is read as its share and a count is asked, the asked words must name the
# percent's group again ("how many came late", "늦게 온 사람은 몇 명"), name nothing ("how
# many is that", "몇 명이야"), or ask the others of an away part (the rule above); a
# predicate the percent's clause only partly holds, another predicate, or the whole group
# ("how many were there") is a group the share does not count, and the reading declines.
_COUNT_ASKED = LazyPattern(r"몇\s*(?:명|사람|개|건|통|장|마리|곳|대)|\bhow\s+many\b", re.IGNORECASE)
_WHOLE_ASKED = LazyPattern(
    r"\b(?:there|total|in\s+all|altogether|overall|all\s+together|invited)\b|전체|총|모두|다\s*합",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[a-z']+|[가-힣]+", re.IGNORECASE)
# Words that name no predicate of their own: fillers, pointers, the verb "to be", people.
_NO_PREDICATE = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "them",
        "those",
        "these",
        "that",
        "this",
        "it",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "will",
        "would",
        "could",
        "can",
        "so",
        "then",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "my",
        "our",
        "your",
        "their",
        "we",
        "they",
        "you",
        "i",
        "people",
        "person",
        "persons",
        "guests",
        "guest",
        "students",
        "student",
        "kids",
        "kids",
        "children",
        "adults",
        "members",
        "employees",
        "staff",
        "workers",
        "players",
        "friends",
        "folks",
        "ones",
        "up",
        "out",
        "total",
        "is's",
        "thats",
        "whats",
        "what's",
        "would've",
        "many",
        "much",
        "how",
        "number",
        "count",
        "exactly",
        "about",
        "roughly",
        "approx",
        "approximately",
        "몇",
        "명",
        "사람",
        "개",
        "건",
        "명이야",
        "명이",
        "명은",
        "명인",
        "명이지",
        "명이냐",
        "명",
        "정도",
        "이야",
        "야",
        "돼",
        "되",
        "된",
        "거",
        "것",
        "그럼",
        "그",
        "중",
        "중에",
        "그중",
        "인원",
        "인원은",
        "수",
        "수는",
        "일까",
        "인가",
        "이지",
        "지",
    ]
)
# One stem for the forms of a verb a question takes ("came"/"come"/"coming", "왔"/"온").
_SAME_STEM = {
    "came": "come",
    "comes": "come",
    "coming": "come",
    "showed": "show",
    "shown": "show",
    "shows": "show",
    "left": "leave",
    "leaves": "leave",
    "leaving": "leave",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "going": "go",
    "took": "take",
    "taken": "take",
    "takes": "take",
    "taking": "take",
    "got": "get",
    "gets": "get",
    "getting": "get",
    "sent": "send",
    "sends": "send",
    "bought": "buy",
    "ate": "eat",
    "eaten": "eat",
    "wore": "wear",
    "worn": "wear",
    "ran": "run",
    "sold": "sell",
    "drove": "drive",
    "왔": "오",
    "온": "오",
    "와": "오",
    "올": "오",
    "갔": "가",
    "간": "가",
    "갈": "가",
    "했": "하",
    "한": "하",
    "해": "하",
    "할": "하",
    "썼": "쓰",
    "쓴": "쓰",
    "써": "쓰",
    "쓸": "쓰",
    "됐": "되",
    "된": "되",
    "돼": "되",
    "봤": "보",
    "본": "보",
    "봐": "보",
}
# Being there said in other words ("참석하면 몇 명 왔어": those who attended are who came).
_PRESENT_WORDS = frozenset(
    [
        "come",
        "show",
        "attend",
        "attended",
        "attending",
        "attends",
        "present",
        "오",
        "참",
        "출",
        "turned",
        "turn",
    ]
)
# A word that says being there late or early ("지각" is coming late): its group is a part
# of those who came.
_PRESENT_WITH_QUALIFIER = {"지": ("오", "늦")}
_KO_PARTICLE = LazyPattern(r"(?:은|는|이|가|을|를|도|만|에|에서|으로|로)$")


def _stems(words: str) -> set[str]:
    """The content words of ``words``, each as one stem (Korean by its first syllable)."""
    stems: set[str] = set()
    for found in _WORD.finditer(words):
        word = found[0].lower()
        if word in _NO_PREDICATE:
            continue
        if re.match(r"[가-힣]", word):
            word = _KO_PARTICLE.sub("", word) if len(word) > 1 else word
            if not word or word in _NO_PREDICATE:
                continue
            first = _SAME_STEM.get(word[0], word[0])
            if first in _PRESENT_WITH_QUALIFIER and word.startswith("지각"):
                stems.update(_PRESENT_WITH_QUALIFIER[first])
                continue
            stems.add(first)
            continue
        word = _SAME_STEM.get(word, word)
        for ending in ("ing", "ed", "es", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        stems.add(word)
    return {"오" if s in _PRESENT_WORDS else s for s in stems}


# The share's whole said as a count: "of 40 guests", "out of 80", "학생 200명", "사과 50개".
_COUNT_AFTER = LazyPattern(
    r"\s*(?:명|개|건|통|장|마리|곳|대|people\b|persons\b|[a-z]+s\b)", re.IGNORECASE
)
_COUNT_BEFORE = LazyPattern(r"\b(?:of|out\s+of|among|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _counted(question: str, whole: str) -> bool:
    """Whether ``whole`` stands in ``question`` as a count of people or things."""
    for found in re.finditer(rf"(?<![\d.]){re.escape(whole)}(?![\d.])", question):
        if _COUNT_AFTER.match(question, found.end()) or _COUNT_BEFORE.search(
            question[: found.start()]
        ):
            return True
    return False


_PLACE_PHRASE = LazyPattern(r"\b(?:to|at|from|in|on|by|for|with|into|onto)\b.*$", re.I)
#: Off only in this rule's switch-off test.
USE_ASKED_GROUP = True


def refuse_other_group_asked(question: str, source: str) -> None:
    """Decline the share of a count when the question asks about another group.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.

    Raises:
        ToolInputError: ``source`` is one percent of a stated count and the asked count is
            not the percent's own group (see above).
    """
    read = SHARE_OF_AMOUNT.match(source)
    if not USE_ASKED_GROUP or read is None or not _COUNT_ASKED.search(question):
        return
    if not _counted(question, read["t"]):
        return  # "lunch was 60 and we left a 15% tip, how many people": money, not a count
    percents = [m for m in _PERCENT.finditer(question) if float(m["p"]) == float(read["p"])]
    if len(percents) != 1:
        return
    rest = question[percents[0].end() :]
    end = _CLAUSE_END.search(rest)
    asked_at = _COUNT_ASKED.search(rest)
    if end is None or asked_at is None or asked_at.start() < end.start():
        return  # the count asked inside the percent's own clause
    # (The percent's own particle, "25%가 늦게", is no word of the clause.)
    clause = re.sub(r"^\s*(?:가|이|는|은|를|을|의|만|도)(?=\s)", "", rest[: end.start()])
    # The asked words: what the clause after the percent's says around "how many"/"몇 명".
    asked = rest[end.end() :]
    # (What the clause's verb is done to or where, "drive to work", qualifies no group:
    # "how many drive" asks the same one; "came late", "work remotely" keep their word.)
    said = _stems(_PLACE_PHRASE.sub("", clause))
    wanted = _stems(asked)
    if not said:
        return  # "25% of 40, how many": no group named
    if said <= wanted:
        return  # the percent's group named again ("how many girls are there")
    if _WHOLE_ASKED.search(asked):
        raise ToolInputError(f"{question!r} asks the whole group, not the percent's share")
    if not wanted:
        return  # no group named ("how many is that")
    said_words = {w.lower() for w in _WORD.findall(clause)}
    asked_words = {w.lower() for w in _WORD.findall(asked)}
    others = _AWAY.search(clause) and _PRESENT_ASKED.search(asked) and not _AWAY.search(asked)
    if others and not said_words & asked_words:
        return  # the others of an away part (the rule above), not "left" of "left early"
    raise ToolInputError(f"{question!r} asks another group than the percent names")
