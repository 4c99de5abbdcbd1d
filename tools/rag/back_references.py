"""A sentence that points back ("이 할인은 …", "This fee …") speaks of the sentence before it.

A sentence opening with a demonstrative (이, 그, 저, 이런, 해당 …; this, these, such …)
takes its subject from the sentence before: "첫 달 요금의 50%를 할인받습니다. 이 할인은
12개월 선결제 할인과 함께 받을 수 없습니다." is about the first-month discount, however
well its own words ("12개월 선결제 할인") match a question about paying a year ahead.
Scored alone it outranked the sentence that does state the year's discount, and was
quoted as the answer. Such a sentence answers no better than its antecedent: its score
is capped at that sentence's, so it is quoted with it, after it, or not at all. One whose
antecedent was passed over as stating another case (another item or period, another
subject, another act) speaks of that case too, and is dropped. A sentence whose
antecedent was passed over for other reasons (no answer of the kind asked, nothing the
question names, a heading) is left as scored: its words then state the case alone.

A demonstrative before a calendar period ("그해에 쓰지 못한 연차는 … 이월할 수 있으며",
"그 달", "that year") says when, not what: a yearly rule's year is every year, and the
sentence names its own case. Held to its antecedent ("1년이 지난 직원은 매년 15일의 연차"),
passed over by the ruled-act screen, it was dropped and "올해 못 쓴 연차는 내년으로 넘길
수 있나요?" declined (held-out 3). A day or a time (그날, 그때) may be one case's own
("대회 날 … 그날은"): those still point back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from tools.rag.answer_quote import Scored
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import language_of

__all__ = ["capped_by_antecedents", "points_back"]

# Korean demonstrative determiners (MM) and "해당" (the said …) before a noun.
_KOREAN_DETERMINERS = frozenset({"이", "그", "저", "이런", "그런", "저런", "이러한", "그러한"})
_KOREAN_ROOTS = frozenset({"이러", "그러", "저러"})  # 이러한/그러한 read as root + 하 + ㄴ
_CONNECTIVES = frozenset({"MAJ"})
# Calendar periods a demonstrative may stand before without naming a case (see above).
_PERIODS = frozenset({"해", "년", "연도", "달", "월", "주"})  # "그리고 이 할인은", "또한 이 경우"
_ENGLISH = re.compile(
    r"^\W*(?:(?:and|also|but)\s+)?(?:this|that|these|those|such)\b"
    r"(?!\s+(?:year|month|week|calendar\s+year)\b)",
    re.I,
)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` opens with a demonstrative naming something said before it."""
    if language_of(sentence) == "en":
        return bool(_ENGLISH.match(sentence))
    tags = [t for t in morpheme_tags(sentence) if t[1] not in ("SP", "SS", "SO", "SW")]
    while tags and tags[0][1] in _CONNECTIVES:
        tags = tags[1:]
    if len(tags) < 2:
        return False
    (form, tag), (_, after) = tags[0], tags[1]
    if tag == "MM" and tags[1][0] in _PERIODS:
        return False  # "그해에 쓰지 못한 연차는": when, not what
    if tag == "MM" and form in _KOREAN_DETERMINERS:
        return True
    if tag == "XR" and form in _KOREAN_ROOTS:
        return True
    return form == "해당" and after == "NNG"


def capped_by_antecedents(
    scored: Sequence[Scored], another_case: Collection[tuple[int, int]] = ()
) -> list[Scored]:
    """``scored`` with each back-pointing sentence held to what its antecedent answers.

    Args:
        scored: Scored sentences (score, passage coverage, rank, order, text).
        another_case: (rank, order) of the sentences passed over as stating another case
            (another item, period, subject or act) than the one asked.

    Returns:
        The same sentences, in the same order, but: a sentence that points back to a
        sentence of ``another_case`` is dropped (it speaks of that case too), and one
        whose antecedent (same passage, previous order) was scored gets at most that
        sentence's score (after that one's own cap: a chain of them stays in order).
    """
    by_place = {(s[2], s[3]): s for s in scored}
    capped: dict[tuple[int, int], float] = {}
    dropped: set[tuple[int, int]] = set()
    for rank, order in sorted(by_place):
        score, text = by_place[(rank, order)][0], by_place[(rank, order)][4]
        before = (rank, order - 1)
        if (before in by_place or before in another_case) and points_back(text):
            if before in another_case or before in dropped:
                dropped.add((rank, order))
                continue
            score = min(score, capped.get(before, by_place[before][0]))
        capped[(rank, order)] = score
    return [
        (capped[(s[2], s[3])], s[1], s[2], s[3], s[4])
        for s in scored
        if (s[2], s[3]) not in dropped
    ]


def with_sentence_leaned_on(
    chosen: Sequence[Scored],
    best: Scored,
    leaning: Mapping[tuple[int, int], str],
    scored: Sequence[Scored],
) -> list[Scored]:
    """``chosen`` with the sentence before the best one when only that sentence completes it.

    "진료를 받으신 분은 … 1시간 동안 무료로 주차할 수 있습니다. 1시간이 지나면 10분마다
    500원의 요금이 붙습니다.": the second names the fee, the first what it is a fee for (and
    that the first hour is free). Quoted alone, the fee reads as the whole answer to "how
    much is parking?". A best sentence that covers the question only with the sentence
    before it is quoted after that sentence, when that sentence is itself a candidate (it
    passed every screen and was scored): one passed over ("짚라인을 탈 때는 …" before the
    trampoline's age rule, lending it only the verb 타다) is about something else.

    Args:
        chosen: The sentences to quote (``best`` among them).
        best: The best sentence.
        leaning: The text of the sentence before, for each sentence (rank, order) that
            names a question term only through it.
        scored: Every scored sentence, for the sentence before's own score.

    Returns:
        ``chosen``, plus the sentence before ``best`` (as scored) when ``best`` leans on it,
        it was scored and it is not quoted yet.
    """
    before = (best[2], best[3] - 1)
    text = leaning.get((best[2], best[3]))
    own = next((s for s in scored if (s[2], s[3]) == before), None)
    if not text or own is None or any((s[2], s[3]) == before for s in chosen):
        return list(chosen)
    return [*chosen, own]
