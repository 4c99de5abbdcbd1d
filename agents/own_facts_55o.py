"""A question about the organisation itself that its documents do not answer: never a model's.

When the documents hold no answer, a model may still answer from general knowledge under
a notice ("What follows is the model's general knowledge, not theirs"). That helps for
"what is ibuprofen" but not for a fact of the organisation whose documents these are:
"is there wifi in the waiting room?", "do you take bitcoin?", "간호사 선생님은 몇 명이에요?"
were answered "No, there is no Wi-Fi in the waiting room" — an invented fact under a notice
no reader weighs against a plain yes or no. General knowledge cannot hold one clinic's
amenities, staff, payment methods or house rules, so such a step ends at the honest
decline instead (issue 11: never a guess presented as the place's answer).

The question's FORM says whom it asks about: the organisation addressed as "you/your", a
place pointed at ("here", "nearby", "in the waiting room", "여기", "대기실에"), the kind of
organisation named with "the" ("the clinic", "the company"), its staff counted or named
("의사 선생님 몇 명", "who is the head nurse"), or a visitor's leave asked ("can I bring my
dog", "데려가도 돼요"). The organisation-rule words of :mod:`tools.rag.organisation_rules`
count too. A puzzle or a word problem in those words stays a model's (it computes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.document_messages import GENERAL_KNOWLEDGE_REASON, not_covered_message
from agents.documents import DocPlan
from agents.own_facts_bare_56o import asks_bare_amenity
from agents.own_history_59t import asks_own_history
from agents.own_policy_asks_56o import asks_own_policy
from agents.own_services_56w import (
    asks_own_price,
    asks_own_service,
    asks_staff_act,
    follows_own_rule,
)
from core.text import detect_language
from tools.rag.organisation_rules import asks_about_organisation_rule
from tools.rag.question import analyze_question
from tools.rag.synthesis import asks_for_worked_solution, asks_to_compose, states_its_own_figures
from tools.word_problem_counted_53b import counts_what_it_asks

__all__ = ["asks_own_fact", "own_fact_not_in_documents"]

OWN_FACT_REASON = (
    "documents: asks a fact of the organisation itself, which general knowledge cannot "
    "hold; none of its documents answers it, so no model guesses one"
)
_EVERY_DOCUMENT = ("every document of this workspace", "이 작업 공간의 모든 문서")

# What a user asks the assistant itself to do ("can you explain …", "do you know …"):
# that "you" is the assistant, not the organisation.
_ASSISTANT_VERBS = (
    r"know|think|explain|tell|help|recommend|suggest|give|write|translate|calculate|"
    r"compute|summari[sz]e|mean|remember|understand|list|describe|show|compare|make|create|"
    r"say|answer|draft|check|convert|solve|work|figure|guess|believe|agree|like|prefer|want|"
    r"need|see|read|find|look|elaborate|clarify|rephrase|repeat|continue|expand|simplify|"
    r"define|outline|proofread|edit|generate|teach|walk|go|do|have\s+(?:any\s+)?(?:tips?|"
    r"advice|ideas?|suggestions?|recommendations?|thoughts?|examples?)"
)
_EN_OWN = re.compile(
    # The organisation addressed: "do you take bitcoin", "are you open on Sundays".
    # ("how do you measure 4 litres" is anyone's "you"; "do you just accept" a habit.)
    r"(?<!how\s)\b(?:do|does|can|could|will|would|did)\s+(?:you|u|y'?all)\s+(?:guys\s+)?"
    rf"(?!(?:{_ASSISTANT_VERBS}|just|really|ever|mean)\b)[a-z]+|"
    r"\b(?:are|were)\s+(?:you|u)\s+(?:open|closed|located|accepting|hiring|taking|"
    r"wheelchair|accessible)\b|"
    r"\byour\s+(?!(?:name|opinion|answer|view|views|favou?rite|thoughts|advice|guess|"
    r"take|knowledge|training|model|source|sources)\b)[a-z]+|"
    # A place pointed at: "is there wifi here", "a café nearby", "in the waiting room".
    # ("Marcus here" introduces the asker: "here" counts in a question of what is there.)
    r"\b(?:is|are)\s+there\b[^.?!]*\b(?:here|nearby|on[- ]site|close by)\b|"
    r"\b(?:can|may|could)\s+(?:i|we)\b[^.?!]*\bhere\b|"
    r"\b(?:on[- ]site|on the premises|near you)\b|"
    r"\b(?:in|at|inside|near|outside|around)\s+the\s+(?:waiting\s+room|building|lobby|"
    r"reception|front\s+desk|clinic|hospital|pharmacy|office|practice|premises|centre|"
    r"center|shop|store|venue|gym|studio|restaurant|hotel)\b|"
    # The kind of organisation with "the": "does the clinic have a pharmacy inside".
    r"\b(?:what|whats|what's|when|where|who|which|how|does|do|is|are|can|will|would|did|"
    r"has)\b[^.?!]{0,40}\bthe\s+(?:clinic|hospital|practice|company|office|firm|pharmacy|"
    r"shop|store|venue|gym|studio)\b|"
    # Its staff, counted or named: "how many doctors work there", "who is the head nurse".
    r"\bhow\s+many\s+(?:doctors|nurses|staff|employees|pharmacists|physicians|dentists)\b|"
    r"\bwho\s+(?:is|are)\s+(?:the|your)\s+\w*\s*(?:doctor|nurse|director|manager|owner|"
    r"pharmacist|physician|dentist|boss|ceo|staff)\b|"
    # The organisation as "they", asked what it takes or offers: "do they take bitcoin".
    r"\b(?:do|does|will|would|can)\s+they\s+(?:take|accept|offer|sell|open|close|allow|"
    r"deliver|bill|validate|charge|provide)\b|"
    # A house rule or an amenity asked on its own: "are dogs allowed?", "is wifi available?"
    # (not "is alcohol allowed with antibiotics": a condition makes it anyone's question).
    r"^\W*(?:is|are)\s+(?:\w+\s+){1,3}(?:allowed|permitted|available)\s*"
    r"(?:here|inside|for\s+(?:patients|visitors|customers|guests))?\s*[?.!]*\s*$|"
    # A visitor's leave: "can I bring my dog", "may we bring food".
    r"\b(?:can|may|could)\s+(?:i|we)\s+(?:bring|take\s+my|park|smoke|eat|drink)\b",
    re.IGNORECASE,
)
# A thing of the place asked with nothing pointing at it (set 50: "대기실 와이파이 비번 뭐야"
# was declined, then a model's wifi password followed): a room of the place named bare
# before a thing of it ("대기실 와이파이", "진료실 몇 층"), or the place's own wifi login
# asked for ("whats the wifi password"; "how do i change my wifi password" is anyone's).
_PLACE_THING = re.compile(
    r"(?:대기실|로비|진료실|접수처|수납처)(?:의)?\s+[가-힣A-Za-z]+"
    r"|(?:\bwhat(?:'s|s|\s+is)?\s+(?:the|your|ur)\s+(?:[a-z]+\s+){0,2}|^\W*)"
    r"wi-?fi\s+(?:password|pass|pw|code|login)\b",
    re.IGNORECASE,
)
_GENERIC_YOU = re.compile(
    r"\bhow\s+(?:do|does|can|could|will|would|should)\s+(?:you|u)\b", re.IGNORECASE
)
_KO_OWN = re.compile(
    # A place of the organisation pointed at: "대기실에 와이파이 있어요?", "근처에 카페 있어요?".
    # (Not "거기로 보내면" nor "거기 나온 …": a direction, a scene of a show.)
    r"(?:(?:여기|거기|이곳|그곳)(?!로|\s*나온|\s*나오)|이 병원|이 의원|이 약국|이 회사|"
    r"저희 (?:병원|회사|약국)|귀사|접수처|안내\s*데스크|"
    r"(?:대기실|로비|건물|병원|약국|회사)\s*(?:안|내)?에(?:는)?\s*(?:\S+\s*){0,2}(?:있|없)|"
    r"(?:근처|주변)에\s*(?:\S+\s*){1,2}(?:있|없))|"
    # The organisation as the place of a service or a thing: "병원에서 비타민 주사 놔줘요?",
    # "병원에 엑스레이 있어요?" (not "병원에 가야 돼요?": going there is the asker's act).
    r"(?:병원|의원|클리닉|약국|회사)(?:에서는|에서|에는|에도|에|은|는|도)\s*"
    r"(?!(?:가|갈|와|올|가야|가면|가서|가봐|가 봐|가도|가는|다녀|들러)\b)\S+|"
    # Its staff counted or named: "간호사 선생님은 몇 명이에요?", "원장님 성함이 뭐예요?".
    r"(?:의사|간호사|원장|약사|직원|의료진|선생님)\S*\s*(?:\S+\s*)?"
    r"(?:몇\s*명|몇\s*분|성함|이름|누구)|"
    # A visitor's leave: "반려견 데려가도 돼요?", "음식 가져와도 되나요?".
    r"(?:데려가|데려와|데리고\s*(?:가|와)|가져가|가져와|들고\s*(?:가|와))(?:도|면)"
)


def asks_own_fact(question: str) -> bool:
    """Whether a question asks a fact of the organisation whose documents these are.

    Args:
        question: The step's question.

    Returns:
        True for "do you take bitcoin?", "Is there wifi in the waiting room?", "are dogs allowed?",
        "반려견 데려가도 돼요?", "간호사 선생님은 몇 명이에요?"; False for "what is
        ibuprofen?", "how does a flu shot work?", "감기 걸리면 병원에 가야 돼요?".
    """
    # "how do you treat a sprained ankle" asks how anyone does it: no "do you treat" put to
    # the organisation (tools.rag.organisation_rules reads that one).
    if asks_about_organisation_rule(_GENERIC_YOU.sub("how does one", question)):
        return True
    own = _EN_OWN.search(question) or _KO_OWN.search(question) or _PLACE_THING.search(question)
    if own or asks_bare_amenity(question) or asks_own_policy(question):  # owndocs56
        return True
    if asks_own_history(question):  # turns51: "한빛의료재단 언제 세워졌어요"
        return True
    return asks_own_price(question) or asks_own_service(question)  # ownwrongs56


def own_fact_not_in_documents(
    doc: DocPlan | None, text: str, earlier: Sequence[str] = ()
) -> DocPlan | None:
    """``doc``, or "not in the documents" when a model would answer an own-fact question.

    Args:
        doc: The step's document plan (``None``: no document was searched).
        text: The step's question.
        earlier: The user's earlier questions in this thread, oldest first (a follow-up
            "and if I share the room?" after the organisation's own rule asks it too).

    Returns:
        ``doc`` unchanged unless it sends the step to a model under the general-knowledge
        notice and the question asks a fact of the organisation itself; then a
        "not_covered" plan whose answer says the documents do not cover it.
    """
    if doc is None or doc.kind != "generate" or GENERAL_KNOWLEDGE_REASON not in doc.reasons:
        return doc
    follows = bool(earlier) and follows_own_rule(text, earlier, asks_own_fact(earlier[-1]))
    if not (asks_own_fact(text) or follows):
        return doc
    # "3 apples … how many do you have", a puzzle to work out, a word problem with its own
    # figures: the model computes from the question, nothing of the organisation's.
    # ("can the doctor write my sick note" asks the doctor's act, not a text composed.)
    composes = asks_to_compose(text) and not asks_staff_act(text)
    if composes or asks_for_worked_solution(text) or counts_what_it_asks(text):
        return doc
    if states_its_own_figures(text):
        return doc
    missing = ", ".join(analyze_question(text).topic_terms[:5]) or text.strip()
    ko = detect_language(text) == "ko"
    return DocPlan(
        kind="not_covered",
        reasons=[*doc.reasons, OWN_FACT_REASON],
        answer=not_covered_message(text, missing, _EVERY_DOCUMENT[ko]),
    )
