"""A document follow-up that names only a condition is searched with the thread's subject.

After "아세트아미노펜 한 번에 얼마나 먹어요?" was answered from the pharmacy guide, "몇 시간마다요?"
still asks about acetaminophen, but names nothing a document could be about; searched
alone it matched nothing (or another section) and was declined or sent to a model, while
the guide's own sentence states "4~6시간 간격". The same holds for "1년 넘으면요?" after the
first-year leave, "언제 들어와요?" after the unused-leave payout, "and in busan?" after the
Seoul hotel limit.

The rule, for a follow-up whose own plan quotes nothing: when the previous question was
answered from the documents, the follow-up is asked again with the previous question's
topic words in front ("아세트아미노펜 몇 시간마다요?"). That quote is taken only when

- it cites only sections the previous answer cited (the thread's subject, not another
  document or section that shares a carried word), and
- its lead sentence, and any sentence the previous answer already quoted, names what the
  follow-up adds to the previous question (a content word of its own, in any
  equivalent) or states the kind of thing it asks (a date for "언제 들어와요?"): a
  sentence that does neither answers the previous question again ("로라타딘 하루 한 번
  10mg" for "졸리진 않아요?") or another question of the same subject (the own-car rate
  for "what about a rental car?").

A follow-up that computes with the answer ("반으로 나누면?", "그 금액의 10%는?") or
picks one of several is not asked of the documents: it works on the answer, not on the
subject. Anything else keeps the turn's own plan. A loose follow-up, which no document
was searched for ("and for a hotel in seoul?" after the meal allowance), may also take
its own quote from another section of the thread's documents, under the second condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.documents import DocPlan
from agents.documents_thread_52t import (
    asked_in_previous_frame,
    converts_the_answer,
    elsewhere_covers_swapped_place,
    group_as_condition,
    quote_within_sections,
)
from graphs.amount_threshold_58c import (
    amount_asked,
    asks_where_size_starts,
    threshold_for_size,
    threshold_of_amount,
)
from graphs.beyond_cap_59d import days_over_cap_asked, rule_beyond_cap
from graphs.cited_rate_59d import asks_quantity_at_rate, worked_from_cited_rate
from graphs.document_thread_54w import screened_own_quote
from graphs.duration_threshold_59d import duration_asked, threshold_of_duration
from graphs.place_elsewhere_59d import rule_for_place_elsewhere
from graphs.pronoun_thread_document import points_back
from graphs.relative_carry_59y import carried_without_other_relatives
from graphs.same_for_relative_58c import (
    acts_for_the_asker,
    asks_same_for_relative,
    rule_for_relative_kind,
    rule_for_someone_acting,
)
from graphs.subjectless_follow_up import (
    quote_of_subjectless_follow_up,
    thread_before_elsewhere,
)
from tools.place_asked_59d import place_asked
from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.asked_relatives import names_relative_kind_asked, states_other_relatives
from tools.rag.crosslingual import equivalents
from tools.rag.negated_follow_up_53d import negated_sentences_only, negates_the_asked_act
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize
from tools.references import CHOICE_AMONG_RE, OPERATION_RES

__all__ = [
    "asked_with_question_word",
    "asked_with_thread_head",
    "asked_with_thread_subject",
    "asked_with_thread_terms",
    "thread_subject_plan",
    "with_thread_subject",
]

# Each quoted sentence ends with its citation marker ("... 간격으로 복용하며 ... [1]").
_MARKER = re.compile(r"\s*\[\d{1,3}\]\s*")
# A particle ending a Korean word ("이부프로펜은", "로라타딘을"), or English punctuation.
_PARTICLE = re.compile(r"(?<=[가-힣])(?:은|는|이|가|을|를|에서|에|의|도|만)$|[?!.,]+$")


def _quoted_sentences(plan: DocPlan) -> list[str]:
    return [s.strip() for s in _MARKER.split(plan.answer) if s.strip()]


def _sources(plan: DocPlan) -> set[str]:
    return {str(c.get("source", "")) for c in plan.citations}


def _sections(plan: DocPlan) -> set[tuple[str, str]]:
    return {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}


def _works_on_the_answer(text: str) -> bool:
    """Arithmetic on the previous answer or a pick among its items, not a new question."""
    return (
        # "and in dollars?" converts the answer; "and in busan?" asks the documents (52t).
        converts_the_answer(text)
        or CHOICE_AMONG_RE.search(text) is not None
        or any(pattern.search(text) for pattern in OPERATION_RES.values())
    )


def asked_with_thread_subject(text: str, previous_question: str) -> str | None:
    """The follow-up with the previous question's topic words in front, or ``None``.

    Args:
        text: The follow-up ("몇 시간마다요?").
        previous_question: The user's previous question ("아세트아미노펜 한 번에 얼마나 먹어요?").

    Returns:
        "아세트아미노펜 몇 시간마다요?"; ``None`` when the follow-up works on the answer or the
        previous question has no topic word the follow-up does not already name.
    """
    if _works_on_the_answer(text):
        return None
    own = set(tokenize(text))
    carried = [t for t in analyze_question(previous_question).topic_terms if t not in own]
    carried = carried_without_other_relatives(carried, text)  # 자식 -> 형 (relative_carry_59y)
    if not carried:
        return None
    return f"{' '.join(carried)} {text.strip()}"


def asked_with_thread_terms(text: str, previous_question: str) -> str | None:
    """The follow-up with every content word of the previous question in front, or ``None``.

    Its topic words are nouns only; "for how long?" after "do i need to fast before the
    checkup" asks how long one fasts, and "checkup for how long?" has lost the fasting.
    ``None`` when that adds nothing beyond ``asked_with_thread_subject``.
    """
    if _works_on_the_answer(text):
        return None
    own = set(tokenize(text))
    analysis = analyze_question(previous_question)
    carried = carried_without_other_relatives([t for t in analysis.terms if t not in own], text)
    if not carried or set(carried) <= set(analysis.topic_terms):
        return None
    return f"{' '.join(carried)} {text.strip()}"


# "for how long?", "until when?", "how many days max?": only the question word of a new
# question about the previous one's subject.
_QUESTION_WORD_ALONE = re.compile(
    r"\s*(?:(?:and|so|but|ok|okay)\s+)?(?:for\s+)?"
    r"(?P<wh>how\s+long|how\s+many(?:\s+[a-z]+)?|how\s+much|how\s+often|until\s+when"
    r"|till\s+when|by\s+when|when)"
    r"(?:\s+(?:max|maximum|at\s+most|exactly|then|though|tho))?\s*[?.!]*\s*",
    re.IGNORECASE,
)
# The previous question as a yes/no or "how do I" question, whose body a question word
# can lead: "do i need to fast before the checkup" -> "how long do i need to fast …".
_QUESTION_BODY = re.compile(
    r"\s*(?:how\s+(?=(?:do|does|can|should|must)\b))?"
    r"(?P<body>(?:do|does|did|can|could|should|must|will|would|may|is|are)\b.+?)[?.!]*\s*",
    re.IGNORECASE,
)


def asked_with_question_word(text: str, previous_question: str) -> str | None:
    """The previous question led by the follow-up's question word, or ``None``.

    "for how long?" after "do i need to fast before the checkup" is "how long do i need
    to fast before the checkup"; carrying its words in front ("fast checkup for how
    long?") loses how they go together, and the documents then match nothing.
    """
    asked = _QUESTION_WORD_ALONE.fullmatch(text)
    body = _QUESTION_BODY.fullmatch(previous_question)
    if asked is None or body is None:
        return None
    return f"{asked['wh']} {body['body']}?"


def _names_the_follow_up(sentence: str, text: str, previous_question: str) -> bool:
    """Whether a sentence names what the follow-up adds, or states the kind of thing it asks.

    What it adds are its content words the previous question did not hold, in any of their
    equivalents (tools.rag.crosslingual): "임산부는요?" is named by "임신 후기인 분은 복용하지
    마세요", while "what about a rental car?" is not by the own-car rate, whose "car" was the
    previous question's. "언제 들어와요?" after the unused-leave payout asks a date, which
    "1월 급여일" states. A follow-up pointing back with a pronoun ("그거 넘으면 어떻게 돼요?")
    may mean the previous answer's figure, not its subject: a sentence must name a topic
    word of its own, never just the kind asked.
    """
    if states_other_relatives(text, sentence):
        return False  # "외삼촌 상은?": "부모상은 5일, 조부모상은 3일" is other kinds' (turns51)
    held = set(tokenize(previous_question))
    asked = analyze_question(text)
    pointing = points_back(text)
    own = asked.topic_terms if pointing else asked.terms
    named = {e for term in own if term not in held for e in equivalents(term)}
    if named & set(tokenize(sentence)):
        return True
    if elsewhere_covers_swapped_place(sentence, text, previous_question):
        return True  # "and in busan?": "… in Seoul and 90,000 won elsewhere" (52t)
    if names_relative_kind_asked(text, sentence):
        return True  # "외할머니 돌아가셔도?": "조부모상은 3일" (tools.rag.asked_relatives)
    if negates_the_asked_act(sentence, text, previous_question):
        return True  # "못 넘긴 건요?": "이월하지 못한 연차는 …" (tools.rag.negated_follow_up_53d)
    if pointing:
        return False
    kind = answer_type(text)
    return kind is not None and has_answer_type(sentence, kind, question=text)


def asked_with_thread_head(text: str, previous_question: str) -> str | None:
    """The follow-up with the previous question's head word in front, or ``None``.

    The topic words of a question may be pieces of one word ("이부프로펜은" reads as 프로,
    펜) or carry the previous question's own condition (하루 of "로라타딘 하루에 몇 번
    먹어요?"); the word naming the subject, as written and without its particle, carries
    only the subject: "로라타딘 졸리진 않아요?".

    Args:
        text: The follow-up ("졸리진 않아요?").
        previous_question: The user's previous question ("로라타딘 하루에 몇 번 먹어요?").
    """
    if _works_on_the_answer(text):
        return None
    topics = analyze_question(previous_question).topic_terms
    if not topics:
        return None
    for word in previous_question.split():
        if topics[0] in word:
            head = _PARTICLE.sub("", word) or word
            if not carried_without_other_relatives([head], text):  # relative_carry_59y
                return None
            return None if head in text else f"{head} {text.strip()}"
    return None


def _thread_quote(
    asked: str,
    text: str,
    previous_question: str,
    previous: DocPlan,
    plan_of: Callable[[str], DocPlan],
    *,
    same_sections: bool,
) -> DocPlan | None:
    """The plan of ``asked`` when it quotes the thread's document with something new.

    With ``same_sections``, every quote must come from a section the previous answer
    quoted: a follow-up naming no subject asks about that subject, and "최대 몇일까지요?"
    after the yearly leave is not answered by the carry-over rule's "최대 5일".
    """
    retried = plan_of(asked)
    if retried.kind != "extractive" or not _sources(retried) <= _sources(previous):
        return None
    if same_sections and not _sections(retried) <= _sections(previous):
        # Led by the thread's section: its other sections' sentences come off (52t).
        kept = quote_within_sections(retried, _sections(previous))
        if kept is None:
            return None
        retried = kept
    # "못 넘긴 건요?": only the sentences negating its act (tools.rag.negated_follow_up_53d).
    if (negated := negated_sentences_only(retried.answer, text, previous_question)) is not None:
        retried = retried.model_copy(update={"answer": negated})
    # The lead sentence answers what the follow-up adds; a later one may add context, but
    # not the previous answer again.
    already = set(_quoted_sentences(previous))
    for order, sentence in enumerate(_quoted_sentences(retried)):
        if (order == 0 or sentence in already) and not _names_the_follow_up(
            sentence, text, previous_question
        ):
            return None
    return retried


def thread_subject_plan(
    text: str,
    previous_question: str,
    plan_of: Callable[[str], DocPlan],
    *,
    own_question_too: bool = False,
) -> DocPlan | None:
    """The quote of the follow-up asked with the thread's subject, or ``None``.

    Args:
        text: The follow-up ("1년 넘으면요?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
        own_question_too: Also take the follow-up's own quote under the same conditions
            ("and for a hotel in seoul?" after the meal allowance names its subject): for
            a follow-up no document was searched for yet.
    """
    if _works_on_the_answer(text):
        return None
    if amount_asked(text) and (found := threshold_of_amount(text, plan_of(previous_question))):
        return found  # "mine is 1.2 million won, does that apply?" (amount_threshold_58c)
    if asks_where_size_starts(text) and (
        found := threshold_for_size(text, previous_question, plan_of(previous_question))
    ):
        return found  # "how big counts as big?" (amount_threshold_58c)
    if place_asked(text) and (found := rule_for_place_elsewhere(text, plan_of(previous_question))):
        return found  # "and for busan?" after "… in Seoul and 90,000 won elsewhere" (59d)
    if asks_quantity_at_rate(text) and (
        found := worked_from_cited_rate(text, plan_of(previous_question))
    ):
        return found  # "두시간 세워두면 얼마?" by the section's "10분마다 500원" (cited_rate_59d)
    if days_over_cap_asked(text) and (found := rule_beyond_cap(text, plan_of(previous_question))):
        return found  # "8일 남으면요?" after "최대 5일까지 이월" (beyond_cap_59d)
    if duration_asked(text) and (found := threshold_of_duration(text, plan_of(previous_question))):
        return found  # "only out for three days" after "5일 이상이면 진단서" (59d)
    # "외할머니 돌아가셔도 똑같아요?" after "조부모상은 3일" (same_for_relative_58c).
    if asks_same_for_relative(text, previous_question) and (
        found := rule_for_relative_kind(text, plan_of(previous_question), previous_question)
    ):
        return found
    # "what if my daughter goes to get them instead of me" (same_for_relative_58c).
    if acts_for_the_asker(text) and (
        found := rule_for_someone_acting(text, plan_of(previous_question), previous_question)
    ):
        return found
    asked = asked_with_thread_subject(text, previous_question)
    head = asked_with_thread_head(text, previous_question)
    with_verbs = asked_with_thread_terms(text, previous_question)
    reworded = asked_with_question_word(text, previous_question)
    # "술 자주 마시는 사람은?": asked as its condition, "술 자주 마시면요?" (52t).
    condition = group_as_condition(text)
    as_condition = (
        []
        if condition is None
        else [
            asked_with_thread_subject(condition, previous_question),
            asked_with_thread_head(condition, previous_question),
        ]
    )
    if asked is None and head is None and not own_question_too:
        return None
    previous = plan_of(previous_question)
    if previous.kind != "extractive":
        return None
    # Both ways of carrying the subject are tried; the narrower quote (fewer sentences)
    # is the one that answers: "연차 언제 들어와요?" quotes three leave rules, "연차 돈
    # 언제 들어와요?" the payout alone.
    quotes = [
        (len(_quoted_sentences(found)), order, carried, found)
        for order, carried in enumerate(
            dict.fromkeys(
                a for a in (asked, head, with_verbs, reworded, *as_condition) if a is not None
            )
        )
        if (
            found := _thread_quote(
                carried, text, previous_question, previous, plan_of, same_sections=True
            )
        )
        is not None
    ]
    if quotes:
        _, _, carried, found = min(quotes, key=lambda q: (q[0], q[1]))
        why = f"follow-up naming no subject of its own: asked as {carried!r}"
        return found.model_copy(update={"reasons": [why, *found.reasons]})
    if own_question_too and (
        found := _thread_quote(
            text, text, previous_question, previous, plan_of, same_sections=False
        )
    ):
        why = "follow-up: its own question quotes the document the previous answer quoted"
        found = screened_own_quote(found, text, previous_question, plan_of)  # never a sibling's
        return found.model_copy(update={"reasons": [why, *found.reasons]})
    # "and if i drive my own car?": asked as "how much if i drive my own car?" (52t).
    framed = asked_in_previous_frame(text, previous_question)
    if framed is not None and (
        found := _thread_quote(
            framed, text, previous_question, previous, plan_of, same_sections=False
        )
    ):
        why = f"follow-up asking in the previous question's frame: asked as {framed!r}"
        return found.model_copy(update={"reasons": [why, *found.reasons]})
    return None


def with_thread_subject(
    plan: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan`` when it quotes the documents, else the thread's quote when there is one.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("1년 넘으면요?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    if plan.kind == "extractive":
        # "how many days max?" quoting another section than the thread's: not its answer.
        subjectless = quote_of_subjectless_follow_up(
            plan,
            text,
            previous_question,
            plan_of,
            lambda: thread_subject_plan(text, previous_question, plan_of),
        )
        if subjectless is not None:
            return subjectless
        # "and outside seoul?" quoting the clinic's address before the hotel rule.
        return (
            thread_before_elsewhere(
                plan,
                text,
                previous_question,
                plan_of,
                lambda: thread_subject_plan(text, previous_question, plan_of),
            )
            or plan
        )
    return thread_subject_plan(text, previous_question, plan_of) or plan
