"""A follow-up that adds a condition is answered only by a sentence stating it (wrongs55).

After "휴가 승인은 누가 해요?" (quoted: "팀장이 승인하면 휴가가 확정됩니다"), "팀장 휴가중이면?"
asks who approves while the manager is away; its words found the same section and the same
approval sentence came back, cited, as if it answered the absence. After the expense claim
rule, "영수증 잃어버리면?" got "Parking and tolls are reimbursed with a receipt": the
receipt, not its loss. A condition's answer is a sentence that states the condition (or its
exception); a quote that only shares the thread's subject words answers the question
without it.

The rule reads the condition's head, the word that carries it:

- Korean: the clause ending in a conditional ending (-면, -으면, -라면, -다면, -면요), read
  back from that ending past light verbs (쓰다, 하다, 되다 …), comparisons (넘다, 이상 …)
  and frame words: "잃어버리", "아프", "조부모상", "휴가 중" (a bound noun such as 중 stays
  with its noun: "휴가중" is not "휴가"), or a figure with its unit ("5일 넘게 쓰면": 일);
- English: the clause after "what if / and if / if" up to a question word: its predicate
  after a copula ("my manager is on vacation": vacation), else its first content word
  after a pronoun subject ("i lose the receipt": lose).

Beside the head, one sentence must also state: the condition's absence when it is one
("영수증 없으면": 없/not/without …); its figure, as itself or as a threshold on its unit
("7일 쉬면" is answered by "5일 이상이면"; a compared figure, "60일 넘으면", only by
itself); and, for a follow-up that is the condition alone, its other words the thread
did not name ("and if i stay with a friend?": friend). A quote none of whose sentences
states all that (in either language, through the term bridge) becomes an honest "not in
the documents". Extractive quotes (:func:`stated_condition`) and curated answers
(graphs.follow_up_screens_55w) are screened; a calculation or a model's reply is answered
elsewhere.

A sentence may state the condition in other words (cond56, :mod:`graphs.condition_cover_56c`):
a figure (일주일, a week, "a 100,000 won note") meeting a threshold of its kind, when the
condition names its act too ("일주일 넘게 아프면요?" by "5일 이상이면"); a relative or friend
by someone acting for the asker; driving by a vehicle; a big note by "bills larger than";
a continuation asking its maximum by the cap. A head word the thread already asked about
("what if I pay cash …" after "which cards can I pay with") leaves the condition to the
words it adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from graphs.condition_cover_56c import (
    EN_PERIOD_COUNTS,
    IN_A_ROW_KO,
    NATIVE_PERIODS_KO,
    Figure,
    asks_cap_on_continuation,
    covered_word,
    english_figure,
    korean_period_figure,
    meets_threshold,
    money_in_digits,
    states_figure_itself,
)
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize

__all__ = ["ConditionHead", "condition_head", "stated_condition", "states_condition"]

# Kiwi's conditional endings ("휴가중이면", "아프면요", "주말이라면"); -려면 (purpose) is not one.
_CONDITIONAL = frozenset({"면", "으면", "면요", "으면요", "라면", "이라면", "다면", "는다면"})
_ENDING_TAGS = frozenset({"EC", "EF"})
# Verbs that only carry the condition's object ("병가 5일 넘게 쓰면": 병가, 5일).
_LIGHT_KO = frozenset(
    {"하", "되", "쓰", "받", "가", "오", "있", "없", "주", "내", "보", "들", "나", "생기", "당하"}
)
# Being listed on a bill or a receipt ("술값이 같이 찍혀 있으면", "포함돼 있으면"): the condition
# is the item listed, and an adverb beside the verb ("같이", "또") says only that it is
# listed too (docko57).
_LISTED_KO = frozenset({"찍히", "포함", "기재", "적히"})
# Comparisons: the figure before them is the condition, its threshold is the quote's.
_COMPARE_KO = frozenset({"넘", "지나", "초과", "이상", "미만", "이하", "넘어가", "넘기", "더"})
# Words read back over: pronouns, "그럼", question words, negation, adverbs of degree.
_FRAME_KO = frozenset(
    {"그럼", "그러면", "만약", "만일", "혹시", "그거", "그것", "이거", "제", "저", "내", "나",
     "우리", "안", "못", "좀", "꼭", "많이", "조금", "그냥", "누구", "뭐", "무엇", "어떻"}
)  # fmt: skip
# A condition's absence ("없으면", "안 내면") and a sentence that states one.
_NEGATION_KO = frozenset({"없", "안", "못", "않"})
_NEGATION_EN = re.compile(
    r"\b(?:not|no|without|never|don'?t|doesn'?t|didn'?t|can'?t|cannot)\b|n't\b"
)
_STATES_ABSENCE = re.compile(
    r"없|않|못|아니|분실|잃어버|\b(?:not|no|without|never|unless|lost|missing)\b|n't\b",
    re.IGNORECASE,
)
# Periods a figure is counted in by words ("일주일", "한 달", "두 주": condition_cover_56c).
_PERIOD_KO = frozenset({"일주일", "주", "주일", "달", *NATIVE_PERIODS_KO})
# Bound nouns of a state one is in ("휴가중", "출장 중").
_STATE_KO = frozenset({"중"})
_CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL", "SH", "MAG", "NR"})
_SKIP_TAGS = frozenset({"JKS", "JKO", "JKB", "JKG", "JX", "JC", "VCP", "XSV", "XSA", "ETM", "EC"})

_EN_CLAUSE = re.compile(
    r"^\s*(?:(?:and|but|so|ok|okay|then)\s+)?(?:what\s+(?:about\s+)?|how\s+about\s+)?if\s+"
    # A figure's thousands comma ("a 100,000 won note") does not end the clause.
    r"(?P<clause>(?:[^?,]|(?<=\d),(?=\d))+?)"
    r"(?=\?|[,.](?!\d)|$|\s+(?:how|what|who|whom|when|where|which|do|does|can|could|should|would|will)\b)",
    re.IGNORECASE,
)
_EN_COPULA = re.compile(
    r"\b(?:is|are|was|were|am|be|been|im|i'm)\b|(?<=\w)'(?:m|s|re)\b", re.IGNORECASE
)
# "on vacation", "off sick", "out on leave": a state one is in.
_EN_STATE = re.compile(r"\s*(?:on|off|out)\b", re.IGNORECASE)
# ("mine is 1.2 million won": a possessive standing for the thread's thing, doccond58.)
_EN_SUBJECT = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "someone", "somebody", "mine", "ours", "yours"}
)
_EN_LIGHT = frozenset({"have", "has", "had", "get", "got", "do", "does", "did", "go", "went"})
# What an English word may end in past its stem ("use": using, "lose": lost).
_EN_ENDINGS = frozenset({"", "e", "es", "ed", "d", "s", "ing", "er", "ers", "t"})
# Period words a figure is counted in ("a week", "two months"): condition_cover_56c.
_EN_PERIOD_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months"})
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")
_CITATION = re.compile(r"\[\d{1,3}\]")
_CLOSING_NOTE = re.compile(r"\([^()]*\)\s*$")
_FIGURE_UNIT = re.compile(r"\d[\d,.]*\s*([가-힣A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class ConditionHead:
    """The word(s) a follow-up's condition hangs on, and how they are matched.

    ``words``: each must be stated in one quoted sentence (a compound's nouns:
    ("조부모", "상")). ``unit``: a figure's unit, when the condition names a figure.
    """

    words: tuple[str, ...] = ()
    unit: str = ""
    # A state one is in ("휴가 중", "on vacation"): the noun must be stated as that state,
    # not merely named ("팀장이 승인하면 휴가가 확정됩니다" names leave, not being on it).
    state: bool = False
    # Its absence ("영수증 없으면", "if i don't have the receipt"): a sentence must say so.
    absent: bool = False
    # A figure the condition names ("3일만 쉬면": 3, unit 일) and whether it is compared
    # ("60일 넘으면"): a compared figure is stated only as itself; another is stated by
    # itself or by a threshold on its unit ("5일 이상이면").
    figure: str = ""
    compares: bool = False
    # The condition's other words, when the follow-up is the condition alone ("and if i
    # stay with a friend?": friend): each must be stated too unless the thread named it.
    others: tuple[str, ...] = ()
    # A compared figure's direction is down ("3일 미만이면", "under 5 days"), not up.
    lower: bool = False
    # The follow-up itself, the context a word is read in (condition_cover_56c).
    text: str = ""


def _korean_head(text: str) -> ConditionHead | None:
    tokens = kiwi_tokenize(text)
    end = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.tag in _ENDING_TAGS and t.form in _CONDITIONAL and i > 0
        ),
        None,
    )
    if end is None:
        return None
    head = _korean_head_before(tokens, end)
    if head is None:
        return None
    clause = tokens[:end]
    negated = any(
        t.form in _NEGATION_KO and str(t.tag).split("-")[0] in ("VA", "MAG", "VX") for t in clause
    )
    figure = next(
        (
            (a.form, b.form)
            for a, b in pairwise(clause)
            if a.tag == "SN" and b.tag in ("NNB", "NNG") and a.start + a.len == b.start
        ),
        None,
    ) or korean_period_figure(text[: clause[-1].start + clause[-1].len] if clause else "")
    if figure and set(head.words) <= _PERIOD_KO:
        # "일주일 넘으면?": the period is the figure, not a word to state.
        head = replace(head, words=())
    bare = all(t.tag in ("SF", "EF", "MM", "JX", "IC") or t.form == "요" for t in tokens[end + 1 :])
    # "일주일 내리 쉬면": "in a row" only says how the figure's days run (condition_cover_56c).
    in_a_row = IN_A_ROW_KO if figure else frozenset()
    # "같이 찍혀 있으면": the listing verb and its adverb are read with the item (_LISTED_KO).
    listing = any(t.form in _LISTED_KO for t in clause)
    others = tuple(
        t.form
        for t in clause
        if bare
        and str(t.tag).split("-")[0] in _CONTENT_TAGS
        and t.form not in head.words
        and t.form not in _LIGHT_KO | _COMPARE_KO | _FRAME_KO | _NEGATION_KO | _PERIOD_KO
        and t.form not in in_a_row
        and not (listing and (t.form in _LISTED_KO or t.tag == "MAG"))
    )
    return replace(
        head,
        absent=negated,
        figure=figure[0] if figure else "",
        unit=figure[1] if figure else head.unit,
        compares=any(t.form in _COMPARE_KO for t in clause),
        lower=any(t.form in ("미만", "이하") for t in clause),
        others=others,
    )


def _korean_head_before(tokens: list[Any], end: int) -> ConditionHead | None:
    listed = False
    for i in range(end - 1, -1, -1):
        token = tokens[i]
        form, tag = token.form, str(token.tag)
        if tag in ("SF", "SP") or (tag == "EC" and form in _CONDITIONAL):
            return None
        if form in _LISTED_KO or (listed and tag == "MAG"):
            listed = True  # "술값이 같이 찍혀 있으면": the item listed is the condition
            continue
        light = form in _LIGHT_KO and tag.split("-")[0] in ("VV", "VA", "VX")
        if tag in _SKIP_TAGS or light or form in _COMPARE_KO or form in _FRAME_KO:
            continue
        if tag in ("NNB", "NNG") and form in _PERIOD_KO and i > 0 and tokens[i - 1].tag == "MM":
            # "두 달 넘으면?", "한 주 넘게": a period counted in words is a figure's unit.
            return ConditionHead(unit=form)
        if tag == "NNB":
            before = tokens[i - 1] if i > 0 else None
            if before is not None and before.tag in ("SN", "NR"):
                return ConditionHead(unit=form)
            if before is not None and before.tag in ("NNG", "NNP") and form in _STATE_KO:
                return ConditionHead(words=(before.form,), state=True)
            if before is not None and before.tag in ("NNG", "NNP"):
                return ConditionHead(words=(before.form, form))
            continue
        if tag == "SN":
            return None
        if tag in ("NNG", "NNP"):
            return ConditionHead(words=_compound(tokens, i))
        if tag.split("-")[0] in _CONTENT_TAGS:
            return ConditionHead(words=(form,))
    return None


def _compound(tokens: list[Any], last: int) -> tuple[str, ...]:
    """The nouns written as one word ending at ``tokens[last]`` ("조부모상": 조부모, 상)."""
    first = last
    while (
        first > 0
        and tokens[first - 1].tag in ("NNG", "NNP")
        and tokens[first - 1].start + tokens[first - 1].len == tokens[first].start
    ):
        first -= 1
    return tuple(t.form for t in tokens[first : last + 1])


def _english_head(text: str) -> ConditionHead | None:
    from graphs.condition_figure_en_56t import figure_condition_head  # (imports this module)

    if (amount := figure_condition_head(text)) is not None:
        return amount  # "what if my claim is like 650k won" (set 48)
    found = _EN_CLAUSE.search(text)
    if found is None:
        return None
    clause = found.group("clause")
    # A figure and its unit are the threshold's to state ("more than 5 days", "a 100,000
    # won note", "over a week"), not words.
    figure = english_figure(clause)
    units = set(re.findall(r"\d[\d,.]*\s*([a-z]+)", clause.lower()))
    if figure is not None:
        units |= {figure.unit, *_EN_PERIOD_WORDS}

    def figure_word(word: str) -> bool:
        counted = figure is not None and word in EN_PERIOD_COUNTS  # "ten" of "ten days"
        return word.isdigit() or counted or any(u.startswith(word) for u in units)

    head = _english_clause_head(clause, figure_word)
    if head is None and figure is not None:
        head = ConditionHead(unit=figure.unit)
    if head is None:
        return None
    bare = not text[found.end() :].strip(" ?？!.")
    others = tuple(
        w
        for w in english_tokens(clause)
        if bare
        and w not in head.words
        and w not in _EN_LIGHT
        and w not in _EN_SUBJECT
        and not figure_word(w)
    )
    if figure is not None:
        head = replace(
            head,
            figure=figure.value,
            unit=figure.unit,
            compares=bool(figure.compares),
            lower=figure.compares == "down",
        )
    return replace(head, absent=_NEGATION_EN.search(clause) is not None, others=others)


def _english_clause_head(clause: str, figure_word: Any) -> ConditionHead | None:
    copula = _EN_COPULA.search(clause)
    if copula is not None:
        predicate = clause[copula.end() :]
        after = [w for w in english_tokens(predicate) if not figure_word(w)]
        state = _EN_STATE.match(predicate) is not None
        return ConditionHead(words=(after[0],), state=state) if after else None
    words = clause.lower().split()
    if words and words[0].strip("'") in _EN_SUBJECT:
        rest = [
            w
            for w in english_tokens(" ".join(words[1:]))
            if w not in _EN_LIGHT and not figure_word(w)
        ]
        return ConditionHead(words=(rest[0],)) if rest else None
    tokens = [w for w in english_tokens(clause) if not figure_word(w)]
    return ConditionHead(words=tuple(tokens)) if tokens else None


def condition_head(text: str) -> ConditionHead | None:
    """The head of the condition ``text`` adds ("팀장 휴가중이면?": 휴가 + 중), or ``None``.

    ``None`` also when no head can be read (only light words or a bare figure): the rule
    then says nothing rather than guess.
    """
    script = detect_script(text)
    said = money_in_digits(text)  # "1.2 million won", "백이십만원": a figure (doccond58)
    head = _korean_head(said) if script == "ko" else _english_head(said) if script == "en" else None
    return replace(head, text=text) if head is not None else None


def _sentences(answer: str) -> list[str]:
    body = _CLOSING_NOTE.sub("", answer.strip())
    parts = (p for chunk in _CITATION.split(body) for p in _SENTENCE_END.split(chunk))
    return [part.strip() for part in parts if part.strip()]


def _sentence_words(sentence: str) -> set[str]:
    """A sentence's words as the head is compared with them: Kiwi forms, English words."""
    words = {t.form.lower() for t in kiwi_tokenize(sentence)}
    return words | set(english_tokens(sentence)) | {w.lower() for w in sentence.split()}


def _english_form_of(word: str, words: set[str]) -> bool:
    """Whether ``word`` or a form of it ("use": using, "lose": lost) is among ``words``."""
    stem = word[:-1] if word.endswith("e") else word
    if len(stem) < 2 or not stem.isascii():
        return False
    return any(w.startswith(stem) and w[len(stem) :] in _EN_ENDINGS for w in words)


def _stated(word: str, words: set[str], sentence: str, condition: str = "") -> bool:
    lowered = word.lower()
    # Its kind through a general word ("my son" by "someone … for you", a big note by
    # "bills larger than …"): condition_cover_56c.
    if covered_word(word, sentence, condition):
        return True
    if lowered in words or _english_form_of(lowered, words):
        return True
    if any(other.lower() in words for other in equivalents(word)):
        return True
    # The bridge may link one way only ("병가" lists "sick"; "sick" does not list 병가).
    if any(lowered in {e.lower() for e in equivalents(w)} for w in words if not w.isascii()):
        return True
    # A Korean noun written inside a longer word of the sentence ("조부모상은").
    return detect_script(word) == "ko" and len(word) >= 2 and word in sentence


def _in_state(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` states being in the state ``noun`` ("휴가 중", "on leave")."""
    forms = {noun.lower(), *(w.lower() for w in equivalents(noun))}
    tokens = kiwi_tokenize(sentence)
    for first, second in pairwise(tokens):
        if first.form.lower() in forms and second.form in _STATE_KO:
            return True
    english = re.findall(r"\b(?:on|off|out)\s+(?:\w+\s+)?(\w+)", sentence.lower())
    return any(_english_form_of(noun.lower(), {w}) or w in forms for w in english)


def _states_figure(sentence: str, head: ConditionHead) -> bool:
    """Whether ``sentence`` states the condition's figure, or a threshold on its unit.

    A compared figure alone ("60일 넘으면?": past the thread's limit) is stated only by
    itself; one with its act ("일주일 넘게 아프면요?") also by a threshold it meets.
    """
    compact = sentence.replace(",", "")
    if re.search(rf"(?<!\d){re.escape(head.figure)}\s*{re.escape(head.unit)}", compact):
        return True
    direction = ("down" if head.lower else "up") if head.compares else ""
    figure = Figure(head.figure, head.unit, direction)
    if states_figure_itself(sentence, figure):
        return True
    if head.compares and not head.words:
        return False
    threshold = rf"\d+\s*{re.escape(head.unit)}\S*\s*(?:이상|이하|초과|미만|넘|지나)"
    if not head.compares and re.search(threshold, compact) is not None:
        return True
    return meets_threshold(sentence, figure)


def _sentence_states(sentence: str, head: ConditionHead, others: Sequence[str]) -> bool:
    if head.absent and _STATES_ABSENCE.search(sentence) is None:
        return False
    if head.figure and not _states_figure(sentence, head):
        return False
    stated_units = _FIGURE_UNIT.findall(sentence)
    if not head.figure and head.unit and head.unit not in stated_units:
        return False
    words = _sentence_words(sentence)
    if head.state:
        if not _in_state(head.words[0], sentence):
            return False
    elif not all(_stated(word, words, sentence, head.text) for word in head.words):
        return False
    return all(_stated(word, words, sentence, head.text) for word in others)


def states_condition(answer: str, head: ConditionHead, named: Sequence[str] = ()) -> bool:
    """Whether one sentence of the quote ``answer`` states the condition ``head``.

    Args:
        answer: The quote (or a curated answer).
        head: The condition's head.
        named: The thread's earlier questions: a word of the condition they named is the
            thread's subject, not part of the condition.
    """
    asked = " ".join(named).lower()
    others = [w for w in head.others if not _named_in(w, asked)]
    sentences = _sentences(answer)
    # A continuation asking its maximum ("계속 다니면 최대 몇 개까지 늘어요?") is answered by the
    # cap a sentence states (condition_cover_56c).
    if any(asks_cap_on_continuation(head.text, s) for s in sentences):
        return True
    named_act = head.words and all(_named_in(w, asked) for w in head.words)
    if others and named_act and not head.state and not head.absent:
        # The act the thread asked about ("which cards can I pay with" → "what if I pay
        # cash with a big note?"): the condition is the words it adds.
        head = replace(head, words=())
    return any(_sentence_states(s, head, others) for s in sentences)


def _named_in(word: str, asked: str) -> bool:
    return word.lower() in asked or any(e.lower() in asked for e in equivalents(word) if len(e) > 1)


# The rules that read all a follow-up adds and work its figure (graphs.cited_rate_59d,
# graphs.beyond_cap_59d, graphs.duration_threshold_59d): their plan's first reason ends
# so, and the screen leaves it.
_WORKED_59D = ("(cited_rate_59d)", "(beyond_cap_59d)", "(duration_threshold_59d)")


def stated_condition(plan: DocPlan, text: str, earlier: Sequence[str] = ()) -> DocPlan:
    """``plan``, or "not in the documents" when its quote does not state ``text``'s condition.

    Args:
        plan: A follow-up's document plan (only an extractive quote is screened).
        text: The follow-up ("팀장 휴가중이면?", "what if i lose the receipt?").
        earlier: The thread's earlier questions, oldest first.
    """
    if plan.kind != "extractive" or not plan.answer:
        return plan
    if plan.reasons and plan.reasons[0].endswith(_WORKED_59D):
        return plan  # a figure worked from the quantity the follow-up adds, all of it read
    head = condition_head(text)
    if head is None or states_condition(plan.answer, head, earlier):
        return plan
    missing = head.unit or " ".join(head.words)
    sources = sorted({str(c.get("source", "")) for c in plan.citations} - {""})
    why = (
        f"follow-up adds a condition ({missing!r}) that no quoted sentence states: "
        "the quote answers the question without it (condition_follow_up_55w)"
    )
    return DocPlan(
        kind="not_covered",
        reasons=[*plan.reasons, why],
        answer=not_covered_message(text, text.strip(" ?？"), ", ".join(sources)),
    )
