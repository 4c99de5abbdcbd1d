"""An amount said after a document answer, read against the section's threshold (doccond58).

Blind sets 45 and 49: after "when does the expense money actually show up" was answered
from the travel policy's claim section, "my claim is 620,000 won, anything special?" and
"mine is 1.2 million won, does that apply to me" were declined ("not in the documents:
special", "million"), although the same section states "Claims above 500,000 won need the
approval of a department head." The follow-up names an amount and asks whether a rule
applies to it; the rule is the section's threshold on that unit.

The rule, for a follow-up that is an amount with its unit (digits or words: "1.2 million
won", "620k won", "백이십만원", "62만 원") and a question whether anything applies ("anything
special?", "does that apply to me", "해당돼요?", "이면요?") and nothing else: when a sentence
of a section the previous answer cited states a threshold on that unit (one reader:
:func:`graphs.condition_cover_56c.meets_threshold`), that sentence is quoted with its
citation, and the comparison is shown ("1,200,000 won is above 500,000 won"), worked
deterministically. With no threshold on the unit, or two that disagree, the rule says
nothing (the thread's other rules or an honest decline follow). A follow-up asking
something of its own ("my claim is 620,000 won, how do I submit it?") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from agents.documents import DocPlan
from graphs.condition_cover_56c import Figure, meets_threshold, money_in_digits
from tools.korean_numbers import format_number

__all__ = [
    "AskedAmount",
    "amount_asked",
    "asks_where_size_starts",
    "section_sentences",
    "threshold_for_size",
    "threshold_of_amount",
]

_UNIT_NAME = {"won": "won", "krw": "won", "원": "won", "dollar": "dollar", "dollars": "dollar"}


@dataclass(frozen=True, slots=True)
class AskedAmount:
    """An amount a follow-up names: its value and the unit's kind (won, dollar)."""

    value: Decimal
    unit: str


# The words of a follow-up that only names an amount and asks whether a rule applies:
# who has it, the copula, hedges, and the applies-question. Any other word asks
# something of its own ("how do i submit it"), which this rule does not read.
_EN_FRAME = frozenset(
    {
        "and", "but", "so", "ok", "okay", "then", "what", "if", "my", "mine", "our", "the", "a",
        "an", "it", "its", "it's", "this", "that", "is", "was", "are", "comes", "came", "come",
        "to", "total", "totals", "totaled", "like", "about", "around", "roughly", "just", "only",
        "claim",
        "expense", "expenses", "bill", "receipt", "amount", "sum", "spend", "spent", "does", "do",
        "did", "apply", "applies", "applied", "count", "counts", "matter", "any", "anything",
        "something", "special", "different", "else", "extra", "happen", "happens", "happening",
        "me", "i", "mine's", "that's", "it'll", "i'm", "im", "us", "rule", "rules", "there",
        "change", "changes", "now",
        # Whether the rule's requirement holds for it (docthread59: "does it need that",
        # "do i need a sign off", "is approval required").
        "need", "needs", "needed", "require", "requires", "required", "approval", "approve",
        "approved", "sign", "signed", "off", "signature", "have", "should", "will", "would",
    }
)  # fmt: skip
_EN_WORD = re.compile(r"[a-z']+")
# Korean: a subject (청구액이, 제 거), the amount, then the copula or a question whether
# it applies ("이면요?", "인데 뭐 따로 있어요?", "해당돼요?", "적용돼요?").
_KO_ASK = re.compile(
    r"^\s*(?:(?:그럼|그러면|만약|저는|제\s*거는?|제\s*건|제|내|경비가?|청구액이?|청구\s*금액이?|금액이?)\s*)*"
    r"(?P<n>\d+)\s*원\s*"
    r"(?:이면요?|인데요?|이에요|예요|이요|정도(?:면요?|인데요?)?"
    r"|(?:짜리\s*)?(?:청구하면|청구하는데|쓰면|썼으면|썼는데|나오면|나왔으면|나왔는데)요?)?\s*"
    # The rule's requirement asked of it: "승인 받아야돼요?", "결재 필요해요?" (docthread59).
    r"(?:(?:승인|결재|사인|서명)(?:이|을|도)?\s*(?:필요[가-힣]*|받아야\s*(?:돼|되|하)[가-힣]*"
    r"|있어야\s*(?:돼|되|하)[가-힣]*|해야\s*(?:돼|되|하)[가-힣]*))?\s*"
    r"(?:(?:뭐|뭔가|따로|특별히|다른\s*거|해당|적용|이것도|이것도|그것도|그것|이것|이거|그거)\s*)*"
    r"(?:있어요|있나요|있어|되나요|돼요|되요|돼|되는\s*거\s*있어요|해당\s*(?:돼|되)[가-힣]*|"
    r"적용\s*(?:돼|되)[가-힣]*|달라[가-힣]*|어떻게\s*(?:돼|되)[가-힣]*)?\s*[?？.!~]*\s*$"
)


def amount_asked(text: str) -> AskedAmount | None:
    """The amount a follow-up names when all it asks is whether a rule applies, else None."""
    said = money_in_digits(text)
    korean = _KO_ASK.match(said.replace(",", ""))
    if korean is not None:
        return AskedAmount(Decimal(korean["n"]), "won")
    figures = list(re.finditer(r"(?:\$\s*)?(\d[\d,]*(?:\.\d+)?)\s*(won|krw|dollars?|usd)?", said))
    figures = [f for f in figures if f.group(1).strip(",")]
    if len(figures) != 1:
        return None
    found = figures[0]
    unit = "dollar" if found.group(0).startswith("$") else found.group(2)
    if not unit:
        return None
    rest = (said[: found.start()] + " " + said[found.end() :]).lower()
    if any(w not in _EN_FRAME for w in _EN_WORD.findall(rest)):
        return None
    try:
        value = Decimal(found.group(1).replace(",", ""))
    except ArithmeticError:
        return None
    return AskedAmount(value, _UNIT_NAME.get(unit.lower(), "won"))


_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")
_THRESHOLD_FIGURE = re.compile(
    r"(?P<cmp>above|over|more\s+than|exceeding|in\s+excess\s+of|under|below|less\s+than"
    r"|at\s+least|up\s+to)\s+(?:[$₩]\s?)?(?P<n>\d[\d,]*)\s*(?:won|krw|dollars?|usd)"
    r"|(?P<ko>\d[\d,]*)\s*원\s*(?P<kcmp>이상|초과|이하|미만)",
    re.IGNORECASE,
)
_ANY_MONEY = re.compile(
    r"\d[\d,]*\s*(?:won|krw|dollars?|usd|원)(?![A-Za-z])|[$₩]\s?\d", re.IGNORECASE
)
# A rate after the figure ("per night", "a day", "each km", "당"): a cap per unit.
_PER_UNIT = re.compile(r"\s*(?:per|a|an|each|for\s+each)\s+[a-z]|\s*(?:당|마다)", re.IGNORECASE)
# What the amount is of, when the follow-up names it: the sentence must name it too.
_THING = re.compile(r"\b(claim|bill|receipt|expense|purchase|refund)s?\b", re.IGNORECASE)
_UP = frozenset(
    {"above", "over", "more than", "exceeding", "in excess of", "at least", "이상", "초과"}
)
_STRICT = frozenset(
    {
        "above",
        "over",
        "more than",
        "exceeding",
        "in excess of",
        "초과",
        "under",
        "below",
        "less than",
        "미만",
    }
)


def _comparison(amount: AskedAmount, sentence: str) -> str | None:
    """The worked comparison of the amount with the sentence's one threshold, or None."""
    found = list(_THRESHOLD_FIGURE.finditer(sentence))
    if len(found) != 1 or len(_ANY_MONEY.findall(sentence)) != 1:
        # Another sum beside the threshold ("up to 120,000 won … in Seoul and 90,000 won
        # elsewhere"): which one the amount is held to is not read.
        return None
    m = found[0]
    if _PER_UNIT.match(sentence, m.end()):
        return None  # "up to 30,000 won per day": a rate's cap, not a line on a total
    word = " ".join((m["cmp"] or m["kcmp"] or "").lower().split())
    limit = Decimal((m["n"] or m["ko"] or "0").replace(",", ""))
    up = word in _UP
    if word in _STRICT:
        inside = amount.value > limit if up else amount.value < limit
    else:
        inside = amount.value >= limit if up else amount.value <= limit
    unit = "won" if amount.unit == "won" else "dollars"
    said = f"{format_number(amount.value)} {unit}"
    side = word if word in ("above", "over", "under", "below") else ("above" if up else "below")
    threshold = f"{format_number(limit)} {unit}"
    if side in ("over", "under"):
        side = "above" if side == "over" else "below"
    verdict = "is" if inside else "is not"
    if word in ("at least", "이상"):
        return f"{said} {verdict} at least {threshold}."
    if word in ("up to", "이하"):
        return f"{said} {verdict} at most {threshold}."
    return f"{said} {verdict} {side} {threshold}."


def _names(text: str, sentence: str) -> bool:
    """Whether the sentence names what the follow-up's amount is of (when it names it)."""
    things = {m.lower() for m in _THING.findall(text)}
    return not things or any(t in sentence.lower() for t in things)


def section_sentences(citations: Sequence[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Each sentence of the cited sections (once per section), with its citation."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, dict[str, Any]]] = []
    for c in citations:
        key = (str(c.get("source", "")), str(c.get("locator", "")))
        if key in seen:
            continue
        seen.add(key)
        for sentence in _SENTENCE_END.split(str(c.get("text", ""))):
            if sentence.strip():
                out.append((sentence.strip(), c))
    return out


def threshold_of_amount(text: str, previous: DocPlan) -> DocPlan | None:
    """The section's threshold sentence for the amount ``text`` names, with the comparison.

    Args:
        text: The follow-up ("mine is 1.2 million won, does that apply to me").
        previous: The previous question's extractive plan (its citations carry their
            sections' text).

    Returns:
        An extractive plan quoting the one sentence of the previous answer's sections that
        states a threshold on the amount's unit, with the amount compared to it; ``None``
        when the follow-up is not that form or no single such sentence is stated.
    """
    if previous.kind != "extractive":
        return None
    amount = amount_asked(text)
    if amount is None:
        return None
    figure = Figure(format(amount.value.normalize(), "f"), amount.unit, "")
    stating = [
        (s, c)
        for s, c in section_sentences(previous.citations)
        if meets_threshold(s, figure) and _comparison(amount, s) is not None and _names(text, s)
    ]
    if len(stating) != 1:
        return None  # none, or two thresholds on the unit: which one applies is not read
    sentence, citation = stating[0]
    worked = _comparison(amount, sentence)
    quote = sentence if sentence.endswith((".", "!", "?", "다.", "요.")) else f"{sentence}."
    return DocPlan(
        kind="extractive",
        reasons=[
            "follow-up naming an amount: the previous answer's section states a threshold "
            "on its unit (amount_threshold_58c)"
        ],
        answer=f"{quote} [1] ({worked})",
        citations=[{**citation, "id": 1}],
    )


# "how big counts as big?", "what counts as large?", "how much is a big claim?", "얼마부터
# 큰 거예요?", "큰 금액은 얼마 이상이에요?": where a size word of the thread starts.
_SIZE_START_EN = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|but)\s+)?(?:how\s+(?:big|large|much|high)|what)\s+"
    r"(?:counts?\s+as|is\s+considered|do\s+you\s+mean\s+by|is)\s+(?:a\s+)?(?P<size>big|large|huge|high)"
    r"(?:\s+(?:one|claim|amount|expense|bill))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SIZE_START_KO = re.compile(
    r"얼마(?:부터|\s*이상(?:이|부터)?|\s*넘(?:으면|어야))\s*(?:가|이)?\s*(?:큰|고액|많은)"
    r"|(?:큰|고액|많은)\s*(?:거|건|금액|돈|청구)(?:은|는|이)?\s*얼마(?:부터|\s*이상)"
)
_ABOVE_FIGURE = re.compile(
    r"\b(?:above|over|exceeding|more\s+than|larger\s+than|bigger\s+than|greater\s+than"
    r"|higher\s+than|in\s+excess\s+of)\s+[$₩]?\s?\d|\d[\d,]*\s*원\s*(?:이상|초과)",
    re.IGNORECASE,
)


def asks_where_size_starts(text: str) -> bool:
    """Whether the follow-up asks where "big" starts ("how big counts as big?")."""
    return bool(_SIZE_START_EN.search(text) or _SIZE_START_KO.search(text))


def threshold_for_size(text: str, previous_question: str, previous: DocPlan) -> DocPlan | None:
    """The previous answer's one sentence drawing the line above a figure, or ``None``.

    Read only when the previous question named the size word ("a big expense claim") and
    its answer quoted exactly one sentence with a line above a figure.
    """
    if previous.kind != "extractive" or not asks_where_size_starts(text):
        return None
    if not re.search(r"\b(?:big|large|huge|high)\b|큰|고액", previous_question, re.IGNORECASE):
        return None
    quoted = [(m["sentence"].strip(), m["id"]) for m in _QUOTED.finditer(previous.answer)]
    lines = [(sentence, i) for sentence, i in quoted if _ABOVE_FIGURE.search(sentence)]
    if len(lines) != 1:
        return None
    sentence, cited = lines[0]
    citations = [{**c, "id": 1} for c in previous.citations if str(c.get("id")) == cited]
    if not citations:
        return None
    why = "follow-up asking where a size word starts: the line the previous answer quoted"
    return DocPlan(kind="extractive", reasons=[why], answer=f"{sentence} [1]", citations=citations)


_QUOTED = re.compile(r"(?P<sentence>[^\[\]]+?)\s*\[(?P<id>\d{1,3})\]\s*")
