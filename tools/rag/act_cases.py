"""A permission question's case named only in rows listed under another act.

"킥보드 횡단보도 앞에 세워도 되나" asks about one place. The passage names it only in a
list under "다음 장소에는 반납할 수 없습니다" (returning, not the asked 세우다), and the act
screen (:meth:`tools.rag.asked_act.AskedAct.missed_by`) rightly passes those verbless rows
over. What was left to quote were the passage's general lines on parking ("보도 가장자리 …
에 세워 주세요", the fee for a banned spot): they name the act but not the crossing, so they
answer whether one may park at all, not there. When a word of the question is named in the
passage only by such rows (a case listed without a verb of its own, under another act's
heading line) and by no quoted sentence nor the heading, the passage states that case only
under another act: the extractive answer declines rather than quote the general rule.

Only verbless Korean rows: a passed-over sentence with a verb of its own ("A $200 booking
deposit holds your date") states a fact of its own, and a quote naming the deposit without
"booking" ("cash is accepted … but not for the deposit") still answers of it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tools.rag.answer_quote import Scored
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.models import Passage
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import language_of

__all__ = ["case_left_unquoted", "listed_case"]

_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA", "VCP", "VCN"})


def listed_case(sentence: str) -> bool:
    """Whether ``sentence`` is a Korean row without a verb or adjective ("소화전 앞")."""
    if language_of(sentence) != "ko":
        return False
    return not any(tag.split("-")[0] in _PREDICATE_TAGS for _, tag in morpheme_tags(sentence))


def case_left_unquoted(
    topic_terms: Sequence[str],
    passage: Passage,
    rank: int,
    passed_over: Collection[int],
    quoted: Sequence[Scored],
) -> bool:
    """Whether a topic term is named by rows of another act only, not by the quote.

    Args:
        topic_terms: The question's topic terms.
        passage: The best passage.
        rank: Its rank among the retrieved passages (that of its quoted sentences).
        passed_over: The orders of its sentences the act screen passed over.
        quoted: The sentences to quote.

    Returns:
        True when some topic term is in a verbless row passed over, but in no quoted
        sentence, not in the heading and not in a row on the same line (list item) as a
        quoted sentence ("- 공통: 영업용 업소(식당, 카페 등). 영업용은 별도 상품으로 계약합니다.":
        the second sentence goes on about the row's case).
    """
    spans = passage_sentences(passage)

    def line(order: int) -> int:
        return passage.text.count("\n", 0, spans[order][0])

    quoted_lines = {line(s[3]) for s in quoted if s[2] == rank and s[3] < len(spans)}
    said = " ".join([passage.heading or "", *(s[4] for s in quoted)])
    unsaid: set[str] = set()
    for order in passed_over:
        start, end, tokens = spans[order]
        if not listed_case(passage.text[start:end]):
            continue
        if line(order) in quoted_lines:
            said += " " + passage.text[start:end]
        else:
            unsaid.update(tokens)
    # Matched on the text: the quote's own words, however Kiwi cuts them ("트램펄린을").
    return any(term in unsaid and term not in said for term in topic_terms)
