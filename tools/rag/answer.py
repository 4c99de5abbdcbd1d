"""Deterministic answers from passages, and the extractive-vs-generative choice.

The extractive answer is the ``deterministic`` tier for document questions:
the sentences that best cover the question's IDF-weighted content terms (in
either language, see :mod:`tools.rag.crosslingual`) and hold the kind of answer
asked for (see :mod:`tools.rag.question`), each with its citation, and a
confidence below which the answer says, in the question's language, that the
documents do not cover it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import pairwise

from tools.rag.act_cases import case_left_unquoted
from tools.rag.act_deadline_62m import (
    leaves_deadline_unstated,
    misses_deadline_act,
    states_deadline_itself,
    with_act_deadline,
)
from tools.rag.addressed_group_61d import addressed_to_another_group, silent_on_restricted_group
from tools.rag.answer_quote import Scored, quoted_answer
from tools.rag.answer_reading import read_question
from tools.rag.answer_sentences import is_heading, sentence_text
from tools.rag.asked_means import means_unstated
from tools.rag.asked_ranks import unheld_rank
from tools.rag.asked_specifics_62d import misses_asked_specifics
from tools.rag.back_references import capped_by_antecedents, with_sentence_leaned_on
from tools.rag.carried_modifier import (
    item_carried_by_modifier_only,
    prices_another_thing_for_modifier,
)
from tools.rag.closing_hours_42d import opening_line_without_range
from tools.rag.closure_lines import closure_line_for_unasked_day
from tools.rag.combined_offers_56h import misses_combination
from tools.rag.compared_prices import compared_item_unnamed
from tools.rag.compound_kinds_56r import names_other_compound_kind
from tools.rag.concessive_case_60d import misses_concessive_case
from tools.rag.condition_before_43d import with_condition_before
from tools.rag.count_clauses import count_for_unasked_class, count_in_another_clause
from tools.rag.document_self_lines_54t import describes_its_document  # set 46
from tools.rag.email_asked_43d import misses_email_address
from tools.rag.event_opening_57h import opens_an_event
from tools.rag.excepted_case_65d import excepted_case_in_section
from tools.rag.free_items_42d import frees_only_unasked_things
from tools.rag.handover_place_60d import place_only_handed_on_to
from tools.rag.headed_cells import (
    counted_under_heading,
    leaves_asked_case,
    row_shown_with_units,
    section_of,
)
from tools.rag.ing_compound_54h import document_misses_ing_kind
from tools.rag.intensified_sizes import misses_intensified_size
from tools.rag.introduced_things import introduced_first, with_introduction
from tools.rag.item_exception_59h import excepted_item_elsewhere
from tools.rag.labelled_lines import line_labelled_for_sibling
from tools.rag.late_sense_58h import lateness_of_another_kind
from tools.rag.lost_items import names_no_loss
from tools.rag.made_up_lines_56r import declares_made_up
from tools.rag.manner_clause_43d import states_manner_clause
from tools.rag.measured_units import misses_adjective_measure
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.name_headings_42d import heading_terms
from tools.rag.needed_thing_54x import misses_needed_amount, misses_stated_need
from tools.rag.numbered_label_65d import names_kind_without_asked_number
from tools.rag.phone_asked_53h import contact_line_for_figure, misses_phone_number
from tools.rag.place_name_stems import asked_stem_only_in_place_name
from tools.rag.place_of_another_document_64z import places_asked, silent_on_asked_place
from tools.rag.place_words import names_only_the_place
from tools.rag.prepositional_items import prices_item_only_as_object
from tools.rag.priced_for_whom import prices_for_unnamed_person
from tools.rag.priced_rows import row_prices_noted_item
from tools.rag.provider_conditions import states_providers_case
from tools.rag.qualifiers import answer_text, answers_another_question
from tools.rag.question import has_answer_type
from tools.rag.regular_rule_43d import with_regular_rule
from tools.rag.reissued_thing_63d import misses_reissued_thing
from tools.rag.repeat_limits import misses_repeat_limit
from tools.rag.row_case import row_heading_text
from tools.rag.row_columns_43d import row_column_tokens
from tools.rag.row_subjects import row_about_unasked_item
from tools.rag.rule_questions import states_rule
from tools.rag.sentence_checks import picks_two_items
from tools.rag.sibling_kinds import names_another_kind
from tools.rag.sibling_places import (
    continues_on_same_line,
    continues_sibling_line,
    names_sibling_instead,
    sibling_sets,
)
from tools.rag.stray_passages_54x import strays_from_best
from tools.rag.subject_screens import about_another_subject
from tools.rag.subjects import SUBJECT_UNRETRIEVED, passage_sentences
from tools.rag.table_item_prices import prices_other_items, row_misses_priced_class
from tools.rag.tabulated_items_64d import misses_tabulated_item
from tools.rag.textutil import language_of, tokenize
from tools.rag.translated_case import names_every_term_across
from tools.rag.variant_lines import figure_of_the_plain_thing
from tools.rag.vocabulary_case import on_the_questions_case
from tools.rag.what_rows import prices_only_for_what_question

# Calibrated on the Korean test fixture and the English SQuAD file: 2 of 48
# and 4 of 810 in-scope questions score below 0.2, none and 1 below 0.15;
# off-topic questions on the sample documents score 0.0-0.13. Between 0.15 and
# ~0.4 the answer is weak (a caller may escalate to a generative tier).
COVERAGE_THRESHOLD = 0.15

NOT_COVERED = {
    "ko": "제공된 문서에서는 이 질문에 대한 내용을 찾을 수 없습니다.",
    "en": "The documents do not cover this question.",
}

# Later passages must beat the first one clearly to supply the top sentence:
# fusion ranking already weighed the whole passage.
_RANK_PRIOR = (1.0, 0.9, 0.8, 0.7, 0.6)
TYPE_BONUS = 0.2
# A sentence that (with its heading and the sentence before) names every content
# term beats one that names most of them, even from a lower-ranked passage.
COMPLETE_BONUS = 0.2
CARRY = 0.3


def extractive_answer(
    question: str,
    passages: Sequence[Passage],
    *,
    idf: Callable[[str], float] | None = None,
    max_sentences: int = 3,
    known: Callable[[str], bool] | None = None,
    frequency: Callable[[str], int] | None = None,
    ignore: Collection[str] = (),
    document_mentions: Callable[[Passage, str], bool] | None = None,
    document_text: Callable[[Passage], str | None] | None = None,
) -> ExtractiveAnswer:
    """Answer from the passages' best sentences, with citations and a confidence.

    Only content terms count (question words, endings and a self-introduction
    do not), each matched in either language, and when the question asks for a
    duration, time, amount, count, place or person, only a sentence holding one
    may be the answer.

    Args:
        question: The user's question.
        passages: Retrieved passages, best first; ``[n]`` is the 1-based position.
        idf: Term weights (the collection's BM25 IDF); estimated from the
            passages when omitted.
        max_sentences: Most sentences to quote.
        known: Whether the collection holds a token, so a word it knows whole is not
            read as the pieces Kiwi cut it into (see :mod:`tools.rag.segmentation`).
        frequency: How many chunks of the collection hold a token. A topic term only a
            few chunks hold names what the question is about (a drug, a ward): when a
            passage holds it, passages that do not may not answer.
        ignore: Terms given no weight: words the collection never holds, which a
            caller with other evidence (see :mod:`tools.rag.crosslingual_dense`)
            judged to phrase the question rather than name its subject.
        document_mentions: Whether the whole document a passage comes from names a
            term anywhere. A passage whose document never names a Korean topic noun the
            collection holds elsewhere ("관리사무소", the pharmacy guide) is about another
            place or thing, however well it matches the rest.
        document_text: The whole stored text of a passage's document, whose tables say
            which names are parallel (see :mod:`tools.rag.sibling_places`).

    Returns:
        The answer; ``covered`` is False (and the text says so in the question's
        language) when the confidence is below :data:`COVERAGE_THRESHOLD` or no
        sentence holds the kind of answer asked for.
    """
    lang = language_of(question)
    reading = read_question(
        question, passages, idf=idf, known=known, frequency=frequency, ignore=ignore
    )
    if reading is None:
        return ExtractiveAnswer(text=NOT_COVERED[lang], language=lang)
    # The question's reading, under the names the scoring below has always used.
    passages, asked, groups, total = reading.passages, reading.asked, reading.groups, reading.total
    covered, typed, items, act = reading.covered, reading.typed, reading.items, reading.act
    not_done, about, figured = reading.not_done, reading.about, reading.figured
    written, q_bigrams, asks_rule = reading.written, reading.q_bigrams, reading.asks_rule
    other_way, vocabulary, weighted = reading.other_way, reading.vocabulary, reading.weighted
    scored: list[Scored] = []
    unquotable: set[int] = set()
    off_case: set[str] = set()  # reached through the vocabulary, about another case
    leaning: dict[tuple[int, int], str] = {}  # sentences only the one before completes
    of_another_act: dict[int, list[int]] = {}  # orders of sentences the act screen passed over
    another_case: set[tuple[int, int]] = set()  # (rank, order) of sentences on another case
    deadline_kept: set[tuple[int, int]] = set()  # hours rows kept for the act's deadline
    deadline_stated: set[tuple[int, int]] = set()  # lines writing the act's deadline itself
    siblings: dict[str, tuple[frozenset[str], ...]] = {}  # per source (tools.rag.sibling_places)
    # "parking at riverside": a place another retrieved document's tables name
    # (tools.rag.place_of_another_document_64z).
    places = places_asked(question, passages, document_text) if document_text else frozenset()
    for rank, p in enumerate(passages):
        prior = _RANK_PRIOR[min(rank, len(_RANK_PRIOR) - 1)]
        # "Hanbit Family Clinic" in a heading vouches for no asked "family" (name_headings_42d).
        heading = heading_terms(question, p.heading, document_text(p) if document_text else None)
        sents = passage_sentences(p)
        if about and rank not in about and SUBJECT_UNRETRIEVED not in about:
            continue
        if SUBJECT_UNRETRIEVED in about:
            unquotable.add(rank)
        passage_tokens = heading | {t for _, _, toks in sents for t in toks}
        if document_text is not None and p.source not in siblings:
            siblings[p.source] = sibling_sets(document_text(p) or "")
        lines = [(sentence_text(p, s, e), t) for s, e, t in sents] if typed else []
        same_language = bool(items) and language_of(p.text) == lang
        if reading.unquotable(rank, p, passage_tokens, document_mentions):
            unquotable.add(rank)
        elif (
            typed
            and document_text is not None
            and misses_tabulated_item(
                reading.subject_topics, p.text, passage_tokens, document_text(p) or ""
            )
        ):
            # "교정 보증기간": the warranty table lists no braces (tools.rag.tabulated_items_64d).
            unquotable.add(rank)
        elif document_text is not None and silent_on_asked_place(places, p, document_text):
            # The sample clinic's parking fee, asked "at riverside" (a gym's club).
            unquotable.add(rank)
        p_cov = covered(passage_tokens) / total
        prev: set[str] = set()
        sibling_line: tuple[int, set[str]] = (-2, set())  # the last line about another sibling
        for order, (start, end, toks) in enumerate(sents):
            text = sentence_text(p, start, end)
            # Kiwi cuts a compound by its context ("점심시간 없이", "점심 시간은"): pairs count.
            tokset = set(toks) | {a + b for a, b in pairwise(toks)}
            context = tokset | heading | prev
            if picks_two_items(text, groups):
                # The section lists its cases here, and the question combines two of them
                # (본인 + 출산): none of its sentences states that case ("부모상에는 5일"
                # next to it is another one).
                unquotable.add(rank)
                prev = set()
                continue
            if (
                not text
                or is_heading(p, start, end)
                or not (
                    has_answer_type(
                        answer_text(p.text[start:end], text),
                        asked.answer_type,
                        asked.counter,
                        recurring=asked.recurring,
                        question=question,
                    )
                    or counted_under_heading(p.text[start:end], p.text, asked, question)
                )
            ):
                prev = tokset
                continue
            # A table row's item may be named only by its column heading (row_columns_43d).
            headed = row_column_tokens(p.text[start:end], p.text) if items else set()
            if same_language and not any(item & (tokset | prev | headed) for item in items):
                # A sum in the item's section that names no item asked about (see
                # tools.rag.prices.priced_items). Across languages the word bridge is
                # too thin to demand the item's own word ("first hour", "1시간이 지나면").
                prev = tokset
                continue
            if (
                (
                    same_language
                    and item_carried_by_modifier_only(question, asked.terms, groups, tokset, prev)
                )
                or (
                    # "Shore power for visitors is £5 a night" for a visitor mooring (*_modifier).
                    same_language
                    and prices_another_thing_for_modifier(question, asked.terms, groups, text)
                )
                or compared_item_unnamed(question, asked.terms, groups, tokset, reading.frequency)
            ):
                # "how much is a new chain": "a new time" before "… when a slot is free"
                # (tools.rag.carried_modifier); "cargo bike … same price as normal bike?":
                # a row naming no cargo bike (tools.rag.compared_prices).
                prev = tokset
                continue
            if asked.answer_type == "count" and (
                count_in_another_clause(text, asked.counter, groups, p.heading or "")
                or count_for_unasked_class(text, groups)
            ):
                # "1인 5권까지 신청할 수 있고 …, 책이 도착하기까지": the count is of another act
                # than the one asked; "준회원은 … 3권까지만": one class's exception, while the
                # question names no class (see tools.rag.count_clauses).
                prev = tokset
                continue
            if (
                act
                and act.missed_by(tokset, text, passage_tokens)
                # "안경 쓰고 찍어도 돼요?": a rule on wearing glasses (manner_clause_43d).
                and not states_manner_clause(question, tokset)
            ):
                of_another_act.setdefault(rank, []).append(order)
                another_case.add((rank, order))
                prev = tokset
                continue
            vouched = f"{text} {row_heading_text(p.text[start:end], p.text)} {p.heading or ''}"
            if misses_deadline_act(question, vouched):
                deadline_kept.add((rank, order))  # kept only for its passage's act sentence
            elif states_deadline_itself(question, vouched):
                deadline_stated.add((rank, order))
            if (
                not not_done.answered_by(text)
                or states_providers_case(question, text, groups)
                or misses_stated_need(question, text, tokset)  # "do i need N" (needed_thing_54x)
                or misses_needed_amount(question, text, tokset)  # "how much N do i need" (ditto)
                # 재발급, "how long do you keep X", "cost to install" (asked_specifics_62d).
                or misses_asked_specifics(question, text, vouched, tokset | heading | prev)
                # "접수 몇시까지": the hours row, unless its passage writes 접수's deadline.
                or misses_deadline_act(question, vouched, p.text)  # act_deadline_62m
                # "a replacement library card": not the item's replacement (reissued_thing_63d).
                or misses_reissued_thing(question, text, tokset | heading | prev)
                or misses_adjective_measure(question, text)  # "how deep": a length (measured_units)
                # "남편 혼자 운전해도 받아요?": a sentence on that case (concessive_case_60d).
                or misses_concessive_case(question, tokset)
                or (  # 두 번 …? (tools.rag.repeat_limits)
                    act is not None
                    and misses_repeat_limit(question, text, names_subject=covered(tokset) > 0)
                )
            ):
                prev = tokset
                continue
            if about_another_subject(question, text, p.heading or "", groups, asked.answer_type):
                # About another subject (tools.rag.subject_screens): nor do its words carry
                # the asked ones onto the next sentence. A thing's return, asked about its
                # loss, is the same thing in the other case: its words still name what the
                # next sentence ("열쇠를 잃어버리면 … 교체 비용") is about (tools.rag.lost_items).
                another_case.add((rank, order))
                prev = tokset if names_no_loss(question, text) else set()
                continue
            sibling_sets_here = siblings.get(p.source, ())
            if (
                (
                    names_sibling_instead(question, text, sibling_sets_here)
                    # "- 정자점: … 면회 오시는 분은 2시간까지" (tools.rag.labelled_lines).
                    or line_labelled_for_sibling(question, p.text, start, sibling_sets_here)
                )
                or (
                    sibling_line[0] == order - 1
                    and continues_sibling_line(
                        question, text, sibling_sets_here, sibling_line[1] & tokset, groups
                    )
                )
                or (
                    # The same footnote going on about another sibling (tools.rag.sibling_places).
                    order > 0
                    and continues_on_same_line(
                        question,
                        text,
                        sibling_sets_here,
                        sentence_text(p, *sents[order - 1][:2]),
                        p.text[sents[order - 1][1] : start],
                    )
                )
            ):
                # Another surgery's or campus's line ("at Northgate", for Harbourside), or
                # the one going on about it: the document's tables name them side by side
                # (tools.rag.sibling_places).
                sibling_line = (order, tokset)
                another_case.add((rank, order))
                prev = set()
                continue
            if row_prices_noted_item(
                question, p.text[start:end], asked, groups
            ) or prices_only_for_what_question(question, p.text[start:end]):
                # A price row naming the asked item only in its notes prices its own label
                # (tools.rag.priced_rows); nor do those words carry onto the next row. Nor
                # does a row of only a sum and a period say what its label holds, asked
                # "점심으로 뭐 줘요?" (tools.rag.what_rows).
                prev = set()
                continue
            whole = (document_text(p) or "") if document_text is not None else ""
            # The table screens read the sentence as written: a table row is told by its
            # cells, which the flattened text no longer has ("Cash at a post office counter
            # | $2.95").
            raw = p.text[start:end]
            if (
                prices_other_items(question, raw, whole)
                or row_misses_priced_class(question, raw, whole)
                # "Scanning … to a USB stick is free" (tools.rag.prepositional_items).
                or prices_item_only_as_object(question, text)
                # "price for a kid": not the lockers' price (tools.rag.priced_for_whom).
                or prices_for_unnamed_person(
                    question, tokset | set(tokenize(row_heading_text(raw, p.text)))
                )
                # "방 얼마" and "음료 4잔을 무료로" (tools.rag.free_items_42d).
                or frees_only_unasked_things(
                    question, text, asked.answer_type, set().union(*groups)
                )
                # "email address": only a line holding one (tools.rag.email_asked_43d).
                or misses_email_address(question, text)
                or misses_phone_number(question, text)  # tools.rag.phone_asked_53h
                or contact_line_for_figure(question, text, asked.answer_type)  # "24시간 …: 031-…"
                or misses_combination(question, text)  # combined_offers_56h
                or opens_an_event(question, text)  # "대회를 엽니다" (event_opening_57h)
                or lateness_of_another_kind(question, text)  # "run late" (late_sense_58h)
                or excepted_item_elsewhere(question, text, p.text, p.heading or "")  # *_59h
                # "스마트폰 강좌도 시니어할인?": not the rule its section excepts it from (*_65d).
                or excepted_case_in_section(reading.weighted_topics, tokset, raw, p.text)
                or place_only_handed_on_to(question, text)  # "경찰서로 넘깁니다" (*_60d)
                # "room 2": not "a room left dirty" where rooms are numbered (*_65d).
                or names_kind_without_asked_number(question, raw, whole)
            ):
                # "대형견 가위컷": not the note pricing a large dog's bath and clipping, nor the
                # small dogs' scissor-cut row (tools.rag.table_item_prices).
                another_case.add((rank, order))
                prev = set()
                continue
            if addressed_to_another_group(question, text, whole) or silent_on_restricted_group(
                question, text, p.heading or "", whole
            ):
                # "… sent to berth holders by text", asked by visitors (addressed_group_61d):
                # its words still carry onto the next ("Visitors get it from the office").
                another_case.add((rank, order))
                prev = tokset
                continue
            # A line about the document (set 46), or declaring its subject made up (*_56r).
            if describes_its_document(question, text) or declares_made_up(question, text):
                prev = set()
                continue
            if names_only_the_place(
                question, asked.terms, groups, tokset
            ) or asked_stem_only_in_place_name(
                question,
                p.heading or "",
                sentence_text(p, *sents[order - 1][:2]) if order else "",
                text,
            ):
                # Only the words naming the place asked about (tools.rag.place_words), or
                # "parking" met only in "trampoline park" (tools.rag.place_name_stems).
                prev = tokset
                continue
            if typed and figure_of_the_plain_thing(
                reading.weighted_topics,
                tokset,
                lines[order + 1 :],
                reading.frequency,
                lambda line: has_answer_type(
                    line, asked.answer_type, asked.counter, question=question
                ),
            ):
                # "갤럭시 폴드" answered by the plain Galaxy's row (tools.rag.variant_lines).
                prev = tokset
                continue
            own = covered(tokset)
            if (
                answers_another_question(figured, text, p.text[start:end], p.text)
                or misses_intensified_size(question, text)  # "extra large" ≠ Large
                # "정기 휴무: … (이날은 오전 6시부터 …)" for the usual hours (closure_lines).
                or closure_line_for_unasked_day(question, text)
                # "what time do u close": "we open at 9:00" states no close (closing_hours_42d).
                or opening_line_without_range(asked.terms, asked.answer_type, tokset, text)
                or row_about_unasked_item(question, p.text[start:end], asked, groups)
            ):
                # A figure per another period ("한 번에 200~400mg" for a daily maximum),
                # of another item (1개월 for 3개월권) or from another anchor answers
                # another question (see tools.rag.qualifiers).
                another_case.add((rank, order))
                prev = tokset
                continue
            # Headings vouch for their sentences at half weight, the sentence before partly.
            head_cov = covered(tokset | heading) - own
            carry = covered(tokset | prev) - own
            if order and covered(tokset | heading | prev) > covered(tokset | heading):
                leaning[(rank, order)] = sentence_text(p, *sents[order - 1][:2])
            before = sents[order - 1][2] if order else []
            if (
                own + head_cov + carry <= 0
                or names_another_kind(
                    asked.terms,
                    [toks, before, tokenize(p.heading or "")],
                    written,
                    f"{p.heading} {p.text[sents[order - 1][0] if order else start : end]}",
                    question,
                )
                # 병가 (sick leave) asked "annual leave" of a policy writing 연차 (*_56r).
                or names_other_compound_kind(question, asked.terms, groups, context, whole)
            ):
                # Neither the sentence, its heading nor the sentence before names anything
                # the question asks about: only its kind of figure matches, and a time in
                # the road-test section does not say how long a learner permit lasts.
                # Nor does one stated for another kind (see tools.rag.sibling_kinds).
                prev = tokset
                continue
            bigram = len(q_bigrams & set(pairwise(toks))) / len(q_bigrams) if q_bigrams else 0.0
            score = prior * (
                (own + 0.5 * head_cov + CARRY * carry) / total
                + 0.15 * bigram
                + (TYPE_BONUS if typed or (asks_rule and states_rule(text)) else 0.0)
                + (COMPLETE_BONUS if covered(context) >= total - 1e-9 else 0.0)
            )
            prev = tokset
            # A bare figure whose unit only its column heading writes is quoted with it
            # ("임플란트 — 보증 기간: 5년", not "임플란트 5"; tools.rag.headed_cells).
            shown = row_shown_with_units(p.text[start:end], p.text)
            if shown is not None:
                whole_text = (document_text(p) or "") if document_text is not None else ""
                section_tokens = set(tokenize(section_of(whole_text, p.heading or "")))
                if leaves_asked_case(
                    reading.subject_topics, shown, p.heading or "", passage_tokens | section_tokens
                ):
                    continue  # "틀니 비급여로": not the insured row of a note on 비급여 (ditto)
            text = shown or text
            # A table row's column headings name what its values are (tools.rag.row_case).
            columns = row_heading_text(p.text[start:end], p.text) if vocabulary else ""
            if (
                vocabulary
                and not on_the_questions_case(
                    weighted, tokset, f"{p.heading or ''} {columns}".strip(), frequency
                )
                # Across languages a sentence naming every word of the question is on its
                # case, whatever its heading (tools.rag.translated_case).
                and not names_every_term_across(
                    question, text, weighted, tokset | set(tokenize(columns))
                )
            ):
                # Kept in the ranking, so that it declines rather than lets a weaker
                # sentence answer (see tools.rag.vocabulary_case).
                off_case.add(text)
            scored.append((score, p_cov, rank, order, text))
    if deadline_stated & {(s[2], s[3]) for s in scored}:
        # "접수 마감 17:30" written in a row: no hours row kept for a sentence (act_deadline_62m).
        scored = [s for s in scored if (s[2], s[3]) not in deadline_kept]
    # "이 할인은 …" answers no better than the sentence it points back to.
    scored = capped_by_antecedents(scored, another_case)
    if not scored:
        return ExtractiveAnswer(text=NOT_COVERED[lang], language=lang)
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))
    stating = [s for s in scored if s[2] not in unquotable]
    if not stating:
        # The match still tells the caller they are related (a model may read them): unquotable.
        return ExtractiveAnswer(
            text=NOT_COVERED[lang], confidence=_confidence(scored[0]), language=lang
        )
    # "is there a deposit …": the sentence introducing one (tools.rag.introduced_things).
    scored = introduced_first(question, stating)
    best = scored[0]
    confidence = _confidence(best)
    if confidence < COVERAGE_THRESHOLD or best[4] in off_case or best[2] in other_way:
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)

    chosen = [
        s
        for s in scored[:max_sentences]
        if s[0] >= 0.6 * best[0]
        and s[4] not in off_case
        and s[2] not in other_way
        and not strays_from_best(question, s, best, passages, weighted)  # stray_passages_54x
    ]
    if act is not None and case_left_unquoted(
        asked.topic_terms, passages[best[2]], best[2], of_another_act.get(best[2], []), chosen
    ):
        # "킥보드 횡단보도 앞에 세워도 되나": 횡단보도 only in a row of another act's list.
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)
    if means_unstated(question, (s[4] for s in chosen)):
        # "카드로 내도 돼요?" quoted with fee sentences that name no card (tools.rag.asked_means).
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)
    top = passages[best[2]]
    top_text = (document_text(top) if document_text else None) or top.text
    # "a changing room": a guide that never writes "chang…" (tools.rag.ing_compound_54h).
    if unheld_rank(question, top_text) or document_misses_ing_kind(question, top_text):
        # "1품 심사비": a guide that ranks nothing in 품 (tools.rag.asked_ranks).
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)
    # "1시간이 지나면 10분마다 500원": quoted with the sentence that says what comes first.
    if len(chosen) < max_sentences:
        chosen = with_sentence_leaned_on(chosen, best, leaning, scored)
    # The rule with its exception; a bare consequence with its condition (*_43d).
    if len(chosen) < max_sentences:
        chosen = with_regular_rule(question, chosen, scored)
    if len(chosen) < max_sentences:
        chosen = with_condition_before(question, chosen, best, leaning)
    # "평일에 접수 몇시까지": the act's own deadline, not the day's hours (act_deadline_62m).
    top_of_best = passages[best[2]]
    chosen = with_act_deadline(
        question,
        asked.topic_terms,
        chosen,
        best,
        top_of_best.text,
        max_sentences,
        top_of_best.heading or "",
    )
    if leaves_deadline_unstated(question, chosen, deadline_kept):
        # "평일 접수 몇시까지": the day's hours without 접수's own deadline (act_deadline_62m).
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)
    # "Authorised users may …" with the sentence introducing them (introduced_things).
    chosen = with_introduction(chosen, best, scored, max_sentences)
    return quoted_answer(chosen, best, passages, confidence, lang)


def _confidence(best: Scored) -> float:
    """Half the best sentence's score, half its passage's coverage of the question."""
    return round(min(1.0, 0.5 * min(1.0, best[0]) + 0.5 * best[1]), 4)
