"""What a question states about the answer, which a quoted sentence must not contradict.

Coverage counts the words a sentence shares with the question; it cannot see that the
question *fixes* something the sentence states otherwise. Five such statements are
read here, each a rule a reviewer can check by eye, in Korean and English:

- a figure with a unit ("3개월권", "3 months"): a sentence stating that unit only with
  other numbers ("1개월 85,000원") answers about another item;
- an extreme ("최대", "maximum", "at least"): a sentence with no limit marker states a
  usual amount, not the limit asked for ("한 번에 200~400mg" for a maximum dose);
- doing something again ("다시", "again"): a sentence stating no repetition says how it
  is done the first time;
- the anchor of a relative time ("before my booked time", "예약 시간 몇 분 전"): a
  sentence counting from another anchor ("before closing time") answers another rule;
- a table row: its first cell names the item, so the kind of answer asked for must be
  in another cell ("헬스 1개월 | 헬스장 | 70,000원" holds a price, not a duration).

Closed-class markers only (units, limit words, before/after); no content-word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.act_limits import states_only_act_limits
from tools.rag.asked_conditions import misses_asked_condition
from tools.rag.asked_days import another_days_row, misses_asked_day
from tools.rag.asked_ranges import misses_asked_span
from tools.rag.asked_relatives import states_other_relatives
from tools.rag.asked_without import misses_waived_need, states_case_without_held
from tools.rag.attribute_labels import is_attribute_label
from tools.rag.charge_kinds import prices_another_charge
from tools.rag.charge_owners import prices_another_owner
from tools.rag.cost_owner_en_64z import prices_another_subject
from tools.rag.crosslingual import equivalents
from tools.rag.deadlines import misses_deadline, misses_obliged_deadline
from tools.rag.elapsed_time import states_only_result_waits, states_only_waiting_thresholds
from tools.rag.everyday_english_59x import misses_no_appointment_case
from tools.rag.figure_owners import prices_another_item
from tools.rag.figures import FIGURE, NUMBER, figures_by_unit, states_question_figures
from tools.rag.figures import figure_conflict as figure_conflict
from tools.rag.free_questions import misses_free_subject
from tools.rag.hold_periods import states_only_hold_periods
from tools.rag.id_compounds import names_pictures_only_in_ids
from tools.rag.label_verbs_55h import shared_only_as_verb

# Figures with units live in tools.rag.figures; re-exported for the callers of this module.
from tools.rag.lead_time_asked import misses_arrival_act, states_no_lead_time
from tools.rag.lead_times import keeps_nothing, states_only_lead_times
from tools.rag.life_stages import states_another_life_stage
from tools.rag.named_groups import gives_no_names, misses_named_group
from tools.rag.offset_acts import misses_offset_act
from tools.rag.opening_hours import counts_hours_only, hours_frame_terms
from tools.rag.parenthesized_times import times_only_in_parentheses
from tools.rag.payout_questions import misses_payout
from tools.rag.possible_acts import misses_possible_act
from tools.rag.price_periods import misses_asked_period
from tools.rag.priced_counts import misses_priced_count
from tools.rag.row_label_match_43d import names_more_asked_words, words_naming_no_row
from tools.rag.row_labels import cells as _cells
from tools.rag.row_labels import heads_label_column, html_header_label
from tools.rag.row_labels import item_label as _item_label
from tools.rag.sentence_checks import rate_conflict
from tools.rag.stage_permissions import misses_asked_stage
from tools.rag.table_columns import with_column_headings
from tools.rag.textutil import language_of, tokenize
from tools.rag.time_length import length_frame_terms
from tools.rag.walk_asked_59w import misses_asked_walk

__all__ = [
    "anchor_conflict",
    "answer_text",
    "answers_another_question",
    "figure_conflict",
    "figures_by_unit",
    "missing_limit",
    "missing_repetition",
    "row_names_other_item",
    "row_values",
    "states_question_figures",
    "untranslatable",
]


# A question asking for a limit, and the words a sentence states a limit with.
_ASKS_MAXIMUM = re.compile(
    r"최대|최고|최장|상한|한도|\b(?:max(?:imum)?|at most|longest|upper limit)\b", re.IGNORECASE
)
_STATES_MAXIMUM = re.compile(
    r"최대|최고|최장|상한|한도|까지|이하|이내|미만|넘(?:기|지|으)|초과|"
    r"\b(?:max(?:imum)?|at most|up to|no more than|not (?:to )?exceed|exceed|limit(?:ed)?|"
    r"until|only|within|less than|or (?:less|fewer|younger|under)|under|below)\b",
    re.IGNORECASE,
)
# Off only in the test that shows what the lead-time reading changes.
LEAD_TIME_AS_MINIMUM = True
# "30 min" after a figure is minutes, no lower bound ("how much is a 30 min lesson", blind set 45).
_ASKS_MINIMUM = re.compile(
    r"최소|최저|적어도|\b(?:(?<!\d\s)min(?:imum)?|at least)\b", re.IGNORECASE
)
_STATES_MINIMUM = re.compile(
    # "사용하기 3일 전까지 신청": a lead time said as a deadline is the least lead asked
    # ("최소 며칠 전에 올려야돼", set 52); "N days in advance" likewise.
    r"최소|최저|적어도|이상|부터|넘(?:은|는)|전\s*까지|"
    r"\b(?:in\s+advance|ahead\s+of\s+time)\b|"
    r"\b(?:min(?:imum)?|at least|or (?:more|older|over|above)|"
    r"and (?:over|up|older)|no less than|older than|over|from)\b",
    re.IGNORECASE,
)


def missing_limit(question: str, sentence: str) -> bool:
    """Whether the question asks for a maximum or minimum the sentence states no limit for.

    "What's the maximum daily dose of ibuprofen?" is not answered by "성인은 보통 한 번에
    200~400mg을 복용하며": a usual dose is not a limit; "하루 최대 4,000mg을 넘기지
    마세요" would be.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for a limit and the sentence has no limit marker.
    """
    if _ASKS_MAXIMUM.search(question) and not _STATES_MAXIMUM.search(sentence):
        return True
    if not _ASKS_MINIMUM.search(question):
        return False
    if not LEAD_TIME_AS_MINIMUM:
        sentence = re.sub(r"전\s*까지|in\s+advance|ahead\s+of\s+time", "", sentence)
    return not _STATES_MINIMUM.search(sentence)


# A question about doing something again ("다시 받을 수 있어요?", "Can I take it again?"),
# and what states a repetition: 다시, a Sino-Korean 재- word (재발급, 재시험), "again", an
# English re- verb (retake, resend), "another", "once more".
_ASKS_AGAIN = re.compile(r"다시|한\s*번\s*더|\b(?:again|once more)\b", re.IGNORECASE)
_STATES_AGAIN = re.compile(
    r"다시|(?<![가-힣])재[가-힣]|한\s*번\s*더|또|"
    r"\b(?:again|once more|another|new|second|re-?[a-z]{3,})\b",
    re.IGNORECASE,
)


def missing_repetition(question: str, sentence: str) -> bool:
    """Whether the question asks about doing something again and the sentence states no repetition.

    "비밀번호 문자를 지웠는데 다시 받을 수 있어요?" is not answered by "비밀번호는 문자로
    받습니다": that is how it is sent the first time, not whether it is sent again;
    "분실하면 재발급 수수료 1,000원" or "You may retake the test after 6 months" would be.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks about a repetition and the sentence has no marker of one.
    """
    return bool(_ASKS_AGAIN.search(question)) and not _STATES_AGAIN.search(sentence)


_DETERMINER = r"(?:(?:the|my|your|our|their|its|his|her|a|an|each)\s+)?"
_EN_RELATION = re.compile(rf"\b(?:before|after|prior to)\s+{_DETERMINER}([a-z]+)", re.IGNORECASE)
# A question asking for the offset itself: "how many minutes before my booked time".
# Also with the clause between ("how early should I get there before my booked time"):
# only "how early" and "how many <unit>" ask an offset there; "how long does it take
# after …" asks a length.
_EN_ASKED_OFFSET = re.compile(
    rf"\bhow (?:many \w+|much time|long|early|far)\s+(?:before|after|prior to)\s+{_DETERMINER}"
    r"([a-z]+)"
    r"|\bhow (?:early|many (?:minutes|hours|days|weeks))(?:\s+[a-z']+){1,7}?\s+"
    rf"(?:before|prior to)\s+{_DETERMINER}([a-z]+)",
    re.IGNORECASE,
)
# "예약 시간 몇 분 전에", "운영 종료 1시간 전까지", "식사 후에": the word right before the
# count (if any) and 전/후.
_KO_COUNT = rf"(?:몇\s*[가-힣]+|며칠|{NUMBER}\s*[가-힣]+)"
_KO_RELATION = re.compile(
    rf"([가-힣A-Za-z]+)\s+(?:{_KO_COUNT}\s+)?(?:이전|이후|전|후)(?:에|까지|부터|으로|에는)?(?![가-힣])"
)
_KO_ASKED_OFFSET = re.compile(
    r"([가-힣A-Za-z]+)\s+(?:몇\s*[가-힣]+|며칠)\s+(?:이전|이후|전|후)(?:에|까지|부터|으로|에는)?(?![가-힣])"
)
# A sentence may state an offset without naming what it counts from ("15 minutes early").
_RELATIVE = re.compile(
    r"(?:이전|이후|전|후|미리|먼저|일찍)(?:에|까지|부터|으로|에는)?(?![가-힣])|"
    r"\b(?:before|after|prior|early|earlier|ahead|in advance|later|beforehand)\b|"
    # A deadline counted from an event is an offset too: "within 30 days of returning".
    r"\bwithin\s+(?:\d+|[a-z]+)(?:\s+[a-z]+)?\s+(?:days?|weeks?|months?|hours?|years?)\s+"
    r"(?:of|from|following)\b",
    re.IGNORECASE,
)


_KO_CLAUSE = ("면", "고", "서")


def _condition_clause(span: str) -> bool:
    return span.endswith(_KO_CLAUSE) and not span.endswith("려면")


def _anchors(text: str, *, asked: bool = False) -> list[set[str]]:
    """The content tokens of each anchor a before/after relation counts from.

    With ``asked``, only relations whose count is the question's ("몇 분 전", "how many
    days before"): "after the first hour" is a condition of a fee question, not an offset
    asked for.
    """
    english, korean = (
        (_EN_ASKED_OFFSET, _KO_ASKED_OFFSET) if asked else (_EN_RELATION, _KO_RELATION)
    )
    spans = [m.group(1) or m.group(2) for m in english.finditer(text)]
    # A clause before the count is the asker's condition, no anchor: "예약하고 가면 몇 분
    # 전에" counts from the booking, never from 가다 (a verb ending in -면, -고, -서). A
    # purpose (-려면: "쓰려면 며칠 전에") is the act counted from, and stays the anchor.
    spans += [m.group(1) for m in korean.finditer(text) if not _condition_clause(m.group(1))]
    anchors = []
    for span in spans:
        tokens = {t for t in tokenize(span) if not t.isdigit()}
        if tokens:
            anchors.append(tokens)
    return anchors


def anchor_conflict(question: str, sentence: str) -> bool:
    """Whether the sentence counts a before/after from another anchor than the question.

    "How many minutes before my booked time should I get there?" is not answered by
    "Please register at least 30 minutes before closing time" (another anchor), nor by
    "Blood test 15 minutes" (a length, not an offset): a question asking for an offset
    from an anchor needs a sentence stating an offset, and when the sentence names its anchor in
    the question's language, the question's anchor word must be in it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question states a relative time and the sentence states none, or
        counts from an anchor lacking the question's anchor word.
    """
    asked = _anchors(question, asked=True)
    if not asked:
        return False
    if not _RELATIVE.search(sentence):
        return True
    # Across languages the word bridge is too thin to compare anchors ("건강검진" and
    # "check-up"): the offset being stated is all that is checked there.
    if language_of(question) != language_of(sentence) or not _anchors(sentence):
        return False
    held = set(tokenize(sentence))
    return any(not equivalents(token) & held for anchor in asked for token in anchor)


def answers_another_question(
    question: str, sentence: str, raw: str = "", passage: str = ""
) -> bool:
    """Whether the sentence states something the question fixes otherwise.

    One of: another figure of a unit the question states, no limit where a limit is asked, no
    repetition where doing something again is asked, another anchor of a before/after, a figure per
    another period (:func:`tools.rag.sentence_checks.rate_conflict`), a table row about another item
    (:func:`row_names_other_item`), or amounts bracketed after other items of a list
    (:func:`tools.rag.figure_owners.prices_another_item`), or only the time that must pass before a
    rule applies, or only when results come, where the time a thing takes is asked
    (:mod:`tools.rag.elapsed_time`), a period counted from the deadline a question asks for, or no
    limit where by when one must act is asked (:mod:`tools.rag.deadlines`), only a lead time where
    the time a thing takes is asked (:mod:`tools.rag.lead_times`), or no sum for the period whose
    price is asked (:mod:`tools.rag.price_periods`), a sentence lacking a group the question names
    and the passage's rows tell apart, or naming nothing where names are asked
    (:mod:`tools.rag.named_groups`), no day of the week asked where its passage names one
    (:mod:`tools.rag.asked_days`), pictures only as the ID they are on
    (:mod:`tools.rag.id_compounds`), or only hours counted where a place's hours are asked
    (:mod:`tools.rag.opening_hours`), or a rule stated only for another life stage (an adult's dose
    for a child's question, :mod:`tools.rag.life_stages`), or a passage never naming the act a "N
    돼요?" question asks is possible (:mod:`tools.rag.possible_acts`).

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        raw: The sentence as written in the document (to tell a table row).
        passage: The text the sentence is from (the row's table).

    Returns:
        True when the sentence cannot be this question's answer.
    """
    return (
        figure_conflict(question, with_column_headings(raw, sentence, passage))
        or missing_limit(question, sentence)
        or missing_repetition(question, sentence)
        or anchor_conflict(question, sentence)
        or rate_conflict(question, sentence)
        or row_names_other_item(question, raw, passage)
        or misses_named_group(question, raw, passage)
        # A table row's days may be its columns' ("| Weekend and public holidays |").
        or misses_asked_day(question, with_column_headings(raw, sentence, passage), passage)
        or names_pictures_only_in_ids(question, sentence)
        or counts_hours_only(question, sentence)
        or gives_no_names(question, raw or sentence)
        or prices_another_item(question, sentence)
        or states_only_waiting_thresholds(question, sentence)
        or states_only_result_waits(question, sentence)
        or misses_deadline(question, sentence)
        or misses_obliged_deadline(question, sentence)
        or states_only_lead_times(question, sentence)
        # "how early …" is not answered by a crossing time (tools.rag.lead_time_asked).
        or states_no_lead_time(question, sentence)
        # "how early … come in" is not answered by "tell us 72 hours before" (lead_time_asked).
        or misses_arrival_act(question, sentence)
        # "예식시간 몇시" is not answered by "첫 예식(11:30)은 30% 할인" (parenthesized_times).
        or times_only_in_parentheses(question, sentence)
        or keeps_nothing(question, passage)
        # "아이한테 … 몇 mg" is not answered by the adult's dose (tools.rag.life_stages).
        or states_another_life_stage(question, sentence)
        # "can kids borrow tools" is not answered by the lending rule for everyone.
        or misses_asked_stage(question, sentence)
        # "under 5", "at night", "online" stated by the question, not by the sentence.
        or misses_asked_condition(question, with_column_headings(raw, sentence, passage))
        # "예약없이 돼요?" is not answered by a sentence silent on booking (asked_without).
        or misses_waived_need(question, sentence)
        or misses_no_appointment_case(question, sentence)  # a visit with none (_59x)
        or misses_asked_walk(question, sentence)  # a walk, not a parking time (_59w)
        # "pt 끊으면 …?" is not answered by "… PT 없이도 등록할 수 있습니다" (asked_without).
        or states_case_without_held(question, sentence)
        # "언제부터 언제까지" is not answered by one deadline (tools.rag.asked_ranges).
        or misses_asked_span(question, sentence)
        # "몇 시간 전까지 취소해야" is not answered by "7일 전부터 예약" (tools.rag.offset_acts).
        or misses_offset_act(question, sentence)
        # "얼마 보상해요?" by a fee; "50회 가격" by "20회 이상" (payout_questions, priced_counts).
        or misses_payout(question, sentence)
        or misses_priced_count(question, with_column_headings(raw, sentence, passage))
        # "형 결혼식이면" is not answered by "본인 결혼은 5일, 자녀 결혼은 1일" (asked_relatives).
        or states_other_relatives(question, sentence)
        or states_only_act_limits(question, sentence)
        or prices_another_charge(question, sentence)
        or prices_another_owner(question, sentence)
        # "how much does parking cost" by "A day pass costs £10" (tools.rag.cost_owner_en_64z).
        or prices_another_subject(question, sentence, raw)
        or states_only_hold_periods(question, sentence)
        or misses_free_subject(question, sentence, passage)
        # "환불 돼요?" is not answered from a passage that never names refunds.
        or misses_possible_act(question, passage)
        or misses_asked_period(
            question,
            sentence,
            with_column_headings(raw, "", passage),
            row=raw.lstrip().startswith("|"),
        )
    )


def row_names_other_item(question: str, raw: str, passage: str) -> bool:
    """Whether the question names another row's item, which this table row lacks.

    A row's first cell says which item it is about: "수영 3개월권은 얼마예요?" names 수영,
    the item of "| 수영 1개월 | … |", so "| 헬스 3개월 | 헬스장 | 180,000원 |" (no 수영 in
    any cell) prices another item however well its figures match, while "| 통합 1개월 |
    헬스장 + 수영장 | … |" holds 수영 and may answer. Figures and their units in the first
    cells are left to :func:`figure_conflict`.

    Args:
        question: The user's question.
        raw: The sentence as written in the document.
        passage: The text the row is from.

    A labelled line of a list is a row too: "- 건조기: 기본 30분 3,000원" states the dryer's time
    and price, so asked how long a washer runs ("세탁기 한 번 돌리면 몇 분 걸려요?") it answers for
    another item when "- 세탁기 중형(12kg): 1회 4,000원" is the list's line for the washer (blind
    set 9 was answered with the dryer's 30 minutes).

    Returns:
        True when ``raw`` is a table row or labelled line and a word of the question is
        in another row's label but nowhere in this row (in neither language).
    """
    own_label = _item_label(raw)
    if own_label is None or is_attribute_label(own_label):
        # "- 기간: 7월 26일부터 …" states the section's period: no item of its own that
        # another line's label could set apart (tools.rag.attribute_labels).
        return False
    row = raw.lower()
    named = set(tokenize(question)) - hours_frame_terms(question) - length_frame_terms(question)
    named -= words_naming_no_row(question)  # "at the ice rink" (row_label_match_43d)
    # The table's kind ("Test" heading "Blood test", "Chest X-ray") sets no row apart.
    kind = html_header_label(raw, passage)
    kinds = {e for w in tokenize(kind or "") for e in equivalents(w)}
    lines = passage.splitlines()
    for index, line in enumerate(lines):
        label = _item_label(line)
        if (
            label is None
            or line.strip() == raw.strip()
            or another_days_row(question, own_label, label)
            # A markdown header row's first cell ("| 환불을 요청한 때 | 돌려드리는 금액 |")
            # names the kind every row label is, not an item: its 환불 is every row's
            # (blind set 34; tools.rag.row_labels.heads_label_column).
            or heads_label_column(lines, index)
        ):
            continue
        for word in tokenize(FIGURE.sub(" ", label)):
            group = equivalents(word)
            if (
                group & named
                and not group & kinds
                and not any(w.lower() in row for w in group)
                # 사진 of 증명사진 does not outweigh 프로필 asked (row_label_match_43d).
                and not names_more_asked_words(question, named, own_label, label, word)
                # "받았는데" and "| 수혈을 받은 경우 |": a verb names no item (label_verbs_55h).
                and not shared_only_as_verb(question, word, own_label, label)
            ):
                return True
    return False


def row_values(raw: str) -> str | None:
    """A markdown table row's cells after its first (the item it names); ``None`` if no row.

    Why: in "| 헬스 1개월 | 헬스장 | 70,000원 |" the first cell names the item, so its
    "1개월" is not a duration the row states; the answer a row gives is in its other
    cells.

    Args:
        raw: The sentence as written in the document.

    Returns:
        The other cells joined by spaces, or ``None`` when ``raw`` is not a table row.
    """
    cells = _cells(raw)
    return None if cells is None else " ".join(cells[1:])


def answer_text(raw: str, sentence: str) -> str:
    """The part of a sentence that may hold its answer: a table row's value cells, else all.

    Args:
        raw: The sentence as written in the document.
        sentence: The sentence cleaned of markdown.

    Returns:
        :func:`row_values` for a table row with more than one cell, else ``sentence``.
    """
    return row_values(raw) or sentence


def untranslatable(terms: Sequence[str], sentence: str) -> set[str]:
    """The terms a sentence in another script could never write: no equivalent in it.

    Why: "What's the most acetaminophen an adult can take in one day?" against
    "성인은 … 하루 최대 4,000mg을 넘기지 마세요": the word bridge has 하루 for "day" but
    nothing for "adult", so the Korean sentence cannot be asked to name it; such a term
    is left unchecked (a caller counts it with the unknown ones), not held missing.

    Args:
        terms: Question terms.
        sentence: A candidate sentence.

    Returns:
        The terms of another script than the sentence's with no equivalent in its script.
    """
    target = language_of(sentence)
    return {
        t
        for t in terms
        if language_of(t) != target and all(language_of(e) != target for e in equivalents(t))
    }
