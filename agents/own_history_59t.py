"""When the organisation itself was founded or opened is its own fact: never a model's.

Set 51's first run: "한빛의료재단 언제 세워졌어요" (when was the Hanbit Medical Foundation
set up) was declined, then the cloud model's text followed under the general-knowledge
notice. Nothing of agents.own_facts_55o read it: the organisation was named by its own
name glued to its kind (…재단), with no "이 병원", "you" or particle pointing at it. No
general knowledge holds one small foundation's or clinic's founding date, so a guess there
is an invented fact.

The form: a question of a one-time event in the past (tools.rag.event_times: a founding
verb, 언제 with a past predicate, "when was … founded"), asked WHEN or HOW LONG AGO (언제,
몇 년, 연도, 주년, "what year", "how old"), of an organisation named by its kind noun
(재단, 병원, 의원, 약국, 회사, 클리닉, 센터, 법인; foundation, clinic, hospital, pharmacy,
practice, company), alone or after its name. "재단 설립 절차가 어떻게 돼?" (how to set one
up) asks no date; "세종대왕 언제 태어났어?" names no organisation; both stay a model's.
"""

from __future__ import annotations

import re

from tools.rag.event_times import asks_one_time_event

__all__ = ["asks_own_history"]

# Off only to show what the rule changes (its tests switch it off).
use_own_history = True

# The kind noun, glued to a name ("한빛의료재단") or alone, then a particle, a space or the end.
_KIND_KO = re.compile(
    r"(?:재단|병원|의원|약국|회사|클리닉|센터|법인)(?=$|[^가-힣]|(?:은|는|이|가|의|도|에서)(?![가-힣]))"
)
_KIND_EN = re.compile(
    r"\b(?:foundation|clinic|hospital|pharmacy|practice|company)\b", re.IGNORECASE
)
# The date or the age asked: "언제", "몇 년", "몇년도", "설립 연도", "몇 주년", "된 지".
_WHEN_KO = re.compile(r"언제|몇\s*년|연도|년도|주년|된\s*지|된지")
_WHEN_EN = re.compile(
    r"\bwhen\b|\bwhat year\b|\bin which year\b|\bhow long ago\b|\bsince when\b", re.IGNORECASE
)
# The organisation's own coming to be (not "회사 언제 그만뒀어", when the asker quit it).
_FOUNDED_KO = re.compile(
    r"세워|세운|설립|창립|창업|개원|개업|개관|개점|준공|생겼|생긴|열었|문\s*연|오픈|지어졌|"
    r"만들어졌|시작(?:했|된|됐)|(?:언제부터|부터)\s*있었"
)
_FOUNDED_EN = re.compile(
    r"\b(?:found(?:ed)?|establish(?:ed)?|open(?:ed)?|start(?:ed)?|set up|buil[td]|creat(?:e|ed)|"
    r"launch(?:ed)?|begin|began)\b",
    re.IGNORECASE,
)
# The time since it came to be: "문 연 지 몇 년 됐어요", "생긴 지 얼마나 됐어".
_SINCE_KO = re.compile(r"(?:생긴|세운|세워진|연|설립된|개원한|생겨난)\s*지\s*(?:몇|얼마)")
# "how old is the clinic": its age, a date by another name.
_HOW_OLD_EN = re.compile(
    r"\bhow old is (?:the|your|ur)\b[^?.!]{0,40}\b(?:foundation|clinic|hospital|pharmacy|"
    r"practice|company)\b",
    re.IGNORECASE,
)


def asks_own_history(question: str) -> bool:
    """Whether a question asks when the organisation (named by its kind) was founded or opened.

    Args:
        question: The step's question.

    Returns:
        True for "한빛의료재단 언제 세워졌어요", "그 재단 설립된지 몇년 됐어?", "what year was
        hanbit clinic opened", "how old is the hanbit foundation"; False for "재단 설립
        절차가 어떻게 돼?", "세종대왕 언제 태어났어?", "병원 몇시에 열어?", "회사 언제 그만뒀어?".
    """
    if not use_own_history:
        return False
    if _HOW_OLD_EN.search(question):
        return True
    if not (asks_one_time_event(question) or _SINCE_KO.search(question)):
        return False
    if question.isascii():
        kind, when, founded = _KIND_EN, _WHEN_EN, _FOUNDED_EN
    else:
        kind, when, founded = _KIND_KO, _WHEN_KO, _FOUNDED_KO
    return all(p.search(question) for p in (kind, when, founded))
