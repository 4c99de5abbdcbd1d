"""Where the documents rule on the asked act, a sentence naming no act of it is no answer.

Blind set 48: "대회 날에 붕어 잡으면 가져가도 돼요?" was answered with the contest's "매월 셋째
토요일 … 붕어 낚시 대회를 엽니다" and, within the catch rules, "향어, 잉어, 붕어, 메기를 매주
방류합니다": both name the fish or the contest, neither says a word of taking any home,
while the footnote beside them does ("낚시 대회 날에는 … 한 마리도 가져갈 수 없습니다").
tools.rag.asked_act lets a sentence without the act answer a permission question unless it
permits another act: documents grant an act in other words ("Cash is accepted"). Once a
retrieved passage that names the question's topic RULES on the asked act itself (가져갈 수
없습니다, 반입 금지, 빌려도 됩니다), the documents have spoken of the act in its own words,
and a Korean sentence naming no word of that act (the same act in the word lists or
tools.rag.korean_act_objects' table) is about something else. A table row is left alone:
its column heading may name the act ("| 감기약 복용 | 약을 마지막으로 먹은 날부터 3일 |"
answers "감기약 먹었는데 헌혈해도 되나요", held-out set 46), and a row ends in no sentence
ending.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.korean_act_objects import same_acts
from tools.rag.models import Passage
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import language_of

if TYPE_CHECKING:  # asked_act reads passes_over: no import at run time
    from tools.rag.asked_act import AskedAct

__all__ = ["act_ruled_beside_topic", "passes_over", "rules_on_act", "with_ruling"]

# What follows an act to rule on it: -ㄹ 수 있다/없다, -어도 되다, -면 안 되다, or a noun of
# permission right after it (반입 금지, 대여 가능, 반출 불가).
_RULING_NOUNS = frozenset({"금지", "가능", "불가", "불가능", "허용"})
_MAY_ENDINGS = frozenset({"어도", "아도", "여도"})
_IF_ENDINGS = frozenset({"면", "으면"})
_LOOKAHEAD = 5


def _rules_after(tags: Sequence[tuple[str, str]], at: int) -> bool:
    following = tags[at + 1 : at + 1 + _LOOKAHEAD]
    forms = [form for form, _ in following]
    if forms and forms[0] in _RULING_NOUNS:
        return True
    for i, form in enumerate(forms[:-1]):
        nxt = forms[i + 1]
        if form == "수" and nxt in ("있", "없"):
            return True
        if form in _MAY_ENDINGS and nxt == "되":
            return True
        if form in _IF_ENDINGS and nxt == "안":
            return True
    return False


def rules_on_act(sentence: str, words: Collection[str]) -> bool:
    """Whether a Korean sentence permits or forbids one of the act ``words``.

    >>> rules_on_act("대회 날에는 한 마리도 가져갈 수 없습니다.", {"가져가"})
    True
    >>> rules_on_act("향어, 잉어, 붕어를 매주 방류합니다.", {"가져가"})
    False
    """
    if language_of(sentence) != "ko":
        return False
    tags = morpheme_tags(sentence)
    return any(form in words and _rules_after(tags, i) for i, (form, _) in enumerate(tags))


def act_ruled_beside_topic(
    passages: Sequence[Passage], words: Collection[str], topics: Collection[str]
) -> bool:
    """Whether a retrieved passage naming one of ``topics`` rules on an act of ``words``.

    Args:
        passages: The retrieved passages.
        words: The asked act's words (its stem, the word lists' and the same-act table's).
        topics: The question's topic terms (the act's own words do not count).
    """
    acts = set(words)
    for word in list(acts):
        acts |= same_acts(word)
    named = set(topics) - acts
    for passage in passages:
        sentences = passage_sentences(passage)
        held = {t for _, _, toks in sentences for t in toks}
        if not named & held:
            continue
        if any(rules_on_act(passage.text[start:end], acts) for start, end, _ in sentences):
            return True
    return False


def with_ruling(
    act: AskedAct, question: str, passages: Sequence[Passage], topics: Collection[str]
) -> AskedAct:
    """The act, marked ``ruled`` when a Korean question's act is ruled on beside its topic."""
    if language_of(question) != "ko" or not act.stem:
        return act
    return replace(act, ruled=act_ruled_beside_topic(passages, act.words, topics))


def passes_over(sentence: str, words: Collection[str]) -> bool:
    """Whether a full Korean sentence (not a row) names no word of a ruled act ``words``.

    >>> passes_over("향어, 잉어, 붕어를 매주 방류합니다.", {"가져가"})
    True
    >>> passes_over("감기 증상, 감기약 복용 약을 마지막으로 먹은 날부터 3일", {"헌혈"})
    False
    """
    if language_of(sentence) != "ko":
        return False
    tags = morpheme_tags(sentence)
    forms = {form for form, _ in tags}
    return any(tag == "EF" for _, tag in tags) and not forms & set(words)
