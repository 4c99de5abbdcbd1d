"""Document steps: extractive answer (deterministic), grounded generation, or 'not covered'.

The decision is made from retrieval evidence before any model is considered: a confident
extractive answer to a lookup question needs no model; a question that needs synthesis
(compare, summarise, why…) goes to a model with the passages fenced as data; a question
the documents half-match but do not answer gets an honest "not in the documents"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field

from agents.document_evidence import topic_share, type_nowhere, wanted
from agents.document_messages import GENERAL_KNOWLEDGE_REASON, not_covered_message
from agents.documents_wording import question_as_documents_word_it
from agents.lookup_fragments import is_lookup_fragment
from agents.other_language_plan_57x import other_language_plan
from agents.unheld_terms import linked_verbs_held, unheld_predicates, unknown_terms
from core.privacy import scan
from core.text import detect_language, estimate_tokens
from tools.puzzle_forms_56e import asks_a_puzzle
from tools.rag.addressed_place_52x import own_place_answer
from tools.rag.answer_sentences import top_sentence
from tools.rag.asked_means import paid_thing_terms
from tools.rag.best_match_passed_54f import PASSED_BEST_MATCH, quotes_past_best_match
from tools.rag.cost_scenery_52d import cost_scenery_unknowns
from tools.rag.count_need_only import asks_only_a_count_is_needed
from tools.rag.dense_bridge import with_dense_translations
from tools.rag.dense_confirmed import dense_answer
from tools.rag.elsewhere import places_elsewhere_covers
from tools.rag.exception_rules import (
    consumables_an_exception_covers,
    exception_passages,
    exception_unstated,
)
from tools.rag.excused_terms import excused_terms as framing
from tools.rag.ing_compound_54h import passages_writing_ing_kinds
from tools.rag.lead_times_53w import only_lead_time
from tools.rag.models import Passage
from tools.rag.named_time_54c import time_named_but_unstated
from tools.rag.owned_passages import passages_of_owner
from tools.rag.paid_back_60e import (
    asks_paid_back,
    paid_back_cost_terms,
    paid_back_relation_terms,
    states_paid_back,
)
from tools.rag.partial_rows_53w import without_partial_rows
from tools.rag.pay_obligation_65x import obligation_unstated
from tools.rag.question import QuestionAnalysis, analyze_question
from tools.rag.relative_clause_59x import only_asked_relatives_clauses
from tools.rag.same_language_quote_53w import in_question_language
from tools.rag.scene_words import asked_kind_unstated, scene_terms, story_actions, story_terms
from tools.rag.size_thresholds_51d import sizes_a_threshold_states
from tools.rag.split_topics import passages_naming_every_topic
from tools.rag.story_clauses import relative_time_terms, word_mates
from tools.rag.story_question_54h import asks_after_story
from tools.rag.synthesis import asks_to_compose, needs_synthesis
from tools.rag.trailing_context import guess_on_one_word
from tools.rag.travel_setting_51d import trip_setting_unknowns
from tools.rag.unnamed_place import unnamed_place_reply
from tools.rag.visit_setting_57w import STAFF_RULES_AT_A_VISIT, passages_for_a_visit
from tools.rag.word_problem_60e import word_problem_off_documents

DocKind = Literal["extractive", "not_covered", "grounded", "generate"]

# Below this extractive confidence the documents are not about the question at all.
RELATED_CONFIDENCE = 0.3
# An extractive answer below this confidence is not shown as the documents' answer
# (calibrated on bench/docqa_devset.json: the one wrong answer scored 0.32, the
# lowest right one 0.50; see tests/tools/rag/test_docqa_devset.py).
ANSWER_CONFIDENCE = 0.4
# Passages naming at least this share of the question's topic terms are about it,
# even when no sentence holds the kind of answer asked for.
RELATED_TOPIC_SHARE = 0.6
# A synthesis question needs at least this much support before a model writes from it.
GROUNDED_CONFIDENCE = 0.25
_QUESTION = re.compile(
    # Typed without "?" ("whats the fee"): a wh-word, or an opening auxiliary, still asks.
    r"[?？]|\b(what|whats|when|where|which|who|how|is there|are there|can i|do you|does)\b|"
    r"^\s*(?:can|could|may|should|will|would|do|did|is|are|was|were)\s|"
    r"(나요|까요|습니까|는지|인가요|되나요|있나요|어디|언제|무엇|뭐|어떻게|몇)|"
    # ...and a chat question typed without "?", closing on selling (set 52's "병원 건물 주차
    # 월정기권 팔아요"): a statement of that form is not told to a clinic's assistant.
    r"(?:팔아요|팔아여|파나|팔아|팔어|판매해요)\s*[.~!]*\s*$|"
    # A lookup asked as a request: "전화번호 알려주세요", "tell me the manager's email".
    r"(알려\s*주|알려\s*줘|가르쳐\s*주|가르쳐\s*줘)|\btell me\b|"
    # After a story, a clause opened by an auxiliary and its subject ("…, do i get that back");
    # the asker's child or a chat "u" too ("my son is 15, can he book …", "…, do u still have it");
    # any auxiliary ("charger stopped after 2 minutes, am i billed for that", held-out set 53:
    # read as chat, the local model answered it with no document and invented "20 cents").
    r",\s*(?:do|does|did|can|could|will|would|should|is|are|am|was|were|have|has|may|must"
    r"|shall)\s+(?:i|we|you|u|he|she|they|it)\b|"
    # ...typed without the comma after an if-clause: "if i cancel 2 days before do i get …".
    r"\bif\b[^?]*\s(?:do|does|did|can|could|will|would|should)\s+(?:i|we|you|they)\b|"
    # ...or a tag asking leave for the story told: "my kid wants to come alone, is that ok".
    r"\bis\s+(?:that|this|it)\s+(?:ok|okay|alright|allowed|fine|possible)\b|"
    # Chat endings that ask with no "?": "빈속에 먹어도 되나", "주차 되냐", "환불 될까";
    # asking leave, "빈속에 먹어도돼" (docopens55).
    r"(?:되나|되냐|있나|있냐|없나|없냐|될까|할까|인가|건가|나여|냐|도\s?돼요?)\s*[~.!ㅠㅜ]*\s*$",
    re.IGNORECASE,
)
# "독감 예방접종 가격 얼마에요", "담당자 누구예요": chat asks with "얼마"/"누구" and no "?".
# Only for the general-knowledge note below (the "not covered" decision keeps _QUESTION).
_KO_ASKS_WITHOUT_MARK = re.compile(r"얼마|누구")
# English asks typed without "?" that _QUESTION does not read (blind56m: the local model
# answered "im 8 months pregnant, is ibuprofen ok" and "anything special i should wear for
# the checkup" with no note that the documents gave no answer): a clause closing on "is
# <thing> ok/safe/allowed", or "anything … i should/need to …". Only for the note.
_EN_ASKS_WITHOUT_MARK = re.compile(
    r"\b(?:is|are)\s+(?:[a-z'-]+\s+){1,3}?(?:ok|okay|alright|allowed|fine|safe|possible)"
    r"\s*[.!~]*\s*$"
    r"|^\s*(?:anything|any)\b[^.!?]*\b(?:i|we|u)\s+(?:should|need\s+to|have\s+to|must"
    r"|ought\s+to)\b",
    re.IGNORECASE,
)
#: Switch for tests (tests/tools/rag/test_blind56m_findings.py).
USE_EN_ASKS_WITHOUT_MARK = True
_PASSAGES_FOR_MODEL = 4


class DocPlan(BaseModel):
    """What the documents say about one step, and which kind of step that makes it."""

    kind: DocKind
    reasons: list[str] = Field(default_factory=list)
    answer: str = ""
    citations: list[dict[str, Any]] = Field(default_factory=list)
    passages: list[dict[str, Any]] = Field(default_factory=list)
    pii_types: list[str] = Field(default_factory=list)
    prompt_tokens: int = 0
    # For a grounded step: the extractive answer to fall back on when no model may write.
    fallback_answer: str = ""
    fallback_citations: list[dict[str, Any]] = Field(default_factory=list)
    # For a grounded step the documents do not answer outright: the honest
    # "not in the documents" reply when no model may read them.
    decline_answer: str = ""
    # Not covered, and none of its topic terms is the documents' (a puzzle matching a word).
    off_subject: bool = False

    @property
    def handler_name(self) -> str | None:
        """The deterministic handler name when no model is needed."""
        if self.kind == "extractive":
            return "extractive answer from documents"
        if self.kind == "not_covered":
            return "documents do not cover this"
        return None


def _searched(passages: list[Any]) -> str:
    return ", ".join(dict.fromkeys(p.label for p in passages[:3]))


def _owned_naming_every_topic(
    topics: Sequence[str],
    owned: list[Passage],
    retrieved: list[Passage],
    mentions: Callable[[Passage, str], bool],
) -> list[Passage]:
    """The owner's passages whose document names every topic any retrieved document names.

    Which topics are asked is read from everything retrieved, not the owner's passages
    alone: "bank holiday opening hours for the workshop?" — the clinic's page names
    holidays, the workshop's never does, so its hours are no answer for a model to read
    (blind set 37, end to end: the local model wrote bank-holiday hours).
    """
    kept = passages_naming_every_topic(topics, retrieved, mentions)
    return [p for p in owned if p in kept]


def _scene_unknowns(
    asked: QuestionAnalysis, text: str, unknown: list[str], linked: list[str]
) -> list[str]:
    """Unknown terms that only set the scene (see :mod:`tools.rag.scene_words`).

    Excused only in a question, and only while a topic the collection does hold remains: a
    question whose every topic is unknown or scenery names nothing the documents could
    answer about (unless a verb of it is linked to a held word: ``linked``), and a request
    that asks nothing ("make it shorter") is no lookup at all.
    """
    if not _QUESTION.search(text):
        return []
    scenery = scene_terms(text)
    story = story_terms(text)
    held = [t for t in asked.topic_terms if t not in unknown and t not in scenery]
    mates = word_mates(text, held)  # 전기 of 전기요금 says which 요금: no story word
    scene = [t for t in unknown if t in scenery or (t in story and t not in mates)]
    anchors = [t for t in [*held, *linked] if t not in story]
    if not anchors and detect_language(text) == "ko":
        # A Korean story is scenery only before a clause on something the documents hold
        # ("기름 꽉 채워서 가져다 드려야 돼요?": the -어서 clause is the asked act's own step).
        scene = [t for t in scene if t in scenery]
    return scene if held or linked else []


@with_dense_translations
def plan_document_step(docs: Any, text: str, *, collection: str, pinned: bool) -> DocPlan:
    """Search the workspace's documents and classify the step.

    Args:
        docs: the document store (``search``, ``extractive_answer``, ``unknown_terms``).
        text: the step text.
        collection: the workspace collection; other workspaces are never searched.
        pinned: a replay pinned this step to a model tier, so skip the extractive track.

    Returns:
        ``extractive`` (a cited sentence answers it), ``grounded`` (a model writes
        from fenced passages; ``decline_answer`` says "not in the documents" when no
        model may), ``not_covered`` (the documents never mention what is asked) or
        ``generate`` (not a question about these documents).
    """
    if puzzle := asks_a_puzzle(text):  # "next number: 2, 6, 12, ?": a model's to work out
        return DocPlan(kind="generate", reasons=[f"documents: {puzzle} is a puzzle, no topic"])
    text = question_as_documents_word_it(docs, text, collection)
    asked = analyze_question(text)
    if not asked.terms:
        # "그럼 4명이면?": nothing a document could be about; never quote one for it.
        return DocPlan(kind="generate", reasons=["documents: the step names no content term"])
    if asks_only_a_count_is_needed(text):
        # "세 줄 더 필요하대": a count and 필요, what is counted said earlier: no thing named.
        return DocPlan(kind="generate", reasons=["documents: the step names only a count needed"])
    # Searched once: the other-language path below weighs the same passages.
    passages = docs.search(text, collection=collection, k=_PASSAGES_FOR_MODEL)
    # "parking ... when i visit the clinic": no staff expense rule (tools.rag.visit_setting_57w).
    passages, staff_rules = passages_for_a_visit(text, passages)
    plan = _plan_from_passages(docs, text, asked, passages, collection=collection, pinned=pinned)
    plan.answer = only_asked_relatives_clauses(text, plan.answer)  # a grandma's clause (_59x)
    if staff_rules and plan.kind in ("grounded", "generate"):
        # ...and no model guesses it from the clinic's other lines: its page says, or none.
        return _unanswered(text, asked, passages or staff_rules, [STAFF_RULES_AT_A_VISIT])
    if plan.kind == "extractive" or pinned:
        return plan
    # The lexical path found no sentence that answers; the answer may sit in a passage
    # in the other language, worded as no word list foresaw (see tools.rag.crosslingual_dense).
    if needs_synthesis(text)[0]:
        return plan
    found = dense_answer(docs, text, collection, asked, passages)
    if found is None:  # the other language's passages, ranked past ours (other_language_plan_57x)
        return other_language_plan(docs, text, asked, plan, collection, _plan_from_passages)
    crossed, why = found
    if asks_paid_back(text) and not states_paid_back(top_sentence(crossed)):
        return plan  # "covered by insurance": a free hour is no rule repaying it (paid_back_60e)
    if obligation_unstated(text, top_sentence(crossed)):
        return plan  # "do i still have to pay": a price rise is no payment (pay_obligation_65x)
    # "when do checkup results come back": the English page's sentence, not the Korean twin.
    crossed = in_question_language(docs, text, asked, crossed, passages)
    if time_named_but_unstated(text, crossed.text):  # "1시 반에 접수돼요?" (named_time_54c)
        return plan
    if quotes_past_best_match(text, crossed, passages):  # another place (best_match_passed_54f)
        return plan
    # ...and its answer too: a sample is not the "you" the question asks (addressed_place_52x).
    if own := own_place_answer(docs, text, asked, crossed, passages, collection):
        if own.answer is None:
            return DocPlan(
                kind="not_covered", reasons=[*plan.reasons[:1], own.reason], answer=own.reply
            )
        crossed = own.answer
    return DocPlan(
        kind="extractive",
        reasons=[*plan.reasons[:1], f"extractive: {why}; the lexical path: {plan.kind}"],
        answer=crossed.text,
        citations=[c.model_dump() for c in crossed.citations],
    )


def _plan_from_passages(
    docs: Any,
    text: str,
    asked: QuestionAnalysis,
    passages: list[Passage],
    *,
    collection: str,
    pinned: bool,
) -> DocPlan:
    if not passages:
        return DocPlan(kind="generate", reasons=["documents: nothing matched"])
    unknown = unknown_terms(docs, text, asked.topic_terms, collection)
    unheld = list(unknown)  # before any is excused as scenery (word_problem_60e)
    # Who is asking and around what (엄마, my husband, "exactly") is not what the
    # documents must hold: the rest of the question is weighed as if they were not there.
    # ...and a place the documents' rule for "elsewhere" covers (tools.rag.elsewhere).
    linked = linked_verbs_held(docs, text, asked, collection)
    scene = _scene_unknowns(asked, text, unknown, linked)
    scene += places_elsewhere_covers(text, unknown, passages)
    # ...and a "big" claim a rule sizes with "above 500,000 won" (tools.rag.size_thresholds_51d).
    scene += sizes_a_threshold_states(text, unknown, passages)
    # ...and where a work trip goes ("when I drive to a client": tools.rag.travel_setting_51d).
    scene += trip_setting_unknowns(text, unknown, passages)
    # ...and buying what is paid back, or a toll's road ("highway tolls": cost_scenery_52d).
    scene += cost_scenery_unknowns(text, unknown, passages)
    # ...and what is paid, asked "by card?" ("병원비 카드로 결제돼요?": asked_means).
    scene += paid_thing_terms(text, unknown)
    # ...and a drink an "anything except water" rule covers (tools.rag.exception_rules).
    excepted = consumables_an_exception_covers(text, unknown, passages)
    scene += excepted
    # 지난주, 다음 달: when the asker's story happens, never a topic, held or not; nor
    # what the asker did in it ("paid highway tolls, do i get that back").
    when = relative_time_terms(text) | story_actions(text) | framing(docs, text, asked, passages)
    relation = paid_back_relation_terms(text, asked.terms)  # "get paid back" (paid_back_60e)
    unknown = [t for t in unknown if t not in scene and t not in when and t not in relation]
    unheld_verbs = [
        v for v in unheld_predicates(docs, text, asked, collection) if v not in relation
    ]
    answered_from = exception_passages(excepted, passages)
    # "are parking fees covered": "fees" only says it costs; the rule repaying it answers.
    costs = paid_back_cost_terms(text, asked.terms)
    answer = docs.extractive_answer(text, answered_from, ignore=[*scene, *when, *costs, *relation])
    if (
        asked_kind_unstated(text, scene, top_sentence(answer))
        or (asks_paid_back(text) and not states_paid_back(top_sentence(answer)))
        # "do i still have to pay the rest": a sentence stating no payment (pay_obligation_65x)
        or obligation_unstated(text, top_sentence(answer))
        or exception_unstated(excepted, top_sentence(answer))
        or guess_on_one_word(text, asked, answer, passages)
    ):
        answer = answer.model_copy(update={"covered": False})
    # The same fact in the question's language, when a passage states it (same_language_quote_53w).
    answer = in_question_language(docs, text, asked, answer, answered_from)
    # "Blood pressure and weight | 10 minutes" for the blood test: another row (partial_rows_53w).
    answer = without_partial_rows(asked, answer, answered_from)
    if only_lead_time(text, asked, answer):  # "arrive 20 minutes before" (lead_times_53w)
        answer = answer.model_copy(update={"covered": False})
    if time_named_but_unstated(text, answer.text):  # "at 1:30?": no time quoted (named_time_54c)
        answer = answer.model_copy(update={"covered": False})
    synth, why = needs_synthesis(text)
    confidence = float(answer.confidence)
    found = f"documents: best match {passages[0].label} (confidence {confidence:.2f})"
    if quotes_past_best_match(text, answer, passages):  # another place (best_match_passed_54f)
        return _unanswered(text, asked, passages, [found, PASSED_BEST_MATCH])
    answered = answer.covered and confidence >= ANSWER_CONFIDENCE
    if answered and (which := unnamed_place_reply(docs, text, asked, answer, collection)):
        return DocPlan(kind="not_covered", reasons=[found, which[0]], answer=which[1])
    # "do you take cash": the user's own documents, not the bundled samples, are "you".
    if answered and (own := own_place_answer(docs, text, asked, answer, answered_from, collection)):
        if own.answer is None:
            return DocPlan(kind="not_covered", reasons=[found, own.reason], answer=own.reply)
        answer = own.answer
    if answered and not (synth or pinned or unknown or unheld_verbs):
        return DocPlan(
            kind="extractive",
            reasons=[found, f"extractive: {why}"],
            answer=answer.text,
            citations=[c.model_dump() for c in answer.citations],
        )
    # "my son is 5 can he have …": asked after a story, no comma (story_question_54h).
    is_question = bool(_QUESTION.search(text)) or asks_after_story(text)
    if scene and not unknown:
        # Scenery only lets a quoted sentence answer; with none, the question stays the
        # documents' to decline (never a model's to guess from passages about the rest).
        why = f"documents: no sentence answers it ({', '.join(scene)}: scenery)"
        return _unanswered(text, asked, passages, [found, why])
    known_share = 1 - len(unknown) / max(1, len(asked.topic_terms))
    if (
        (unknown or unheld_verbs)
        and is_question
        and (known_share > 0 or confidence >= RELATED_CONFIDENCE)
    ):
        if word_problem_off_documents(text, asked.topic_terms, unheld):
            # "5명이 서로 악수하면 총 몇번": its own figures, nothing of theirs (word_problem_60e).
            why = f"documents: a word problem naming nothing they hold ({', '.join(unheld[:3])})"
            return DocPlan(kind="generate", reasons=[found, why], off_subject=True)
        missing = ", ".join([*unknown, *unheld_verbs][:5])
        return DocPlan(
            kind="not_covered",
            reasons=[found, f"documents never mention: {missing}"],
            answer=not_covered_message(text, missing, _searched(passages)),
            off_subject=known_share == 0,
        )
    related = (
        answer.covered
        or confidence >= RELATED_CONFIDENCE
        or topic_share(asked, passages) >= RELATED_TOPIC_SHARE
    )
    if related and not (synth or pinned or answer.covered) and type_nowhere(asked, text, passages):
        # "혈액 검사 비용은 얼마인가요?" over passages that name no amount at all: a model
        # reading them could only invent one.
        why = f"documents: no retrieved passage states any {wanted(asked)}"
        return _unanswered(text, asked, passages, [found, why])
    if (
        # A comparison or summary spans passages: no one of them need answer it alone.
        (synth and (answer.covered or related) and confidence >= GROUNDED_CONFIDENCE)
        or pinned
        or (related and not unknown)
    ):
        # The documents are about this but no sentence states the answer outright:
        # a model reading the passages may still compose it (and must say so if not).
        reason = (
            f"generative: {why}"
            if synth
            else "generative: pinned by replay"
            if pinned
            else f"generative: related passages, but no sentence states the {wanted(asked)}"
        )
        # "parking at the museum": never the clinic's page for the model to read.
        held = lambda word: not docs.unknown_terms(text, collection, terms=[word])  # noqa: E731
        owned = passages_of_owner(text, asked.topic_terms, passages, docs.document_mentions, held)
        if not owned:
            why = "documents: none of their documents names whose fact it asks"
            return _unanswered(text, asked, passages, [found, why])
        # "the pottery teachers" and the clinic's languages: never stitched (split_topics).
        passages = (
            owned
            if synth
            else _owned_naming_every_topic(
                asked.topic_terms, owned, passages, docs.document_mentions
            )
        )
        # "changing rooms": never a guide that writes no "chang…" (tools.rag.ing_compound_54h).
        passages = passages_writing_ing_kinds(text, passages, docs.document_mentions)
        if not passages:
            why = "documents: no document names everything it asks about"
            return _unanswered(text, asked, owned, [found, why])
        shown = [
            {"id": i, "source": p.source, "locator": p.locator, "text": p.text}
            for i, p in enumerate(passages, start=1)
        ]
        citations = [p.citation(i).model_dump() for i, p in enumerate(passages, start=1)]
        quotable = answered or (synth and answer.covered)
        if detect_language(text) == "ko":
            missing = f"질문한 {wanted(asked, 'ko')}" if asked.answer_type else "질문에 대한 답"
        else:
            missing = f"the {wanted(asked)} asked" if asked.answer_type else "an answer to this"
        return DocPlan(
            kind="grounded",
            reasons=[found, reason],
            citations=citations,
            passages=shown,
            pii_types=sorted({str(f.type) for p in passages for f in scan(p.text)}),
            prompt_tokens=sum(estimate_tokens(p.text) for p in passages),
            # A quote shown *as* a quote when no model may compose the answer asked for.
            fallback_answer=answer.text if quotable else "",
            fallback_citations=[c.model_dump() for c in answer.citations] if quotable else [],
            decline_answer=not_covered_message(text, missing, _searched(passages)),
        )
    if is_question and not unknown:
        # Every topic term of this question is a word the documents use, yet no passage
        # is about it: it asks for a fact of theirs that they do not state. A general
        # model could only invent one.
        topics = ", ".join(asked.topic_terms[:5])
        why = f"documents: none answers it, though they use {topics}"
        return _unanswered(text, asked, passages, [found, why])
    reasons = [f"documents: no confident match ({confidence:.2f})"]
    # ...and "gym hours on weekends" (agents.lookup_fragments).
    asks = is_question or asks_without_mark(text) or is_lookup_fragment(text)
    if asks and not asks_to_compose(text):
        # A question the search found nothing confident for: no signal tells a question
        # about a fact of theirs they never state (the director's name) from a general
        # one (who invented the printing press), so a model answers, and says first that
        # the documents gave no answer (general_knowledge_note): never taken for theirs.
        # Several lookups at once ("do they clean rugs? price?") are still lookups: only
        # a request to compose (compare, summarise, write) is no question for them.
        reasons.append(GENERAL_KNOWLEDGE_REASON)
    return DocPlan(kind="generate", reasons=reasons)


def asks_without_mark(text: str) -> bool:
    """Whether ``text`` asks with no "?" in a form only the general-knowledge note reads.

    Args:
        text: The step text.

    Returns:
        True for "독감 예방접종 가격 얼마에요" (얼마, 누구) and "is ibuprofen ok", "anything
        special i should wear for the checkup" (blind56m).
    """
    if _KO_ASKS_WITHOUT_MARK.search(text):
        return True
    return USE_EN_ASKS_WITHOUT_MARK and bool(_EN_ASKS_WITHOUT_MARK.search(text))


def _unanswered(
    text: str, asked: QuestionAnalysis, passages: list[Passage], reasons: list[str]
) -> DocPlan:
    """ "Not in the documents", naming the kind of answer asked and what was searched."""
    language = detect_language(text)
    # A yes/no question asks no kind of answer: "not in the documents: answer" would read
    # as if a word "answer" were missing.
    missing = (
        wanted(asked, language)
        if asked.answer_type
        else "질문에 대한 답"
        if language == "ko"
        else "an answer to this"
    )
    return DocPlan(
        kind="not_covered",
        reasons=reasons,
        answer=not_covered_message(text, missing, _searched(passages)),
    )
